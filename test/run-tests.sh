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

# Counts a pg_regress run from its closing line, and shows regression.diffs.
tally_regress() {	# tally_regress SUITE FILE EXIT_STATUS
	local n bad total
	if grep -qE 'All [0-9]+ tests passed' "$2"; then
		n=$(grep -oE 'All [0-9]+ tests passed' "$2" | grep -oE '[0-9]+')
		tally "$1" "$n" 0
	else
		read -r bad total < <(grep -oE '[0-9]+ of [0-9]+ tests failed' "$2" | awk '{print $1, $3}')
		bad=${bad:-1}
		total=${total:-$bad}
		tally "$1" $((total - bad)) "$bad"
		[ -f regression.diffs ] && { say "regression.diffs:"; cat regression.diffs; }
	fi
	[ "$3" -ne 0 ] && ! grep -q 'tests failed' "$2" && tally "$1 (did not run)" 0 1
}

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

# Runs one suite with its output in a file, shows the output (all of it, or
# with SHOW=failures only what is not an "ok" line), and counts it.
suites=0
run_suite() {	# run_suite SUITE COUNTER COMMAND...
	local suite=$1 counter=$2 out status
	shift 2
	suites=$((suites + 1))
	out="$work/suite-$suites.out"
	say "$suite"
	"$@" >"$out" 2>&1
	status=$?
	if [ "${SHOW:-all}" = failures ]; then grep -vE '^ok ' "$out"; else cat "$out"; fi
	"$counter" "$suite" "$out" "$status"
}

run_suite "unit (C core)" tally_tap bash test/unit/run.sh
run_suite "generated tables" tally_tap bash test/generated-current.sh
run_suite "make dist" tally_tap bash test/dist.sh

say "starting a throwaway cluster in $work"
cluster_start "$work"

run_suite "pg_regress" tally_regress make -s PG_CONFIG="$(pg_config_path)" installcheck
run_suite "pgTAP (pg_prove)" tally_prove env WABILL_REQUIRE_CRON=1 bash test/prove.sh
run_suite "pg_dump round trip (pgTAP)" tally_prove bash test/dump-roundtrip.sh
run_suite "update from older versions (pgTAP)" tally_prove bash test/upgrade/run.sh
run_suite "server encodings" tally_tap bash test/encoding/run.sh
SHOW=failures run_suite "libphonenumber cross-check" tally_tap \
	bash test/oracle/crosscheck.sh test/data/phone_regions.tsv

echo
cat "$work/summary"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
