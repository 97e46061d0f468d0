#!/usr/bin/env bash
# The pgTAP suite against a running server (PGHOST, PGPORT, PGUSER as usual),
# in a scratch database that is dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
db=wabill_tap_$$
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" >/dev/null
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
	-c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION wabill" >/dev/null
pg_prove --dbname "$db" --ext .sql -r test/pgtap
