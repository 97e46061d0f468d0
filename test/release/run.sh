#!/usr/bin/env bash
# The phone-data release procedure, run once for real on a scratch copy of
# the tree: regenerate from the shared metadata, as a pretend new version
# (NEXT, default CURRENT.1-test, with data DATA-test so that the library's
# answers count as new), then install it on a copy of the server
# installation, next to databases built with the current version, and check:
# the warning, the list of stale objects, ALTER EXTENSION wabill UPDATE
# rebuilding an expression index on wabill_phone_country (or listing it),
# and the produced release's own update test.  Prints TAP.  Skipped where
# the metadata is absent.  Needs the current version installed (make test
# does that) and leaves the real installation alone.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
root=$PWD
xml=${LIBPHONENUMBER_XML:-../shared/data/libphonenumber/PhoneNumberMetadata.xml}
if [ ! -f "$xml" ]; then
	echo "1..0 # SKIP no libphonenumber metadata at $xml"
	exit 0
fi
xml=$(readlink -f "$xml")
current=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" wabill.control)
data=$(sed -n 's/^LIBPHONENUMBER_VERSION = //p' Makefile)
next=${WABILL_RELEASE_TEST_VERSION:-${current%.*}.$((${current##*.} + 1))-test}
next_data=$data-test

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wabill-release.XXXXXX")
chmod 755 "$tmp"
trap 'cluster_remove "$tmp/cluster"; rm -rf "$tmp"' EXIT
n=0
status=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $1"; status=1; }
check() {	# check DESCRIPTION COMMAND...
	local d=$1
	shift
	if "$@" >"$tmp/check.out" 2>&1; then ok "$d"; else not_ok "$d"; sed 's/^/# /' "$tmp/check.out" | tail -25; fi
}
contains() { grep -qF -- "$2" "$1" || { echo "no \"$2\" in:"; cat "$1"; return 1; }; }
lacks() { ! grep -qF -- "$2" "$1" || { echo "\"$2\" in:"; cat "$1"; return 1; }; }

# 1. The procedure, on a scratch copy of the tree.
tree=$tmp/tree
mkdir "$tree"
if git rev-parse --git-dir >/dev/null 2>&1; then
	git ls-files -z -co --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$tree"
else
	tar --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -xf - -C "$tree"
fi
check "make phone-data-release regenerates from the shared metadata as $next (data $next_data)" \
	make -s -C "$tree" phone-data-release NEW_VERSION="$next" DATA_VERSION="$next_data" LIBPHONENUMBER_XML="$xml"
check "wabill.control's default_version is $next" \
	grep -qx "default_version = '$next'" "$tree/wabill.control"
check "the generated table says $next_data and is otherwise the committed one (same metadata)" \
	bash -c "grep -q '\"$next_data\"' '$tree/src/core/calling_codes_table.h' &&
		diff <(sed 's/$next_data/$data/' '$tree/src/core/calling_codes_table.h') src/core/calling_codes_table.h"
check "the install script of $next makes the objects of $current" \
	diff <(tail -n +2 "$tree/sql/wabill--$next.sql") <(tail -n +2 "sql/wabill--$current.sql")
check "the update script $current--$next rebuilds for $next_data" \
	grep -q "wabill_phone_data_after_update('$next_data')" "$tree/sql/wabill--$current--$next.sql"
check "the scratch tree's generated tables are current with its Makefile" \
	bash "$tree/test/generated-current.sh"

# 2. Databases built with the current version, on a copy of the server
# installation, which has it installed.
pgc_real=$(pg_config_path)
pgc_copy=$(server_copy "$tmp/server")
export PG_CONFIG=$pgc_copy
cluster_start "$tmp/cluster"
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -d "$@"; }
for db in rebuilt listed; do
	psql -X -q -d postgres -c "CREATE DATABASE $db" >/dev/null
	q "$db" >/dev/null <<'SQL'
CREATE EXTENSION wabill;
CREATE TABLE phones (phone text);
INSERT INTO phones VALUES ('573001234567'), ('12125550123'), ('447400123456'), ('212528812345');
CREATE INDEX phones_country_idx ON phones (wabill_phone_country(phone));
CREATE MATERIALIZED VIEW destinies AS SELECT wabill_phone_country(phone) AS destiny FROM phones;
SQL
done
filenode() { q "$1" -c "SELECT pg_relation_filenode('$2')"; }
before_rebuilt=$(filenode rebuilt phones_country_idx)
before_listed=$(filenode listed phones_country_idx)
check "the databases run $current with data $data" \
	test "$(q rebuilt -c "SELECT extversion || ' ' || wabill_phone_data_version() FROM pg_extension WHERE extname = 'wabill'")" = "$current $data"

# 3. The release installed while a session still runs the old library: its
# update refuses to rebuild with the old answers.
psql -X -d rebuilt -v ON_ERROR_STOP=0 >"$tmp/old-session.out" 2>&1 <<SQL
SELECT wabill_phone_country('573001234567');
\\! make -s -C '$tree' PG_CONFIG='$pgc_real' >'$tmp/build.out' 2>&1 && make -s -C '$tree' PG_CONFIG='$pgc_copy' install >>'$tmp/build.out' 2>&1
ALTER EXTENSION wabill UPDATE;
SQL
check "installed: the new library's files are in place" \
	bash -c "cat '$tmp/build.out'; test -f \"\$1\"" -  "$("$pgc_copy" --sharedir)/extension/wabill--$current--$next.sql"
check "an update in a session that loaded the old library is refused, saying to reconnect" \
	contains "$tmp/old-session.out" "this session runs wabill's phone data $data, not $next_data"

# 4. A new session: the warning, the list, the update that rebuilds.
q rebuilt -c "SELECT wabill_phone_country('573001234567')" >/dev/null 2>"$tmp/warning.out"
check "a new session warns once that the database was built with $data" \
	contains "$tmp/warning.out" "WARNING:  wabill's phone data is $next_data, but this database's stored results were built with $data"
q rebuilt -c "SELECT kind, object, rebuild FROM wabill_phone_data_check()" >"$tmp/check-list.out" 2>/dev/null
check "wabill_phone_data_check() lists the expression index on wabill_phone_country" \
	contains "$tmp/check-list.out" "index|public.phones_country_idx|REINDEX INDEX public.phones_country_idx"
check "and the materialized view" \
	contains "$tmp/check-list.out" "materialized view|public.destinies|REFRESH MATERIALIZED VIEW public.destinies"
q rebuilt -c "ALTER EXTENSION wabill UPDATE" >"$tmp/update.out" 2>&1
check "ALTER EXTENSION wabill UPDATE reaches $next" \
	test "$(q rebuilt -c "SELECT extversion FROM pg_extension WHERE extname = 'wabill'")" = "$next"
check "and says what it rebuilt" contains "$tmp/update.out" "REINDEX INDEX public.phones_country_idx;"
check "the expression index on wabill_phone_country was rebuilt" \
	test "$(filenode rebuilt phones_country_idx)" != "$before_rebuilt"
check "the database now records $next_data and nothing is stale" \
	test "$(q rebuilt -c "SELECT data_version || ' ' || (SELECT count(*) FROM wabill_phone_data_check()) FROM wabill_phone_data_built")" = "$next_data 0"
q rebuilt -c "SELECT wabill_phone_country('573001234567')" >/dev/null 2>"$tmp/no-warning.out"
check "and a new session no longer warns" lacks "$tmp/no-warning.out" "WARNING"
check "the rebuilt index answers like the function" \
	test "$(q rebuilt -c "SET enable_seqscan = off; SELECT string_agg(phone, ',' ORDER BY phone) FROM phones WHERE wabill_phone_country(phone) = 'MA'")" = 212528812345

# 5. The same update with rebuilding off: it lists, and the user rebuilds.
PGOPTIONS="-c wabill.phone_data_rebuild=off" q listed -c "ALTER EXTENSION wabill UPDATE" >"$tmp/listed.out" 2>&1
check "with wabill.phone_data_rebuild off the update warns, naming the command for the index" \
	contains "$tmp/listed.out" "REINDEX INDEX public.phones_country_idx;"
check "and leaves the index as it was" test "$(filenode listed phones_country_idx)" = "$before_listed"
check "which wabill_phone_data_check() keeps listing" \
	test "$(q listed -c "SELECT count(*) FROM wabill_phone_data_check()" 2>/dev/null)" = 2
q listed -c "SELECT wabill_phone_data_refresh()" >/dev/null 2>&1
check "until wabill_phone_data_refresh() rebuilds it" \
	test "$(filenode listed phones_country_idx)" != "$before_listed" -a \
		"$(q listed -c "SELECT count(*) FROM wabill_phone_data_check()")" = 0

# 6. The produced release's own update test: every older version, loaded,
# updated to it, against a fresh install.
(cd "$tree" && bash test/upgrade/run.sh) >"$tmp/upgrade.out" 2>&1
upgrade_status=$?
[ $upgrade_status -eq 0 ] || sed 's/^/# /' "$tmp/upgrade.out" | grep -v '^# ok ' | head -30
check "the update test of $next passes ($(grep -c "^ok " "$tmp/upgrade.out") checks, from $(grep -o "^ok [0-9]* - from [^:]*" "$tmp/upgrade.out" | sed "s/.* - //" | sort -u | paste -sd, -))" \
	test $upgrade_status -eq 0 -a "$(grep -c '^not ok ' "$tmp/upgrade.out")" -eq 0 -a "$(grep -c '^ok ' "$tmp/upgrade.out")" -gt 0
echo "1..$n"
exit $status
