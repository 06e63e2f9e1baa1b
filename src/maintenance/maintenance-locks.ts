/**
 * PostgreSQL advisory-lock keys of the scheduled clean-ups, as (namespace, job) pairs: the
 * namespace keeps them apart from any other advisory lock in a shared database. Fixed numbers
 * (never derived from names), so every instance and version agrees on them.
 */
export const MAINTENANCE_LOCK_NAMESPACE = 0x41455401; // "AET" + 1

export const MAINTENANCE_JOBS = ['cleanup-keys', 'cleanup-logs', 'cleanup-tokens', 'cleanup-unknown-errors', 'cleanup-security-events'] as const;
export type MaintenanceJob = (typeof MAINTENANCE_JOBS)[number];

export const MAINTENANCE_LOCK_IDS: Readonly<Record<MaintenanceJob, number>> = {
  'cleanup-keys': 1,
  'cleanup-logs': 2,
  'cleanup-tokens': 3,
  'cleanup-unknown-errors': 4,
  'cleanup-security-events': 5,
};

export function maintenanceLockKey(job: MaintenanceJob): [number, number] {
  return [MAINTENANCE_LOCK_NAMESPACE, MAINTENANCE_LOCK_IDS[job]];
}
