#!/usr/bin/env bash
# make test: install what is missing, build and install wabill, then run every
# suite against a throwaway cluster that is removed afterwards.  The last line
# is "N passed, N failed", counting test cases of all suites together.
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

bootstrap

work=$(mktemp -d "${TMPDIR:-/tmp}/wabill-test.XXXXXX")
trap 'cluster_remove "$work"' EXIT

passed=0
failed=0
tally() {	# tally SUITE PASSED FAILED
	passed=$((passed + $2))
	failed=$((failed + $3))
	printf '%-28s %5d passed, %d failed\n' "$1" "$2" "$3" >>"$work/summary"
}

# Counts "ok" / "not ok" lines of TAP output in a file.
tally_tap() {	# tally_tap SUITE FILE EXIT_STATUS
	local ok notok
	ok=$(grep -cE '^ok ' "$2")
	notok=$(grep -cE '^not ok ' "$2")
	# A suite that died before reporting must not pass silently.
	if [ "$3" -ne 0 ] && [ "$notok" -eq 0 ]; then notok=1; fi
	tally "$1" "$ok" "$notok"
}

say "unit tests of the plain-C core"
bash test/unit/run.sh >"$work/unit.tap" 2>&1
status=$?
cat "$work/unit.tap"
tally_tap "unit (C core)" "$work/unit.tap" "$status"

say "generated tables against their sources"
bash test/generated-current.sh >"$work/generated.tap" 2>&1
status=$?
cat "$work/generated.tap"
tally_tap "generated tables" "$work/generated.tap" "$status"

say "starting a throwaway cluster in $work"
cluster_start "$work"

say "pg_regress suite"
make -s PG_CONFIG="$(pg_config_path)" installcheck >"$work/regress.out" 2>&1
status=$?
cat "$work/regress.out"
if grep -qE 'All [0-9]+ tests passed' "$work/regress.out"; then
	n=$(grep -oE 'All [0-9]+ tests passed' "$work/regress.out" | grep -oE '[0-9]+')
	tally "pg_regress" "$n" 0
else
	read -r bad total < <(grep -oE '[0-9]+ of [0-9]+ tests failed' "$work/regress.out" \
		| awk '{print $1, $3}')
	bad=${bad:-1}
	total=${total:-$bad}
	tally "pg_regress" $((total - bad)) "$bad"
	[ -f regression.diffs ] && { say "regression.diffs:"; cat regression.diffs; }
fi
[ "$status" -ne 0 ] && ! grep -q 'tests failed' "$work/regress.out" && tally "pg_regress (did not run)" 0 1

# Counts assertions of pg_prove output: Tests=N less the failed subtests.
tally_prove() {	# tally_prove SUITE FILE EXIT_STATUS
	local p f
	read -r p f < <(perl -ne '
		$t = $1 if /^Files=\d+, Tests=(\d+)/;
		$f += $1 if /Failed (\d+)\/\d+ subtests/;
		END { printf "%d %d\n", ($t // 0) - ($f // 0), $f // 0 }' "$2")
	[ "$3" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	tally "$1" "$p" "$f"
}

say "pgTAP suite"
WABILL_REQUIRE_CRON=1 bash test/prove.sh >"$work/prove.out" 2>&1
status=$?
cat "$work/prove.out"
tally_prove "pgTAP (pg_prove)" "$work/prove.out" "$status"

say "pg_dump round trip"
bash test/dump-roundtrip.sh >"$work/dump.out" 2>&1
status=$?
cat "$work/dump.out"
tally_prove "pg_dump round trip (pgTAP)" "$work/dump.out" "$status"

say "cross-check against Debian's libphonenumber"
bash test/oracle/crosscheck.sh test/data/phone_regions.tsv >"$work/crosscheck.tap" 2>&1
status=$?
grep -vE '^ok ' "$work/crosscheck.tap"
tally_tap "libphonenumber cross-check" "$work/crosscheck.tap" "$status"

echo
cat "$work/summary"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
