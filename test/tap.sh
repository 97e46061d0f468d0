# shellcheck shell=bash
# The one TAP producer of the shell suites (make test runs every suite with
# prove).  Source it, report with the functions below, end with tap_done.
#
#   pass DESCRIPTION                 a test that passed
#   fail DESCRIPTION [DIAG...]       a test that failed, with diagnostics
#   ok STATUS DESCRIPTION            passes when STATUS (an exit status) is 0
#   is GOT EXPECTED DESCRIPTION      passes when the two strings are equal
#   same_file A B DESCRIPTION        passes when the files are identical
#   run_ok DESCRIPTION COMMAND...    passes when COMMAND succeeds; its output
#                                    (the end of it) is the diagnostics
#   skip DESCRIPTION REASON          a test that could not run here
#   diag LINE...                     comments (# ...)
#   tap_stream [PREFIX] < <(COMMAND) copies another TAP producer's output
#                                    (pgTAP, a C test) into this one; not in
#                                    a pipe, whose subshell would not count
#   bail_out REASON                  stops the whole run: nothing can be tested
#   tap_done                         prints the plan; returns 1 after a
#                                    failure (a script's last command)

tap_tests=0
tap_failures=0

pass() {
	tap_tests=$((tap_tests + 1))
	printf 'ok %d - %s\n' "$tap_tests" "$1"
}

fail() {
	tap_tests=$((tap_tests + 1))
	tap_failures=$((tap_failures + 1))
	printf 'not ok %d - %s\n' "$tap_tests" "$1"
	shift
	[ $# -eq 0 ] || diag "$@"
}

ok() {
	if [ "$1" = 0 ]; then
		pass "$2"
	else
		fail "$2"
	fi
}

diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

is() {
	if [ "$1" = "$2" ]; then
		pass "$3"
	else
		fail "$3" "     got: $1" "expected: $2"
	fi
}

same_file() {
	if cmp -s "$1" "$2"; then
		pass "$3"
	else
		fail "$3"
		diff -u "$1" "$2" | head -20 | sed 's/^/# /'
	fi
}

run_ok() {
	local description=$1 out
	shift
	if out=$("$@" 2>&1); then
		pass "$description"
	else
		fail "$description" "$(printf '%s\n' "$out" | tail -20)"
	fi
}

skip() {
	tap_tests=$((tap_tests + 1))
	printf 'ok %d - %s # SKIP %s\n' "$tap_tests" "$1" "$2"
}

bail_out() {
	printf 'Bail out! %s\n' "$1"
	exit 255
}

# Another producer's test lines, renumbered into this stream (its plan is
# dropped: tap_done counts them); PREFIX goes before each description.  A
# stream that ends without its plan, or with fewer tests than it planned,
# counts as one more failure.
tap_stream() {
	local prefix=${1:+$1: } line planned=-1 seen=0 re_ok='^(not )?ok( [0-9]+)?( - |[ ]?)(.*)$'
	while IFS= read -r line; do
		if [[ $line =~ ^1\.\.([0-9]+) ]]; then
			planned=${BASH_REMATCH[1]}
		elif [[ $line =~ $re_ok ]]; then
			seen=$((seen + 1))
			tap_tests=$((tap_tests + 1))
			if [ -n "${BASH_REMATCH[1]}" ] && [[ ${BASH_REMATCH[4]} != *'# TODO'* ]]; then
				tap_failures=$((tap_failures + 1))
				printf 'not ok %d - %s%s\n' "$tap_tests" "$prefix" "${BASH_REMATCH[4]}"
			else
				printf 'ok %d - %s%s\n' "$tap_tests" "$prefix" "${BASH_REMATCH[4]}"
			fi
		elif [[ $line =~ ^# ]]; then
			printf '%s\n' "$line"
		elif [ -n "$line" ]; then
			printf '# %s\n' "$line"
		fi
	done
	if [ "$planned" -lt 0 ]; then
		fail "${prefix}ended without a plan after $seen tests"
	elif [ "$seen" -ne "$planned" ]; then
		fail "${prefix}ran $seen of $planned planned tests"
	fi
}

tap_done() {
	printf '1..%d\n' "$tap_tests"
	[ "$tap_failures" -eq 0 ]
}
