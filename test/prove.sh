#!/usr/bin/env bash
# The pgTAP suite against a running server (PGHOST, PGPORT, PGUSER as usual),
# in a scratch database that is dropped afterwards.  pg_cron's recipe is
# tested where pg_cron can be created in that database (cron.database_name);
# WABILL_REQUIRE_CRON=1 makes its absence an error instead of a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${WABILL_TAP_DB:-wabill_tap}
tmp=$(mktemp -d)
chmod 755 "$tmp"
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
	-c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION wabill" >/dev/null
if [ "${WABILL_REQUIRE_CRON:-0}" = 1 ]; then
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION pg_cron" >/dev/null
else
	psql -X -q -d "$db" -c "CREATE EXTENSION pg_cron" >/dev/null 2>&1 || true
fi
WABILL_TEST_TMP=$tmp pg_prove --dbname "$db" --ext .sql -r test/pgtap
