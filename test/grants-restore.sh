#!/usr/bin/env bash
# Grants across pg_dump and pg_restore into another cluster, whose roles have
# other OIDs, against a running server (PGHOST, PGPORT, PGUSER): grant
# operations to roles (one of them dropped afterwards), dump, start a second
# throwaway cluster, create the same roles there in another order and after
# others, restore, and check there with pgTAP that every grant went to the
# role of the same name and that the dropped role's grant did not come back.
# Prints TAP.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh
. test/tap.sh
db=wabill_grants_src
tmp=$(mktemp -d)
chmod 755 "$tmp"
src_host=$PGHOST src_port=$PGPORT
cleanup() {
	cluster_remove "$tmp/other" || true
	PGHOST=$src_host PGPORT=$src_port psql -X -q -d postgres \
		-c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
		-c 'DROP ROLE IF EXISTS wabill_rt_first, "wabill_rt Second", wabill_rt_third, wabill_rt_gone' \
		>/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

sql -d postgres >/dev/null <<SQL
DROP DATABASE IF EXISTS $db WITH (FORCE);
DROP ROLE IF EXISTS wabill_rt_first, "wabill_rt Second", wabill_rt_third, wabill_rt_gone;
CREATE ROLE wabill_rt_first;
CREATE ROLE "wabill_rt Second";
CREATE ROLE wabill_rt_third;
CREATE ROLE wabill_rt_gone;
CREATE DATABASE $db;
SQL
sql -d "$db" >/dev/null <<'SQL'
CREATE EXTENSION wabill;
SET TimeZone = 'America/Bogota';
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
GRANT USAGE ON SCHEMA public TO wabill_rt_first, "wabill_rt Second", wabill_rt_third, wabill_rt_gone;
SELECT wabill_grant_operation('wabill_rt_first', 'Acme Cobranzas');
SELECT wabill_grant_operation('wabill_rt Second', 'Acme Ventas S.A.S.');
SELECT wabill_grant_operation('wabill_rt_third', 'Acme Cobranzas');
SELECT wabill_grant_operation('wabill_rt_third', 'Acme Ventas S.A.S.');
SELECT wabill_grant_operation('wabill_rt_gone', 'Acme Cobranzas');
-- Dropped with its grant still stored: the grant must not be dumped.
DROP OWNED BY wabill_rt_gone;
DROP ROLE wabill_rt_gone;

-- What each role read here, and the roles' OIDs here, restored with the
-- rest, as is the function that reads as a role (the check uses it there).
CREATE TABLE restore_before (role_name name, role_oid oid, conn_ids text);
CREATE FUNCTION restore_seen(role name) RETURNS text LANGUAGE plpgsql AS $$
DECLARE result text;
BEGIN
	EXECUTE format('SET LOCAL ROLE %I', role);
	SELECT string_agg(conn_id, ',' ORDER BY conn_id) INTO result FROM wabill_report(NULL, NULL);
	RESET ROLE;
	RETURN result;
END $$;
BEGIN;
INSERT INTO restore_before
SELECT rolname, oid, restore_seen(rolname) FROM pg_roles WHERE rolname LIKE 'wabill\_rt%';
COMMIT;
CREATE TABLE restore_dangling_before AS
SELECT count(*) AS dangling FROM wabill_operation_grants g
WHERE NOT EXISTS (SELECT FROM pg_roles r WHERE r.oid = g.grantee);
SQL
"$(pg_bindir)/pg_dump" -Fc -d "$db" -f "$tmp/dump"

cluster_start "$tmp/other" >/dev/null
# Other roles first, then ours in reverse order: every OID differs.
sql -d postgres >/dev/null <<SQL
CREATE ROLE wabill_rt_filler_1;
CREATE ROLE wabill_rt_filler_2;
CREATE ROLE wabill_rt_filler_3;
CREATE ROLE wabill_rt_third;
CREATE ROLE "wabill_rt Second";
CREATE ROLE wabill_rt_first;
CREATE DATABASE $db;
SQL
"$(pg_bindir)/pg_restore" --exit-on-error -d "$db" "$tmp/dump"
sql -d "$db" -c "CREATE EXTENSION pgtap" >/dev/null
tap_stream < <(pgtap "$db" test/roundtrip/grants_after_restore.sql)
tap_done
