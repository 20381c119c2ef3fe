#!/usr/bin/env bash
# `npm run test:all`: every test, in order, stopping at the first failure, then how long each step took,
# so that a slow CI run shows where its time went.
set -euo pipefail

STEPS=(
  "bash scripts/install-browser.sh"
  "npm test"
  "npm run build"
  # After the build: its two-server test starts `next start` twice on one PostgreSQL, and must not skip.
  "env REPORTS_REQUIRE_SERVERS=1 npm run test:postgres"
  "npm run test:e2e"
  "npm run quality"
)
TIMES=()

summary() {
  echo
  echo "── test:all step times ──────────────────────────────"
  for line in "${TIMES[@]}"; do echo "$line"; done
}
trap summary EXIT

for step in "${STEPS[@]}"; do
  started=$SECONDS
  echo
  echo "── $step"
  status=0
  $step || status=$?
  TIMES+=("$(printf '%5d s  %s%s' $((SECONDS - started)) "$step" "$([[ $status -ne 0 ]] && echo '  FAILED')")")
  if [[ $status -ne 0 ]]; then exit "$status"; fi
done
