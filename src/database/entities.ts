import { ApiKeyLastUse } from '../api-key-analytics/api-key-last-use.entity';
import { ApiKeyUsageDaily } from '../api-key-analytics/api-key-usage-daily.entity';
import { ApiKey } from '../api-keys/api-key.entity';
import { ActionToken } from '../auth/action-token.entity';
import { LoginSession } from '../auth/login-session.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { TokenBlacklist } from '../auth/token-blacklist.entity';
import { ProcessedStripeEvent } from '../billing/processed-stripe-event.entity';
import { AnswerFeedback } from '../feedback/answer-feedback.entity';
import { SecurityEvent } from '../security-events/security-event.entity';
import { Subscription } from '../subscriptions/subscription.entity';
import { UnknownError } from '../unknown-errors/unknown-error.entity';
import { UsageDaily } from '../usage/usage-daily.entity';
import { UsageLog } from '../usage/usage-log.entity';
import { User } from '../users/user.entity';

/** Every entity of the schema; the DataSource, the CLI and the drift test all use this list. */
export const ENTITIES = [
  User,
  ApiKey,
  Subscription,
  UsageLog,
  UsageDaily,
  ApiKeyUsageDaily,
  ApiKeyLastUse,
  TokenBlacklist,
  RefreshToken,
  LoginSession,
  ActionToken,
  ProcessedStripeEvent,
  AnswerFeedback,
  UnknownError,
  SecurityEvent,
];
