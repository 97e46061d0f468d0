#!/usr/bin/env bash
# pg_dump round trip against a running server (PGHOST, PGPORT, PGUSER): load
# the sample month, dump, restore into a new database, and check there with
# pgTAP that the report is the same.  Prints TAP.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh
. test/tap.sh
src=wabill_dump_src
dst=wabill_dump_dst
tmp=$(mktemp -d)
drop_databases() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src WITH (FORCE)" \
		-c "DROP DATABASE IF EXISTS $dst WITH (FORCE)" >/dev/null 2>&1 || true
}
trap 'drop_databases; rm -rf "$tmp"' EXIT
drop_databases
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d "$src" <<'SQL' >/dev/null
CREATE EXTENSION wabill;
SET TimeZone = 'America/Bogota';
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
-- the user's pricing data: an example card and tiers, a rule, a portfolio, a mapping version
\set card `cat test/data/example_rate_card.csv`
\set tiers `cat test/data/example_volume_tiers.csv`
SELECT wabill_load_rate_card(:'card', '2026-07-01');
SELECT wabill_load_volume_tiers(:'tiers', '2026-07-01');
SELECT wabill_set_category('utility', 'Acme Cobranzas');
SELECT wabill_set_portfolio('Acme Cobranzas', 'Acme');
INSERT INTO wabill_user_market_prefixes
SELECT '2026-10-20', prefix, market FROM wabill_market_prefixes WHERE effective_from = '2026-10-01';
UPDATE wabill_user_market_prefixes SET market = 'Other' WHERE prefix = '58';
SQL
query() { psql -X -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
rows=$(query "$src" "SELECT count(*) FROM wabill_interactions")
problems=$(query "$src" "SELECT count(*) FROM wabill_interaction_problems")
report_md5=$(query "$src" "SELECT md5(string_agg(r::text, E'\n')) FROM wabill_report(NULL, NULL) r")
invoice_md5=$(PGOPTIONS="${PGOPTIONS:-} -c TimeZone=America/Bogota" \
	query "$src" "SELECT md5(string_agg(r::text, E'\n')) FROM wabill_invoice(NULL, NULL) r")
shipped=$(query "$src" "SELECT count(*) FROM wabill_shipped_market_prefixes")
"$(pg_bindir)/pg_dump" -Fc -d "$src" -f "$tmp/dump"
"$(pg_bindir)/pg_restore" --exit-on-error -d "$dst" "$tmp/dump"
psql -X -q -v ON_ERROR_STOP=1 -d "$dst" -c "CREATE EXTENSION pgtap" >/dev/null
tap_stream < <(pgtap "$dst" test/roundtrip/report_after_restore.sql \
	-v rows="$rows" -v problems="$problems" -v report_md5="$report_md5" \
	-v invoice_md5="$invoice_md5" -v shipped="$shipped")
tap_done
