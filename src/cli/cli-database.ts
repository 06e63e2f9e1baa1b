import { ApiKeyRepository } from '../api-keys/api-key.repository';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { ActionTokenRepository } from '../auth/action-token.repository';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { TokenBlacklistRepository } from '../auth/token-blacklist.repository';
import { TokenCleanupService } from '../auth/token-cleanup.service';
import type { AppConfig } from '../config/app-config';
import { AppDataSource, createAppDataSource } from '../database/app-data-source';
import { REPLICA_LAG_SQL } from '../database/read-replicas.service';
import { buildReplicaDataSourceOptions, describeReplica } from '../database/replica-data-source-options';
import { SubscriptionRepository } from '../subscriptions/subscription.repository';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { UsageLogRepository } from '../usage/usage-log.repository';
import { UsageService } from '../usage/usage.service';
import { UserRepository } from '../users/user.repository';
import { UserCacheService } from '../users/user-cache.service';
import { ChangeFeed } from '../database/change-feed';
import { PasswordHasher } from '../users/password-hasher.service';
import { UsersService } from '../users/users.service';
import { UsagePartitionsService } from '../usage/usage-partitions.service';
import { UsageRetentionService } from '../usage/usage-retention.service';
import { AnswerFeedbackRepository } from '../feedback/answer-feedback.repository';
import { FeedbackService } from '../feedback/feedback.service';
import { AnswerIdsService } from '../translator/answer-ids.service';
import { UnknownErrorRepository } from '../unknown-errors/unknown-error.repository';
import { UnknownErrorsService } from '../unknown-errors/unknown-errors.service';
import { SecurityEventRepository } from '../security-events/security-event.repository';
import { CliError, ConnectionError, reasonOf } from './cli-error';
import { cliSqlLog } from './cli-sql-log';

export interface CliDatabase {
  dataSource: AppDataSource;
  /** Which database this is, for messages and the drop-tables question (never the password). */
  label: string;
  users: UsersService;
  apiKeys: ApiKeysService;
  subscriptions: SubscriptionsService;
  usage: UsageService;
  tokens: TokenCleanupService;
  retention: UsageRetentionService;
  unknownErrors: UnknownErrorsService;
  feedback: FeedbackService;
  securityEvents: SecurityEventRepository;
}

export function describeDatabase(config: AppConfig): string {
  const target = config.database.target;
  if (target.kind === 'embedded') {
    return target.dataDir ? `the embedded database in ${target.dataDir}` : 'the in-memory embedded database';
  }
  try {
    const url = new URL(target.url);
    const name = decodeURIComponent(url.pathname.slice(1)) || url.username || 'postgres';
    return `database "${name}" at ${url.host || 'localhost'}`;
  } catch {
    return 'the configured PostgreSQL database';
  }
}

/**
 * Opens the database exactly as the app does (same options; PGlite for the embedded one), hands
 * the services to `work`, and always closes it, which also stops the embedded database, so the
 * process can exit as soon as the command is done. Services are wired by hand: a Nest
 * application context would add start-up time and logging for nothing a CLI needs.
 */
export async function withDatabase<T>(
  config: AppConfig,
  work: (db: CliDatabase) => Promise<T>,
  options: { replica?: boolean } = {},
): Promise<T> {
  const replica = options.replica ? await openReplica(config) : null;
  const label = replica?.label ?? describeDatabase(config);
  let dataSource: AppDataSource;
  try {
    dataSource = replica?.dataSource ?? (await createAppDataSource(config, cliSqlLog(config.database.echo)));
  } catch (error) {
    throw new CliError(`cannot open ${label}: ${reasonOf(error)}`);
  }
  try {
    try {
      if (!dataSource.isInitialized) await dataSource.initialize();
    } catch (error) {
      throw new ConnectionError(reasonOf(error));
    }
    const userRepository = new UserRepository(dataSource);
    // Publishing through the change feed tells running instances to drop their cached copies
    // (of a user, of an API key).
    const feed = new ChangeFeed(dataSource, config);
    const userCache = new UserCacheService(userRepository, feed);
    const usageLogs = new UsageLogRepository(dataSource);
    return await work({
      dataSource,
      label,
      users: new UsersService(userRepository, userCache, config, new PasswordHasher(config)),
      apiKeys: new ApiKeysService(new ApiKeyRepository(dataSource), config, feed),
      subscriptions: new SubscriptionsService(new SubscriptionRepository(dataSource)),
      usage: new UsageService(usageLogs),
      tokens: new TokenCleanupService(
        new TokenBlacklistRepository(dataSource),
        new RefreshTokenRepository(dataSource),
        new ActionTokenRepository(dataSource),
      ),
      retention: new UsageRetentionService(usageLogs, new UsagePartitionsService(dataSource)),
      unknownErrors: new UnknownErrorsService(new UnknownErrorRepository(dataSource)),
      feedback: new FeedbackService(new AnswerIdsService(config), new AnswerFeedbackRepository(dataSource)),
      securityEvents: new SecurityEventRepository(dataSource),
    });
  } finally {
    // A failure to close must not hide the command's own result or error.
    await dataSource.destroy().catch(() => undefined);
  }
}

/**
 * For the read-only reports (`stats`, `unknown-errors`, `feedback`): the first replica of
 * DATABASE_REPLICA_URLS that answers within DATABASE_CONNECT_TIMEOUT_MS and is no further behind
 * than DATABASE_REPLICA_MAX_LAG_MS, measured once (a command is one short run); null = use the
 * primary. Which one was used, or why none, goes to stderr so that stdout stays clean for --json.
 */
async function openReplica(config: AppConfig): Promise<{ dataSource: AppDataSource; label: string } | null> {
  for (const url of config.readReplicas.urls) {
    const label = `replica ${describeReplica(url)}`;
    const dataSource = new AppDataSource(buildReplicaDataSourceOptions(config, url, cliSqlLog(config.database.echo), false));
    try {
      await dataSource.initialize();
      const [row] = await dataSource.query<Array<{ lag_ms: number | null }>>(REPLICA_LAG_SQL);
      const lagMs = row?.lag_ms ?? null;
      if (lagMs !== null && lagMs <= config.readReplicas.maxLagMs) {
        process.stderr.write(`manage-db: reading from ${label} (${Math.round(lagMs)} ms behind the primary)\n`);
        return { dataSource, label };
      }
      process.stderr.write(
        `manage-db: skipping ${label}: ${lagMs === null ? 'replay position unknown' : `${Math.round(lagMs)} ms behind the primary`}\n`,
      );
    } catch (error) {
      process.stderr.write(`manage-db: skipping ${label}: ${reasonOf(error)}\n`);
    }
    await dataSource.destroy().catch(() => undefined);
  }
  if (config.readReplicas.urls.length > 0) process.stderr.write('manage-db: no replica serves; reading from the primary\n');
  return null;
}
