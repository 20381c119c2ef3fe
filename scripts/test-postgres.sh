#!/usr/bin/env bash
# `npm run test:postgres`: the reports database tests against a real PostgreSQL (scripts/with-postgres.sh),
# one file at a time: the files share the one database and each empties it first. The two-instance test
# (tests/unit/reports-servers.test.ts) starts two `next start` on that database and needs a production
# build: without one it is skipped and says so, and REPORTS_REQUIRE_SERVERS=1 turns that into a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/with-postgres.sh bash -c '
  TEST_DATABASE_URL="$POSTGRES_URL" npx vitest run --no-file-parallelism \
    tests/unit/reports-db.test.ts tests/unit/reports-api.test.ts tests/unit/reports-servers.test.ts
'
