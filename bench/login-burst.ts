/**
 * `npm run bench:login-burst`: does a burst of logins (bcrypt, cost BCRYPT_ROUNDS=12) slow the
 * other routes down? The design's target: GET /users/me keeps its p99 within 2× of a quiet
 * machine while logins pour in. Each server is measured quiet and during a burst, in rounds
 * taken in rotating order; the row without the cap (PASSWORD_HASH_CONCURRENCY=4, as many as
 * libuv's pool has threads) shows what the cap buys.
 *
 * Env: BENCH_DATABASE_URL (recreated!), BENCH_DURATION (measured seconds per row, split over
 * BENCH_ROUNDS), BENCH_CONNECTIONS (GET /users/me), BENCH_LOGIN_CONNECTIONS (the burst).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { recreateBenchDatabase } from './database';
import { runLoad, summarize, type LoadRequest, type LoadSample } from './load';
import { postJson } from './scenarios';
import { MAIN_JS, startServer, type RunningServer } from './servers';
import { positiveInt } from './settings';

const settings = {
  databaseUrl: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/aet_bench',
  durationSeconds: positiveInt('BENCH_DURATION', 16),
  rounds: positiveInt('BENCH_ROUNDS', 4),
  connections: positiveInt('BENCH_CONNECTIONS', 50),
  loginConnections: positiveInt('BENCH_LOGIN_CONNECTIONS', 10),
};
const TARGET_P99_RATIO = 2;
const CREDENTIALS = { email: 'bench-burst@example.com', password: 'Bench-Passphrase-2024' };

interface Tally {
  quiet: LoadSample[];
  burst: LoadSample[];
  logins: LoadSample[];
}

async function main(): Promise<void> {
  process.stderr.write('Recreating the bench database and migrating it…\n');
  const db = await recreateBenchDatabase(settings.databaseUrl);
  const spoolRoot = mkdtempSync(join(tmpdir(), 'aet-bench-spool-'));
  const jwtSecret = randomBytes(48).toString('base64');
  const ours = (label: string, extra: Record<string, string>) => ({
    label,
    script: MAIN_JS,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      JWT_SECRET: jwtSecret,
      JWT_ACCESS_TTL: '1h',
      RATE_LIMIT_FREE: '10000000',
      USAGE_SPOOL_DIR: join(spoolRoot, label.replace(/\W+/g, '-')),
      ...extra,
    },
  });
  const specs = [ours('ours (default cap)', {}), ours('ours, PASSWORD_HASH_CONCURRENCY=4 (no cap)', { PASSWORD_HASH_CONCURRENCY: '4' })];
  const servers: RunningServer[] = [];
  try {
    for (const spec of specs) servers.push(await startServer(spec));
    const setupUrl = servers[0].baseUrl;
    await postJson(`${setupUrl}/users`, { ...CREDENTIALS, full_name: 'Bench User' });
    const { access_token } = await postJson<{ access_token: string }>(`${setupUrl}/auth/login`, CREDENTIALS);
    const me = (server: RunningServer): LoadRequest => ({
      url: `${server.baseUrl}/users/me`,
      method: 'GET',
      headers: { authorization: `Bearer ${access_token}` },
    });
    const logins = (server: RunningServer): LoadRequest => ({
      url: `${server.baseUrl}/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CREDENTIALS),
    });

    for (const server of servers) await runLoad(me(server), { connections: settings.connections, durationSeconds: 2 });
    const tallies: Tally[] = servers.map(() => ({ quiet: [], burst: [], logins: [] }));
    const slice = settings.durationSeconds / settings.rounds;
    for (let round = 0; round < settings.rounds; round++) {
      process.stderr.write(
        `  round ${round + 1}/${settings.rounds}, ${slice.toFixed(1)} s quiet and ${slice.toFixed(1)} s in a burst per server\n`,
      );
      for (let turn = 0; turn < servers.length; turn++) {
        const index = (round + turn) % servers.length;
        const server = servers[index];
        const tally = tallies[index];
        tally.quiet.push(await runLoad(me(server), { connections: settings.connections, durationSeconds: slice }));
        const [measured, burst] = await Promise.all([
          runLoad(me(server), { connections: settings.connections, durationSeconds: slice }),
          runLoad(logins(server), { connections: settings.loginConnections, durationSeconds: slice }),
        ]);
        tally.burst.push(measured);
        tally.logins.push(burst);
        if (!server.alive()) throw new Error(`${server.label} exited:\n${server.tail()}`);
      }
    }
    print(servers, tallies, db.serverVersion);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(spoolRoot, { recursive: true, force: true });
  }
}

function print(servers: RunningServer[], tallies: Tally[], postgres: string): void {
  const cpu = cpus();
  const out = [
    '',
    `npm run bench:login-burst, ${new Date().toISOString()}`,
    `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${postgres}; ` +
      'load generator, servers and PostgreSQL share these cores',
    `GET /users/me with ${settings.connections} connections, quiet and while ${settings.loginConnections} connections log in ` +
      `without pause (bcrypt cost 12); ${settings.durationSeconds} s of each per server in ${settings.rounds} rotating rounds`,
    '',
    '| server | /users/me quiet req/s | p99 ms | during the burst req/s | p99 ms | p99 ratio | logins/s | login p99 ms | logins refused (503) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const verdicts: string[] = [];
  servers.forEach((server, i) => {
    const quiet = summarize(tallies[i].quiet);
    const burst = summarize(tallies[i].burst);
    const logins = summarize(tallies[i].logins);
    const ratio = quiet.p99Ms > 0 ? burst.p99Ms / quiet.p99Ms : Number.NaN;
    const refused = logins.statusCounts['503'] ?? 0;
    out.push(
      `| ${server.label} | ${quiet.rps.toFixed(0)} | ${quiet.p99Ms.toFixed(1)} | ${burst.rps.toFixed(0)} | ${burst.p99Ms.toFixed(1)} | ` +
        `${ratio.toFixed(2)} | ${logins.rps.toFixed(1)} | ${logins.p99Ms.toFixed(0)} | ${refused} |`,
    );
    verdicts.push(
      `${server.label}: p99 ${ratio.toFixed(2)}× quiet (${ratio <= TARGET_P99_RATIO ? 'within' : 'OVER'} the ${TARGET_P99_RATIO}× target)`,
    );
  });
  process.stdout.write(`${[...out, '', ...verdicts, ''].join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
