import type { CommandSpec } from './command';

/** Every manage-db command, in the order `help` lists them: the seed's, plus `stats`. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'create-tables',
    synopsis: '',
    summary: 'apply pending migrations (creates the schema on an empty database)',
    minArgs: 0,
    maxArgs: 0,
    flags: [],
    load: () => import('./commands/create-tables.command').then((module) => module.createTables),
  },
  {
    name: 'check',
    synopsis: '',
    summary: 'test the connection (SELECT 1, timed) and report applied and pending migrations',
    minArgs: 0,
    maxArgs: 0,
    flags: ['json'],
    load: () => import('./commands/check.command').then((module) => module.check),
  },
  {
    name: 'create-user',
    synopsis: 'EMAIL PASSWORD ["FULL NAME"]',
    summary: 'create a user (password hashed with bcrypt, BCRYPT_ROUNDS rounds)',
    minArgs: 2,
    maxArgs: 3,
    flags: [],
    load: () => import('./commands/create-user.command').then((module) => module.createUser),
  },
  {
    name: 'user-info',
    synopsis: 'EMAIL',
    summary: "show a user's profile, subscription, API keys and usage",
    minArgs: 1,
    maxArgs: 1,
    flags: ['json'],
    load: () => import('./commands/user-info.command').then((module) => module.userInfo),
  },
  {
    name: 'stats',
    synopsis: '',
    summary: 'active users, API calls and error rate over the last 24 hours',
    minArgs: 0,
    maxArgs: 0,
    flags: ['json'],
    load: () => import('./commands/stats.command').then((module) => module.stats),
  },
  {
    name: 'drop-tables',
    synopsis: '',
    summary: 'drop every table, the migrations table included (asks first; --yes skips the question)',
    minArgs: 0,
    maxArgs: 0,
    flags: ['yes', 'force'],
    load: () => import('./commands/drop-tables.command').then((module) => module.dropTables),
  },
];
