import { HttpException, HttpStatus } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { sqlStateOf, UNIQUE_VIOLATION } from '../../database/sql-state';
import { CliError, UsageError } from '../cli-error';
import { passwordViolations } from '../../users/password-policy';
import { withDatabase } from '../cli-database';
import { printLine } from '../cli-output';
import type { CommandRun } from '../command';

/** users.email and users.full_name are varchar(255). */
const MAX_LENGTH = 255;

export const createUser: CommandRun = async ({ config, args }) => {
  const [rawEmail, password, rawFullName] = args as [string, string, string | undefined];
  const email = rawEmail.trim().toLowerCase();
  // Checked before connecting: a typo should cost nothing and change nothing.
  if (!isEmail(email) || email.length > MAX_LENGTH) throw new UsageError(`"${rawEmail}" is not a valid email address`);
  if (password.trim() === '') throw new UsageError('the password must not be empty');
  const fullName = rawFullName?.trim() || null;
  if (fullName && fullName.length > MAX_LENGTH) throw new UsageError(`the full name is longer than ${MAX_LENGTH} characters`);
  // The policy UsersService.createUser applies, checked here so a weak password costs no connection.
  const violations = passwordViolations(password, config.passwordPolicy, { email, fullName });
  if (violations.length > 0) throw new UsageError(`the password ${violations.join('; ')}`);

  return withDatabase(config, async ({ users }) => {
    try {
      const user = await users.createUser({ email, password, fullName });
      printLine(`Created user ${user.email} (id ${user.id})`);
      return 0;
    } catch (error) {
      // The service checks first; the unique index catches a concurrent insert of the same email.
      if ((error instanceof HttpException && error.getStatus() === (HttpStatus.CONFLICT as number)) || sqlStateOf(error) === UNIQUE_VIOLATION) {
        throw new CliError(`a user with email ${email} already exists`);
      }
      throw error;
    }
  });
};
