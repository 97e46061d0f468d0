#!/usr/bin/env bash
# Any server encoding, against a running server (PGHOST, PGPORT, PGUSER).
# Prints TAP (test/tap.sh):
#  - test/encoding/answers.sql, with expectations written by hand, passes in
#    a UTF8 and in a LATIN1 database alike;
#  - both give the same answers for session IDs around every character of
#    Latin-1 (C1 controls included), for every country name, and for the report;
#  - SQL_ASCII, and an encoding that cannot write every country name
#    (WIN1251), are refused at CREATE EXTENSION with a message saying what to do;
#  - a dump of a UTF8 database restores into a LATIN1 one with the same report,
#    and one holding a character LATIN1 lacks fails loudly, losing nothing silently.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/tap.sh
export PGCLIENTENCODING=UTF8
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
tmp=$(mktemp -d)
chmod 755 "$tmp"
dbs=(wabill_enc_utf8 wabill_enc_latin1 wabill_enc_sql_ascii wabill_enc_win1251 wabill_enc_restored wabill_enc_lossy)
cleanup() {
	local db
	for db in "${dbs[@]}"; do
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
	done
	rm -rf "$tmp"
}
trap cleanup EXIT
cleanup
mkdir -p "$tmp"

create_db() {	# create_db NAME ENCODING
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $1 ENCODING '$2' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" >/dev/null
}
q() { psql -X -A -t -v ON_ERROR_STOP=1 -d "$@"; }

create_db wabill_enc_utf8 UTF8
create_db wabill_enc_latin1 LATIN1
for db in wabill_enc_utf8 wabill_enc_latin1; do
	q "$db" -q -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION wabill" >/dev/null || fail "CREATE EXTENSION wabill in $db"
	tap_stream "$db" < <(pgtap "$db" test/encoding/answers.sql 2>&1)
done

# The same answers, character for character: each Latin-1 character (C1
# controls, no-break space, letters) in each part of an ID and around it.
answers='SELECT cp, id, wabill_session_problem(id), wabill_session_phone(id),
		wabill_session_operation(id), wabill_session_connector(id), wabill_session_country(id)
	FROM generate_series(128, 255) cp,
		LATERAL (VALUES (chr(cp)), (chr(cp) || chr(cp)), (chr(cp) || chr(160))) c(s),
		LATERAL (VALUES (s || $$573001234567.Acme.wa-1$$ || s), ($$573001234567.$$ || s || $$.wa-1$$),
			($$573001234567.Ac$$ || s || $$me.wa-1$$), ($$573001234567.Acme.wa$$ || s || $$1$$),
			($$573001234567.Acme.wa-1$$ || s), (s || $$+51944678645. Op .c$$)) ids(id)
	ORDER BY 1, 2'
# chr() takes a code point in UTF8 and a byte in LATIN1: the same characters.
q wabill_enc_utf8 -c "$answers" >"$tmp/ids.utf8"
q wabill_enc_latin1 -c "$answers" >"$tmp/ids.latin1"
run_ok "LATIN1 gives the same answers as UTF8 for $(wc -l <"$tmp/ids.utf8") session IDs around every Latin-1 character" \
	diff "$tmp/ids.utf8" "$tmp/ids.latin1"
run_ok "and the IDs are not all malformed (the comparison compares something)" \
	test "$(cut -d'|' -f3 "$tmp/ids.utf8" | grep -c '^$')" -gt 1000

names="SELECT code, lang, wabill_country_name(code, lang)
	FROM generate_series(65, 90) a, generate_series(65, 90) b,
		LATERAL (SELECT chr(a) || chr(b) AS code) c, (VALUES ('en'), ('es')) l(lang) ORDER BY 1, 2"
q wabill_enc_utf8 -c "$names" >"$tmp/names.utf8"
q wabill_enc_latin1 -c "$names" >"$tmp/names.latin1"
run_ok "and the same country names, in English and Spanish ($(grep -vc '|$' "$tmp/names.utf8") names)" \
	diff "$tmp/names.utf8" "$tmp/names.latin1"

cat >"$tmp/load.sql" <<'SQL'
SET TimeZone = 'America/Bogota';
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('enc-1', U&'\00A0573001234567.Acmé Ventas.wa-ñ\00A0', '2026-10-03 10:00', 'yes'),
	('enc-2', U&'573001234567.Acme\0085.wa-1', '2026-10-03 10:01', 'no'),
	('enc-3', U&'4915112345678.Señal.wa-1\00C2\00A0', '2026-10-03 10:02', 'yes');
SQL
report="SET TimeZone = 'America/Bogota';
SELECT * FROM wabill_billing_report ORDER BY conn_id;
SELECT * FROM wabill_interaction_problems ORDER BY conn_id;
SELECT count(*) FROM wabill_interactions;"
for db in wabill_enc_utf8 wabill_enc_latin1; do
	q "$db" -q -f "$tmp/load.sql" >/dev/null 2>"$tmp/load.err" || { fail "loading in $db"; sed 's/^/# /' "$tmp/load.err"; }
	q "$db" -c "$report" >"$tmp/report.$db"
done
run_ok "the sample month and rows with Latin-1 characters give the same report, view and problems" \
	diff "$tmp/report.wabill_enc_utf8" "$tmp/report.wabill_enc_latin1"
run_ok "and every row was loaded" \
	test "$(tail -1 "$tmp/report.wabill_enc_latin1")" = $(($(wc -l <test/data/sample_month.csv) - 1 + 3))

# Refusals
refused() {	# refused DB ENCODING
	create_db "$1" "$2"
	! q "$1" -c "CREATE EXTENSION wabill" >"$tmp/refusal" 2>&1 \
		&& grep -q "ERROR:  wabill cannot be installed in a database with encoding $2" "$tmp/refusal" \
		&& grep -q "HINT:  Use a UTF8 database" "$tmp/refusal" \
		&& [ "$(q "$1" -c "SELECT count(*) FROM pg_extension WHERE extname = 'wabill'")" = 0 ] \
		|| { cat "$tmp/refusal"; return 1; }
}
run_ok "CREATE EXTENSION wabill in a SQL_ASCII database is refused, naming the encoding and what to do" \
	refused wabill_enc_sql_ascii SQL_ASCII
run_ok "so is it in a WIN1251 database, which cannot write every country name" \
	refused wabill_enc_win1251 WIN1251

# A dump of the UTF8 database restored into a LATIN1 one.
"$(pg_bindir)/pg_dump" -Fc -d wabill_enc_utf8 -f "$tmp/utf8.dump"
create_db wabill_enc_restored LATIN1
run_ok "a dump of the UTF8 database restores into a LATIN1 one" \
	"$(pg_bindir)/pg_restore" --exit-on-error -d wabill_enc_restored "$tmp/utf8.dump"
q wabill_enc_restored -c "$report" >"$tmp/report.restored"
run_ok "and gives the same report, view and problems" \
	diff "$tmp/report.wabill_enc_utf8" "$tmp/report.restored"

# One with a character LATIN1 lacks: the restore fails and says which.
q wabill_enc_utf8 -q -c "INSERT INTO wabill_interactions VALUES ('enc-euro', '573001234567.Acme €.wa-1', '2026-10-04', true)"
"$(pg_bindir)/pg_dump" -Fc -d wabill_enc_utf8 -f "$tmp/euro.dump"
create_db wabill_enc_lossy LATIN1
if "$(pg_bindir)/pg_restore" -d wabill_enc_lossy "$tmp/euro.dump" >"$tmp/lossy.out" 2>&1; then
	fail "restoring a row with € into LATIN1 fails"
else
	run_ok "restoring a row with € into LATIN1 fails, naming the character" \
		grep -q 'character with byte sequence 0xe2 0x82 0xac in encoding "UTF8" has no equivalent in encoding "LATIN1"' "$tmp/lossy.out"
fi
tap_done
