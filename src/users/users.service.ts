import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { AppConfig } from '../config/app-config';
import { UNIQUE_VIOLATION } from '../database/sql-state';
import type { Tier } from '../subscriptions/tiers';
import { PasswordHasher } from './password-hasher.service';
import { passwordViolations } from './password-policy';
import { UserCacheService } from './user-cache.service';
import { User } from './user.entity';
import { UserRepository } from './user.repository';

export interface NewUser {
  email: string;
  password: string;
  fullName?: string | null;
}

/** Sets a user's tier inside the transaction that `withTierChanges` opened. */
export type SetTier = (userId: string, tier: Tier) => Promise<void>;

/** A user's tier before and after a committed `withTierChanges`. */
export interface TierChange {
  userId: string;
  from: string | null;
  to: Tier;
}

export interface ProfileChanges {
  email?: string;
  fullName?: string | null;
  shareUnrecognisedErrors?: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  /** Compared against when the email is unknown, so both failures cost one bcrypt comparison. */
  private dummyHash = '';

  constructor(
    private readonly users: UserRepository,
    private readonly cache: UserCacheService,
    private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.dummyHash = await this.passwords.hash('not-a-real-password');
  }

  /** Hashing runs on the libuv pool, never on the event loop (see PasswordHasher). */
  async createUser(input: NewUser): Promise<User> {
    const email = normaliseEmail(input.email);
    this.assertPasswordAcceptable(input.password, email, input.fullName);
    // Hashed before the email is looked up: a taken email costs the same hash as a free one, so
    // the time of the answer tells nothing (its 409 is the contract's; see docs/security.md).
    const hashedPassword = await this.passwords.hash(input.password);
    if (await this.users.findByEmail(email)) throw emailTaken(email);
    try {
      const saved = await this.users.save(this.users.create({ email, hashedPassword, fullName: input.fullName ?? null }));
      return (await this.users.findOneBy({ id: saved.id }))!;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw emailTaken(email);
      throw error;
    }
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  /** The cached row the auth guard uses; a change anywhere invalidates it everywhere. */
  findForAuth(id: string): Promise<User | null> {
    return this.cache.get(id);
  }

  async findById(id: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager.findOneBy(User, { id });
  }

  /**
   * The user when the password matches, else null with the account (if any) for the security
   * log's reason class; timing does not tell unknown emails apart.
   */
  async verifyCredentials(email: string, password: string): Promise<{ user: User | null; account: User | null }> {
    const account = await this.users.findWithPasswordByEmail(normaliseEmail(email));
    const matches = await this.passwords.compare(password, account?.hashedPassword ?? this.dummyHash);
    return { user: account && account.hashedPassword && matches ? account : null, account };
  }

  async recordLogin(id: string): Promise<void> {
    await this.users.update({ id }, { lastLogin: new Date() });
    await this.cache.invalidate(id);
  }

  async updateProfile(id: string, changes: ProfileChanges): Promise<User> {
    const current = (await this.users.findOneBy({ id }))!;
    const update: Partial<User> = {};
    if (changes.fullName !== undefined) update.fullName = changes.fullName;
    if (changes.shareUnrecognisedErrors !== undefined && changes.shareUnrecognisedErrors !== current.shareUnrecognisedErrors) {
      update.shareUnrecognisedErrors = changes.shareUnrecognisedErrors;
    }
    if (changes.email !== undefined) {
      const email = normaliseEmail(changes.email);
      if (email !== current.email) {
        const owner = await this.users.findByEmail(email);
        if (owner && owner.id !== id) throw emailTaken(email);
        update.email = email;
        update.isVerified = false;
      }
    }
    if (Object.keys(update).length > 0) {
      try {
        await this.users.update({ id }, update);
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw emailTaken(update.email!);
        throw error;
      }
      await this.cache.invalidate(id);
    }
    return (await this.users.findOneBy({ id }))!;
  }

  /**
   * For a user whose current password was just confirmed (PasswordConfirmation): applies the
   * policy and ends every earlier session.
   */
  async changePassword(user: User, newPassword: string): Promise<User> {
    if (user.hashedPassword && (await this.passwords.compare(newPassword, user.hashedPassword))) {
      throw ProblemException.validation([{ field: 'new_password', message: 'new_password must differ from the current password' }]);
    }
    return this.setPassword(user, newPassword);
  }

  /** Sets a new password (after the policy) and ends every session issued before now. */
  async setPassword(user: User, newPassword: string): Promise<User> {
    this.assertPasswordAcceptable(newPassword, user.email, user.fullName, 'new_password');
    const hashedPassword = await this.passwords.hash(newPassword);
    await this.users.update({ id: user.id }, { hashedPassword, passwordChangedAt: new Date() });
    await this.cache.invalidate(user.id);
    return (await this.users.findOneBy({ id: user.id }))!;
  }

  async markVerified(id: string, email: string): Promise<boolean> {
    const result = await this.users.update({ id, email }, { isVerified: true });
    await this.cache.invalidate(id);
    return (result.affected ?? 0) > 0;
  }

  /**
   * Runs `work` in one transaction in which it may change users' tiers (with whatever else it
   * writes, e.g. subscription rows); once committed, every instance drops its cached copy of the
   * changed users, so rate limits, quotas and key caps follow the new tier at once.
   */
  async withTierChanges<T>(
    work: (manager: EntityManager, setTier: SetTier) => Promise<T>,
    onCommitted?: (changes: TierChange[]) => void | Promise<void>,
  ): Promise<T> {
    const changed = new Set<string>();
    const changes = new Map<string, TierChange>();
    const result = await this.users.manager.transaction((manager) =>
      work(manager, async (userId, tier) => {
        const before = await manager.findOne(User, { where: { id: userId }, select: { id: true, subscriptionTier: true } });
        await manager.update(User, { id: userId }, { subscriptionTier: tier });
        changed.add(userId);
        const from = changes.get(userId)?.from ?? before?.subscriptionTier ?? null;
        changes.set(userId, { userId, from, to: tier });
      }),
    );
    for (const id of changed) await this.cache.invalidate(id);
    // Only real changes: a recomputation that lands on the same tier is none.
    await onCommitted?.([...changes.values()].filter((change) => change.from !== change.to));
    return result;
  }

  findByStripeCustomerId(customerId: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager.findOneBy(User, { stripeCustomerId: customerId });
  }

  /**
   * The user's Stripe customer id, created by `create` the first time. The user row stays locked
   * meanwhile, so concurrent first checkouts wait for one another and make a single customer.
   */
  async ensureStripeCustomer(id: string, create: (user: User) => Promise<string>): Promise<string> {
    let created = false;
    const customerId = await this.users.manager.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new Error(`user ${id} vanished`);
      if (user.stripeCustomerId) return user.stripeCustomerId;
      const newId = await create(user);
      await manager.update(User, { id }, { stripeCustomerId: newId });
      created = true;
      return newId;
    });
    if (created) await this.cache.invalidate(id);
    return customerId;
  }

  /** After the user row was deleted (account deletion): every instance drops its cached copy at once. */
  forgetCached(id: string): Promise<void> {
    return this.cache.invalidate(id);
  }

  countActive(): Promise<number> {
    return this.users.countActive();
  }

  assertPasswordAcceptable(password: string, email: string, fullName?: string | null, field = 'password'): void {
    const violations = passwordViolations(password, this.config.passwordPolicy, { email, fullName });
    if (violations.length > 0) {
      throw ProblemException.validation(violations.map((message) => ({ field, message: `${field} ${message}` })));
    }
  }
}

function emailTaken(email: string): ProblemException {
  return ProblemException.of(409, ProblemType.conflict, `An account with the email ${email} already exists.`);
}
