#!/usr/bin/env bash
# The update test, against a running server (PGHOST, PGPORT, PGUSER as usual).
#
# For each earlier version V that has an install script in sql/: install V in
# one database, load rows (problem rows, grants and all) and record what it
# shows, then ALTER EXTENSION wabill UPDATE.  The extension's objects must then
# be exactly those of a fresh install of the current version (compared as
# pg_dump's binary-upgrade schema dumps, which list every member object of the
# extension), and every row, grant and report must be as recorded.
#
# A new version adds nothing here but its scripts in sql/: every older
# install script is a starting point, and the update path is PostgreSQL's.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/tap.sh

current=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" wabill.control)
tmp=$(mktemp -d)
chmod 755 "$tmp"
databases=()
cleanup() {
	local db
	for db in "${databases[@]}"; do
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
	done
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS wabill_upgrade_tenant" \
		-c "DROP ROLE IF EXISTS wabill_upgrade_reader" \
		-c 'DROP ROLE IF EXISTS "wabill_upgrade Mixed"' \
		-c "DROP ROLE IF EXISTS wabill_upgrade_gone" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
sql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
new_database() {
	databases+=("$1")
	sql -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
}

# What pg_dump says of the extension's objects, without what differs between
# any two databases: OIDs, transaction IDs, the dump's random restrict key.
schema_dump() {	# schema_dump DATABASE [pg_dump options]
	local db=$1
	shift
	"$(pg_bindir)/pg_dump" --schema-only --binary-upgrade "$@" -d "$db" | sed -E \
		-e '/^\\(un)?restrict /d' \
		-e '/binary_upgrade_set_next_/d' \
		-e "/binary_upgrade_create_empty_extension/s/'\{[0-9,]+\}'/'{config table OIDs}'/" \
		-e "s/relfrozenxid = '[0-9]+', relminmxid = '[0-9]+'/relfrozenxid = 'XID', relminmxid = 'MXID'/" \
		-e "s/^WHERE oid = '[0-9]+';/WHERE oid = 'OID';/"
}

sql -d postgres >/dev/null <<'SQL'
DROP ROLE IF EXISTS wabill_upgrade_tenant;
DROP ROLE IF EXISTS wabill_upgrade_reader;
DROP ROLE IF EXISTS "wabill_upgrade Mixed";
DROP ROLE IF EXISTS wabill_upgrade_gone;
CREATE ROLE wabill_upgrade_tenant;
CREATE ROLE wabill_upgrade_reader;
CREATE ROLE "wabill_upgrade Mixed";
CREATE ROLE wabill_upgrade_gone;
SQL

fresh=wabill_upgrade_fresh
new_database "$fresh"
sql -d "$fresh" -c "CREATE EXTENSION wabill" >/dev/null
schema_dump "$fresh" >"$tmp/fresh.sql"
schema_dump "$fresh" --no-privileges >"$tmp/fresh-no-privileges.sql"

for script in sql/wabill--*.sql; do
	from=$(basename "$script" .sql)
	from=${from#wabill--}
	case $from in *--*|"$current") continue ;; esac
	empty=wabill_upgrade_empty
	loaded=wabill_upgrade_loaded
	new_database "$empty"
	new_database "$loaded"

	# An installation that only ever had the extension: the whole schema,
	# privileges included, must equal a fresh install.
	sql -d "$empty" -c "CREATE EXTENSION wabill VERSION '$from'" \
		-c "ALTER EXTENSION wabill UPDATE" >/dev/null
	schema_dump "$empty" >"$tmp/updated.sql"
	diff -u "$tmp/fresh.sql" "$tmp/updated.sql" >"$tmp/schema.diff" || true

	# One in use: rows, problem rows, tenants and a reader's own grant.
	sql -d "$loaded" -c "CREATE EXTENSION wabill VERSION '$from'" >/dev/null
	sql -d "$loaded" -f "test/upgrade/load-$from.sql" >/dev/null
	# The update tells the user what it rebuilt for the new phone data: a
	# WARNING naming each command it ran (kept here, not shown on the terminal).
	sql -d "$loaded" -c "ALTER EXTENSION wabill UPDATE" >/dev/null 2>"$tmp/update-messages.txt"
	if grep -q 'phone data changed' "$tmp/update-messages.txt"; then
		grep -q '^REINDEX INDEX upgrade_before.phones_country_idx;$' "$tmp/update-messages.txt" \
			&& grep -q '^REFRESH MATERIALIZED VIEW upgrade_before.destinies;$' "$tmp/update-messages.txt"
		ok $? "from $from: the update's warning names the index and the materialized view it rebuilt"
	elif [ -s "$tmp/update-messages.txt" ]; then
		fail "from $from: the update said something unexpected" "$(cat "$tmp/update-messages.txt")"
	fi
	# The months' partitions hold the user's rows and are not the extension's
	# (the after-update checks read the rows through the table).
	schema_dump "$loaded" --no-privileges --exclude-schema=upgrade_before \
		--exclude-table='wabill_interactions_[0-9][0-9][0-9][0-9]_[0-9][0-9]' >"$tmp/loaded.sql"
	diff -u "$tmp/fresh-no-privileges.sql" "$tmp/loaded.sql" >>"$tmp/schema.diff" || true

	sql -d "$loaded" -c "CREATE EXTENSION pgtap" \
		-c "CREATE TABLE upgrade_before.schema_diff (line text)" \
		-c "\\copy upgrade_before.schema_diff FROM '$tmp/schema.diff' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')" >/dev/null
	tap_stream "from $from" < <(pgtap "$loaded" test/upgrade/after_update.sql \
		-v from="$from" -v to="$current")
done
tap_done
