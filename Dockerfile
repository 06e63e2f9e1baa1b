# syntax=docker/dockerfile:1
#
# AI Error Translator: production image.
#   docker build -t ai-error-translator .
#   docker run --rm -p 3000:3000 -e DATABASE_URL=postgres://user:pass@db:5432/ai_error_translator ai-error-translator
# Schema changes run once, before the new version serves (same image, no build tools needed):
#   docker run --rm -e DATABASE_URL=... ai-error-translator npm run migration:run:prod
# DATABASE_URL is required (NODE_ENV=production): for the embedded database ask for it,
# -e DATABASE_URL=pglite:/app/data (mount a volume there to keep it; one container per directory).

# A supported Node LTS that package.json's engines accept (test/dockerfile.spec.ts checks both).
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: compile TypeScript (src/, migrations/, ormconfig.ts) into dist/, then drop dev dependencies
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# swagger-ui-dist's install-time analytics ping has nowhere to go in a build.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json nest-cli.json ormconfig.ts ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: compiled code and production dependencies only, run as the unprivileged `node` user
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
# Code stays root-owned (read-only to the process); only the embedded database's directory is writable.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
# dist/src (the app), dist/migrations (compiled migrations), dist/ormconfig.js (the TypeORM CLI's DataSource)
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node

EXPOSE 3000
# Readiness, not just liveness: the database is reachable and every migration of this build is applied.
# A first start on an empty embedded data directory takes a few seconds (initdb), hence the start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]

# node itself is PID 1 (not npm), so SIGTERM reaches the app's graceful shutdown directly.
CMD ["node", "dist/src/main.js"]
