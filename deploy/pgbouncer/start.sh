#!/usr/bin/env bash
# Starts the test PgBouncer (deploy/pgbouncer/pgbouncer.ini: 127.0.0.1:6432, transaction mode, in
# front of 127.0.0.1:5432) unless it already runs. Used by .ci/run and by the tests themselves
# (test/support/pgbouncer.ts). Exits non-zero with the reason on stderr when it cannot.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=/tmp/aet-pgbouncer
pidfile=$run/pgbouncer.pid

running() { [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
answers() { pg_isready -h 127.0.0.1 -p 6432 -d postgres -U postgres -q 2>/dev/null; }

if running; then exit 0; fi
command -v pgbouncer >/dev/null || { echo "pgbouncer is not installed (apt-get install -y pgbouncer)" >&2; exit 1; }
if (exec 3<>/dev/tcp/127.0.0.1/6432) 2>/dev/null; then
  echo "port 6432 is taken by a process that is not this PgBouncer (the distribution's pgbouncer service?)" >&2
  exit 1
fi
mkdir -p "$run"
cp "$here/pgbouncer.ini" "$here/userlist.txt" "$run/"
# PgBouncer refuses to run as root: as root, it runs as postgres.
as=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres "$run"
  as=(-u postgres)
fi
pgbouncer -d "${as[@]}" "$run/pgbouncer.ini" || { echo "pgbouncer did not start: $(tail -n 5 "$run/pgbouncer.log" 2>/dev/null)" >&2; exit 1; }
for _ in $(seq 1 50); do
  if answers; then exit 0; fi
  sleep 0.1
done
echo "pgbouncer started but does not answer on 127.0.0.1:6432: $(tail -n 5 "$run/pgbouncer.log" 2>/dev/null)" >&2
exit 1
