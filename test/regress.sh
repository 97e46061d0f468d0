#!/usr/bin/env bash
# The pg_regress suite (make installcheck: test/sql, test/expected) against
# the running server, reported as TAP: one test per pg_regress test, with
# regression.diffs as diagnostics when one fails.
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh
. test/tap.sh

out=$(mktemp)
trap 'rm -f "$out"' EXIT
rm -f regression.diffs
make -s PG_CONFIG="$(pg_config_path)" installcheck >"$out" 2>&1
status=$?
# PostgreSQL 15's pg_regress: "test NAME ... ok 26 ms" (or "FAILED").
re='^(test| ) *([[:alnum:]_]+) +\.\.\. +(ok|FAILED|failed \(ignored\))'
while IFS= read -r line; do
	[[ $line =~ $re ]] || continue
	case ${BASH_REMATCH[3]} in
		ok) pass "pg_regress ${BASH_REMATCH[2]}" ;;
		FAILED) fail "pg_regress ${BASH_REMATCH[2]}" ;;
		*) skip "pg_regress ${BASH_REMATCH[2]}" "failure ignored" ;;
	esac
done <"$out"
if [ "$status" -ne 0 ]; then
	[ "$tap_failures" -gt 0 ] || fail "pg_regress exited $status" "$(cat "$out")"
	[ -f regression.diffs ] && diag "$(cat regression.diffs)"
fi
tap_done
