import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_SCHEMAS } from './problem.schema';
import { headerRefs, RESPONSE_HEADERS } from './response-headers';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The OpenAPI document of the app: what /docs-json serves and what `npm run openapi` writes to
 * openapi.json, from this one function. Operations declare their own security; one that declares
 * none is public (the global guard's @Public() routes) and says so with `security: []`. Every
 * answer carries X-Request-Id.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AI Error Translator API')
      .setDescription(
        'Explains error messages and stack traces: what they mean, why they happen and how to fix them. ' +
          'Every error is an RFC 9457 problem (application/problem+json).',
      )
      .setVersion('0.1.0')
      .addServer('/', 'This server')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /auth/login' }, 'bearer')
      .addApiKey(
        {
          type: 'apiKey',
          name: 'X-API-Key',
          in: 'header',
          description:
            "An API key (aet_…) from POST /users/me/api-keys. With both schemes authorised, token and key must belong to the same user; the request counts as the key's.",
        },
        'api-key',
      )
      .build(),
    { extraModels: PROBLEM_SCHEMAS },
  );
  // A private service: no open-source licence to point to (package.json says UNLICENSED).
  document.info.license = { name: 'Proprietary' };
  document.components = { ...document.components, headers: RESPONSE_HEADERS };
  for (const path of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = path[method];
      if (!operation) continue;
      operation.security ??= [];
      for (const response of Object.values(operation.responses)) {
        if (!response || '$ref' in response) continue;
        response.headers = { ...headerRefs('X-Request-Id'), ...response.headers };
      }
    }
  }
  return document;
}

/** Swagger UI at /docs, the document at /docs-json. */
export function setUpSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
