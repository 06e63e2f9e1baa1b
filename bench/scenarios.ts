import type { Pool } from 'pg';

/** What a scenario's setup may change in the request, for every server alike. */
export interface RequestParts {
  path?: string;
  headers?: Record<string, string>;
  body?: string | object;
}

export interface ScenarioContext {
  /** The bench database, migrated; setup may seed rows (users, API keys) through it. */
  db: Pool;
  databaseUrl: string;
}

/**
 * One group of rows in the table. The baseline server must answer the same request doing the
 * same work (see `routes` in baseline-server.ts), otherwise the ratio means nothing.
 */
export interface Scenario extends RequestParts {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Runs once before the scenario is loaded; its result overrides the static request parts. */
  setup?: (context: ScenarioContext) => Promise<RequestParts>;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'GET /health/ready',
    method: 'GET',
    path: '/health/ready',
  },
];
