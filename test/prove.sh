#!/usr/bin/env bash
# The pgTAP suite against a running server (PGHOST, PGPORT, PGUSER as usual),
# in a scratch database that is dropped afterwards.  pg_cron's recipe is
# tested where pg_cron can be created in that database (cron.database_name);
# WABILL_REQUIRE_CRON=1 makes its absence an error instead of a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh
db=${WABILL_TAP_DB:-wabill_tap}
tmp=$(mktemp -d)
chmod 755 "$tmp"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
WABILL_REQUIRE_CRON=${WABILL_REQUIRE_CRON:-0} tap_database "$db"
WABILL_TEST_TMP=$tmp run_prove "$db" test/pgtap/*.sql
