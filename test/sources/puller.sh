#!/usr/bin/env bash
# Runs the day-by-day puller exactly as the README shows it, against a fake
# wolkvox (fake_curl.py) serving the recorded responses of test/data/wolkvox,
# into a scratch database of the running server (PGHOST, PGPORT, PGUSER).
# ROW_LIMIT is lowered to 3 so that the recorded days exercise the splitting
# of a window that hits wolkvox's row limit.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/tap.sh
db=wabill_puller
tmp=$(mktemp -d)
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1; rm -rf "$tmp"' EXIT

# The script: the first bash block after "A day-by-day puller" in the README.
awk '/^\*\*A day-by-day puller\*\*/ { found = 1 }
	found && /^```bash$/ { inside = 1; next }
	inside && /^```$/ { exit }
	inside { print }' README.md >"$tmp/wolkvox-pull.sh"
run_ok "the README has the puller script" grep -q 'wabill_load_wolkvox' "$tmp/wolkvox-pull.sh"

mkdir -p "$tmp/bin" "$tmp/state"
ln -s "$PWD/test/sources/fake_curl.py" "$tmp/bin/curl"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null 2>&1
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION wabill" >/dev/null

pull() {	# pull LOG FROM TO
	local log=$1
	shift
	env PATH="$tmp/bin:$PATH" PGDATABASE=$db WOLKVOX_HOST=wolkvox.invalid WOLKVOX_TOKEN=test-token \
		ROW_LIMIT=3 FAKE_WOLKVOX_DATA="$PWD/test/data/wolkvox" FAKE_WOLKVOX_STATE="$tmp/state" \
		bash "$tmp/wolkvox-pull.sh" "$@" >"$log" 2>&1
}
sql() { psql -X -q -At -d "$db" -c "$1"; }

run_ok "it pulls 2026-10-01 to 2026-10-04" pull "$tmp/run1.log" 2026-10-01 2026-10-04
run_ok "all seven recorded records are loaded" [ "$(sql "SELECT count(*) FROM wabill_interactions")" = 7 ]
run_ok "dates read in America/Bogota" \
	[ "$(sql "SELECT date AT TIME ZONE 'UTC' FROM wabill_interactions WHERE conn_id = 'W-1004'")" = "2026-10-02 04:59:59" ]
run_ok "a failed call was retried" grep -q 'failed (try 1 of 5)' "$tmp/run1.log"
# Day 1 has 4 records, over the limit of 3: 00:00-24:00, then 00:00-12:00
# (3 records: split again) and 12:00-24:00, then 00:00-06:00 and 06:00-12:00
# (3 again), then 06:00-09:00 and 09:00-12:00.  The calls' windows, by hand:
run_ok "windows that hit the row limit are halved until they do not" diff - \
	<(grep ' 20261001' "$tmp/state/calls.log" | awk '{ print $2, $3 }' | sort -u) <<'EXPECTED'
20261001000000 20261001055959
20261001000000 20261001115959
20261001000000 20261001235959
20261001060000 20261001085959
20261001060000 20261001115959
20261001090000 20261001115959
20261001120000 20261001235959
EXPECTED
run_ok "one day per call otherwise" grep -q '^chat_10 20261003000000 20261003235959$' "$tmp/state/calls.log"

run_ok "running it again succeeds" pull "$tmp/run2.log" 2026-10-01 2026-10-04
run_ok "and loads nothing new" [ "$(grep -c ', 0 new$' "$tmp/run2.log")" = "$(grep -c 'new$' "$tmp/run2.log")" ]

refused() { ! "$@" >/dev/null 2>&1; }
export FAKE_WOLKVOX_TOKEN_ERROR=1
run_ok "a token error stops the script" refused pull "$tmp/run3.log" 2026-10-05 2026-10-06
unset FAKE_WOLKVOX_TOKEN_ERROR
run_ok "with wolkvox's message" grep -q 'wolkvox answered code 403: PLEASE VALIDATE TOKEN' "$tmp/run3.log"
run_ok "and is not retried" [ "$(grep -c 'failed (try' "$tmp/run3.log")" = 0 ]
run_ok "WINDOW_DAYS is bounded by wolkvox's 31 days" \
	refused env WINDOW_DAYS=32 WOLKVOX_HOST=x WOLKVOX_TOKEN=y bash "$tmp/wolkvox-pull.sh" 2026-10-01 2026-11-01
tap_done
