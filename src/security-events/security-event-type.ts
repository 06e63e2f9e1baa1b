/**
 * What happened, as stored in security_events.type (varchar, so a new kind needs no migration).
 * Values are stable: clients and operators filter on them.
 */
export enum SecurityEventType {
  SignUp = 'sign_up',
  LoginSucceeded = 'login_succeeded',
  /** detail.reason: a LoginFailureReason. */
  LoginFailed = 'login_failed',
  /** Refused before the password was checked: too many failures (detail.retry_after in seconds). */
  LoginThrottled = 'login_throttled',
  /** The attempt that filled a failure counter: the account (or the client) is locked out for a window. */
  LoginLockedOut = 'login_locked_out',
  /** A used refresh token came back: its whole login (token family) was revoked. */
  RefreshTokenReuse = 'refresh_token_reuse',
  Logout = 'logout',
  PasswordChanged = 'password_changed',
  PasswordReset = 'password_reset',
  EmailChanged = 'email_changed',
  EmailVerified = 'email_verified',
  ApiKeyCreated = 'api_key_created',
  /** Wired by the key-rotation feature. */
  ApiKeyRotated = 'api_key_rotated',
  ApiKeyDeactivated = 'api_key_deactivated',
  /** detail: {from, to, source: 'stripe' | 'operator'}. */
  TierChanged = 'tier_changed',
  /** A session ended by its owner from the session list; wired by the sessions feature. */
  SessionEnded = 'session_ended',
}

export const SECURITY_EVENT_TYPES: readonly SecurityEventType[] = Object.values(SecurityEventType);

/** Why a login failed, as a class: never the password, nor which part of it was wrong. */
export type LoginFailureReason = 'unknown_account' | 'wrong_password' | 'account_disabled';
