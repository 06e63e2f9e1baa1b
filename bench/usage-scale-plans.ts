import type { Pool } from 'pg';
import { KEY_DAILY_ROWS_SQL, KEY_LAST_USE_SQL } from '../src/api-key-analytics/api-key-usage.sql';
import { DAILY_ROWS_SQL, RECENT_ERRORS_SQL, REQUEST_COUNTS_SQL, SUCCESSFUL_CALLS_SQL } from '../src/usage/usage-analytics.sql';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

export interface PlanCheck {
  query: string;
  ok: boolean;
  /** e.g. "Index Scan on usage_daily via PK_…" for each node that reads a table. */
  access: string[];
}

function tableAccess(node: PlanNode, into: string[] = []): string[] {
  if (node['Relation Name'] || node['Index Name']) {
    into.push(
      `${node['Node Type']}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}${node['Index Name'] ? ` via ${node['Index Name']}` : ''}`,
    );
  }
  for (const child of node.Plans ?? []) tableAccess(child, into);
  return into;
}

/**
 * EXPLAINs the exact statements the endpoints run, for the seeded user, and checks that the
 * roll-up is read through its primary key and the latest errors through the partial index: no
 * sequential scan anywhere, and never usage_logs where the roll-up should answer.
 */
export async function checkPlans(
  pool: Pool,
  userId: string,
  keyId: string,
  today: string,
  yearAgo: string,
  monthStart: string,
): Promise<PlanCheck[]> {
  const cases: Array<{ query: string; sql: string; params: unknown[]; table: string; index: RegExp }> = [
    { query: 'usage: roll-up rows (days=365)', sql: DAILY_ROWS_SQL, params: [userId, yearAgo, today], table: 'usage_daily', index: /^PK_/ },
    {
      query: 'dashboard: requests today / 30 days',
      sql: REQUEST_COUNTS_SQL,
      params: [userId, today, today],
      table: 'usage_daily',
      index: /^PK_/,
    },
    {
      query: 'dashboard: quota used this month',
      sql: SUCCESSFUL_CALLS_SQL,
      params: [userId, '/translate', 'POST', monthStart, today],
      table: 'usage_daily',
      index: /^PK_/,
    },
    {
      query: 'dashboard: latest 10 errors',
      sql: RECENT_ERRORS_SQL,
      params: [userId, 10],
      table: 'usage_logs',
      // On the partitioned table each month's copy of the index is named by PostgreSQL (usage_logs_2026_03_user_id_created_at_idx1).
      index: /^(IDX_usage_logs_user_id_|usage_logs_\w+_user_id_)/,
    },
    {
      query: 'key usage: roll-up rows (days=365)',
      sql: KEY_DAILY_ROWS_SQL,
      params: [keyId, yearAgo, today],
      table: 'api_key_usage_daily',
      index: /^PK_/,
    },
    { query: 'key usage: last use', sql: KEY_LAST_USE_SQL, params: [keyId], table: 'api_key_last_use', index: /^PK_/ },
  ];
  const checks: PlanCheck[] = [];
  for (const item of cases) {
    const { rows } = await pool.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${item.sql}`, item.params);
    const access = tableAccess(rows[0]['QUERY PLAN'][0].Plan);
    const ok =
      access.length > 0 &&
      !access.some((line) => line.startsWith('Seq Scan')) &&
      access.every((line) => line.includes(`on ${item.table}`) || !line.includes(' on ')) &&
      access.some((line) => item.index.test(line.split(' via ')[1] ?? ''));
    checks.push({ query: item.query, ok, access });
  }
  return checks;
}
