import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../src/config/load-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { childEnv, MAIN_JS } from './support';

/** Starts the real service with a bad environment and returns how it failed. */
function startWith(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [MAIN_JS], { env: childEnv(env), encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('configuration', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      logLevel: 'info',
      database: { poolSize: 10, maxOverflow: 20, echo: false, target: { kind: 'embedded', dataDir: expect.stringMatching(/\/data$/) } },
      redisUrl: null,
      shutdownTimeoutMs: 10_000,
      shutdownDelayMs: 0,
      bcryptRounds: 12,
    });
  });

  it('reads the database URL schemes it supports', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/x' }).database.target).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/x',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/x' }).database.target.kind).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: 'pglite://memory' }).database.target).toEqual({ kind: 'embedded', dataDir: null });
    expect(loadConfig({ DATABASE_URL: 'pglite:/tmp/aet' }).database.target).toEqual({ kind: 'embedded', dataDir: '/tmp/aet' });
  });

  it('reads durations and refuses zero', () => {
    const config = loadConfig({ JWT_ACCESS_TTL: '900', JWT_REFRESH_TTL: '30d', LOGIN_LOCKOUT: '90s', PASSWORD_RESET_TTL: '2h' });
    expect(config.jwt).toMatchObject({ accessTtlSeconds: 900, refreshTtlSeconds: 2_592_000 });
    expect(config.loginThrottle.lockoutSeconds).toBe(90);
    expect(config.passwordResetTtlSeconds).toBe(7_200);
    expect(() => loadConfig({ JWT_ACCESS_TTL: '0m' })).toThrow('Invalid configuration: JWT_ACCESS_TTL must be longer than zero');
    expect(() => loadConfig({ JWT_ACCESS_TTL: 'soon' })).toThrow(/JWT_ACCESS_TTL must be a duration such as 900, 900s, 15m or 1h/);
  });

  it('has the documented sign-up and login limits, and refuses bad ones naming the variable', () => {
    const config = loadConfig({});
    expect(config.signupLimits).toEqual({ perIp: 10, global: 500, windowSeconds: 3_600 });
    expect(config.loginThrottle.maxFailuresPerAccountFromAnyone).toBe(100);
    expect(loadConfig({ SIGNUP_WINDOW: '15m', SIGNUP_LIMIT_PER_IP: '3' }).signupLimits).toMatchObject({ perIp: 3, windowSeconds: 900 });
    expect(() => loadConfig({ SIGNUP_WINDOW: 'hourly' })).toThrow(/SIGNUP_WINDOW must be a duration such as 1h or 15m/);
    expect(() => loadConfig({ SIGNUP_LIMIT_GLOBAL: '0' })).toThrow(/SIGNUP_LIMIT_GLOBAL must not be less than 1/);
    expect(() => loadConfig({ LOGIN_ACCOUNT_MAX_FAILURES: 'many' })).toThrow(/LOGIN_ACCOUNT_MAX_FAILURES/);
  });

  it('keeps every tier allowance in one catalogue, with the documented defaults', () => {
    expect(loadConfig({}).tiers).toEqual({
      free: { rateLimitPerMinute: 60, monthlyQuota: 1000, apiKeyCap: 2, stripePriceId: null },
      pro: { rateLimitPerMinute: 600, monthlyQuota: 50_000, apiKeyCap: 20, stripePriceId: null },
      enterprise: { rateLimitPerMinute: 6000, monthlyQuota: null, apiKeyCap: 100, stripePriceId: null },
    });
    const custom = loadConfig({ QUOTA_FREE: 'Unlimited', QUOTA_ENTERPRISE: '5', RATE_LIMIT_PRO: '7', STRIPE_PRICE_PRO: 'price_123' });
    expect(custom.tiers.free.monthlyQuota).toBeNull();
    expect(custom.tiers.enterprise.monthlyQuota).toBe(5);
    expect(custom.tiers.pro).toMatchObject({ rateLimitPerMinute: 7, stripePriceId: 'price_123' });
    expect(() => loadConfig({ QUOTA_PRO: 'lots' })).toThrow(/QUOTA_PRO must be a whole number of translations per month or "unlimited"/);
    expect(() => loadConfig({ RATE_LIMIT_FREE: '0' })).toThrow(/RATE_LIMIT_FREE must not be less than 1/);
  });

  it('turns billing on only with a Stripe secret key, and derives its return URLs from APP_URL', () => {
    expect(loadConfig({}).billing).toBeNull();
    const billing = loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc', APP_URL: 'https://app.example.com/' }).billing;
    expect(billing).toEqual({
      secretKey: 'sk_test_abc',
      webhookSecret: null,
      webhookToleranceSeconds: 300,
      apiUrl: null,
      successUrl: 'https://app.example.com/billing/success?session_id={CHECKOUT_SESSION_ID}',
      cancelUrl: 'https://app.example.com/billing/canceled',
      portalReturnUrl: 'https://app.example.com/account',
    });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'pk_test_abc' })).toThrow(/STRIPE_SECRET_KEY must be a Stripe secret key/);
    expect(() => loadConfig({ STRIPE_PRICE_PRO: 'prod_abc' })).toThrow(/STRIPE_PRICE_PRO must be a Stripe price id/);
  });

  it('reads the read replicas as a comma-separated list, and refuses what cannot be one', () => {
    expect(loadConfig({}).readReplicas).toEqual({ urls: [], maxLagMs: 5_000, checkIntervalMs: 2_000 });
    const primary = 'postgres://app@db:5432/aet';
    const replicas = loadConfig({
      DATABASE_URL: primary,
      DATABASE_REPLICA_URLS: ' postgres://app@replica-1:5432/aet, ,postgresql://app@replica-2/aet ',
      DATABASE_REPLICA_MAX_LAG_MS: '250',
      DATABASE_REPLICA_CHECK_INTERVAL_MS: '500',
    }).readReplicas;
    expect(replicas).toEqual({
      urls: ['postgres://app@replica-1:5432/aet', 'postgresql://app@replica-2/aet'],
      maxLagMs: 250,
      checkIntervalMs: 500,
    });
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://replica/aet' })).toThrow(
      'Invalid configuration: DATABASE_REPLICA_URLS must be comma-separated postgres://user:pass@host:5432/db URLs (got one starting "mysql:")',
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://replica/aet' })).toThrow(
      /DATABASE_REPLICA_URLS needs DATABASE_URL to be a postgres:\/\/ URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_MAX_LAG_MS: '-1' })).toThrow(
      /DATABASE_REPLICA_MAX_LAG_MS must not be less than 0/,
    );
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_CHECK_INTERVAL_MS: '10' })).toThrow(
      /DATABASE_REPLICA_CHECK_INTERVAL_MS must not be less than 100/,
    );
  });

  it('validates the clean-up schedules as cron expressions', () => {
    expect(loadConfig({ CLEANUP_LOGS_CRON: '0 4 * * 0' }).scheduler.cleanupLogsCron).toBe('0 4 * * 0');
    expect(() => loadConfig({ CLEANUP_KEYS_CRON: 'every hour' })).toThrow(
      'Invalid configuration: CLEANUP_KEYS_CRON must be a cron expression such as "30 3 * * *"',
    );
  });

  it('demands a JWT_SECRET of at least 32 characters in production, and makes a random one elsewhere', () => {
    const production = startWith({ NODE_ENV: 'production', DATABASE_URL: 'pglite://memory' });
    expect(production.code).toBe(1);
    expect(production.stderr).toBe('Invalid configuration: JWT_SECRET must be set in production (at least 32 characters)\n');
    // The migration job and manage-db share the environment but sign nothing: they may run without it.
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app' }).nodeEnv).toBe('production');
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    const a = loadConfig({});
    const b = loadConfig({});
    expect(a.jwt.ephemeralSecret).toBe(true);
    expect(a.jwt.secret).not.toBe(b.jwt.secret);
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).jwt).toMatchObject({ secret: 'x'.repeat(32), ephemeralSecret: false });
  });

  it('stops a production start without DATABASE_URL with one line naming it, unless the embedded database is asked for', () => {
    const withoutDatabase = startWith({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) });
    expect(withoutDatabase.code).toBe(1);
    expect(withoutDatabase.stderr).toMatch(/^Invalid configuration: DATABASE_URL must be set in production [^\n]*\n$/);
    for (const explicit of ['pglite://memory', 'pglite:./data']) {
      expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: explicit }).database.target.kind).toBe('embedded');
    }
    // Development keeps its default: the embedded database in ./data.
    expect(loadConfig({}).database.target).toMatchObject({ kind: 'embedded', dataDir: expect.stringMatching(/data$/) });
  });

  it('turns SQL logging on with DATABASE_ECHO or LOG_LEVEL=debug', () => {
    expect(loadConfig({ DATABASE_ECHO: 'true' }).database.echo).toBe(true);
    expect(loadConfig({ LOG_LEVEL: 'debug' }).database.echo).toBe(true);
    expect(loadConfig({ LOG_LEVEL: 'debug', DATABASE_ECHO: 'false' }).database.echo).toBe(false);
  });

  it.each([
    [{ DATABASE_POOL_SIZE: 'ten' }, /DATABASE_POOL_SIZE must be an integer/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must not be less than 1/],
    [{ DATABASE_MAX_OVERFLOW: '-1' }, /DATABASE_MAX_OVERFLOW must not be less than 0/],
    [{ PORT: '70000' }, /PORT must not be greater than 65535/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of the following values: fatal, error, warn, info, debug, trace, silent/],
    [{ DATABASE_ECHO: 'sometimes' }, /DATABASE_ECHO must be a boolean/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be redis:\/\/host:6379/],
    [{ DATABASE_URL: 'sqlite:///test.db' }, /DATABASE_URL must be postgres:\/\/user:pass@host:5432\/db, pglite:\/\/memory/],
    [{ BCRYPT_ROUNDS: '31' }, /BCRYPT_ROUNDS must not be greater than 15/],
    [{ REQUEST_TIMEOUT_MS: '0' }, /REQUEST_TIMEOUT_MS must not be less than 100/],
    [{ JSON_MAX_DEPTH: 'deep' }, /JSON_MAX_DEPTH must be an integer/],
    [{ SHUTDOWN_DELAY_MS: '-5' }, /SHUTDOWN_DELAY_MS must not be less than 0/],
    [
      { DATABASE_URL: 'postgres://pgbouncer:6432/app', DATABASE_DIRECT_URL: 'db:5432/app' },
      /DATABASE_DIRECT_URL must be postgres:\/\/user:pass@host:5432\/db/,
    ],
    [{ DATABASE_URL: 'pglite://memory', DATABASE_DIRECT_URL: 'postgres://db/app' }, /DATABASE_DIRECT_URL is only for a PostgreSQL DATABASE_URL/],
    [{ DATABASE_DIRECT_URL: 'postgres://db/app' }, /DATABASE_DIRECT_URL is only for a PostgreSQL DATABASE_URL/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(ConfigError);
    expect(() => loadConfig(env as Record<string, string>)).toThrow(message);
  });

  it('bounds slow clients and JSON bodies by default, a headers timeout never above the request timeout', () => {
    expect(loadConfig({})).toMatchObject({
      httpTimeouts: { requestMs: 30_000, headersMs: 10_000, keepAliveMs: 72_000, connectionMs: 120_000 },
      jsonBodyLimits: { maxDepth: 32, maxKeys: 1_000, maxValues: 10_000 },
    });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '1000' }).httpTimeouts).toMatchObject({ requestMs: 1_000, headersMs: 1_000 });
  });

  it('stops the service at start-up with exactly one line naming the variable', () => {
    const result = startWith({ DATABASE_POOL_SIZE: 'lots' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Invalid configuration: DATABASE_POOL_SIZE must be an integer number, must not be less than 1, must not be greater than 1000\n$/,
    );
    expect(result.stdout).toBe('');
  });

  it('refuses an unsupported database scheme and says what to use instead', () => {
    const result = startWith({ DATABASE_URL: 'sqlite:///test.db' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Invalid configuration: DATABASE_URL must be postgres:\/\/.*pglite:\/\/memory.*unset/);
  });

  describe('behind a transaction pooler (DATABASE_DIRECT_URL)', () => {
    const pooler = 'postgres://app@pgbouncer:6432/app';
    const direct = 'postgres://app@db:5432/app';
    type PgOptions = { url: string; extra: Record<string, unknown> };

    it('unset: everything uses DATABASE_URL, and the app pool sends its statement_timeout at connection start', () => {
      const config = loadConfig({ DATABASE_URL: direct });
      expect(config.database.directUrl).toBeNull();
      const serving = buildDataSourceOptions(config, undefined, undefined, true) as unknown as PgOptions;
      expect(serving.url).toBe(direct);
      expect(serving.extra).toMatchObject({ statement_timeout: 5_000, query_timeout: 6_000 });
      expect((buildDataSourceOptions(config) as unknown as PgOptions).url).toBe(direct);
    });

    it('set: the app pool goes through the pooler without a startup statement_timeout (the read deadline stays); the CLI and migrations go direct', () => {
      const config = loadConfig({ DATABASE_URL: pooler, DATABASE_DIRECT_URL: direct });
      expect(config.database.directUrl).toBe(direct);
      const serving = buildDataSourceOptions(config, undefined, undefined, true) as unknown as PgOptions;
      expect(serving.url).toBe(pooler);
      expect(serving.extra.statement_timeout).toBeUndefined();
      expect(serving.extra.query_timeout).toBe(6_000);
      const cli = buildDataSourceOptions(config) as unknown as PgOptions;
      expect(cli.url).toBe(direct);
      expect(cli.extra).not.toHaveProperty('query_timeout');
    });
  });
});
