#!/usr/bin/env bash
# make memcheck: the regression suites against a throwaway cluster whose
# server runs under Valgrind's Memcheck (test/memcheck/README.md).
#
# Installs what is missing (valgrind too), builds and installs wabill as make
# test does, starts a cluster, restarts its postmaster under valgrind (every
# backend it forks stays under valgrind), runs the pg_regress suite, the
# pgTAP suite and the pg_dump round trip, stops the server and reads
# valgrind's logs.  Fails when a suite fails or when valgrind reports an
# error with the extension's code on its stack; other reports (PostgreSQL's
# own, not suppressed by test/memcheck/postgresql.supp) are listed, not
# counted.  MEMCHECK_SUITES (default "regress prove dump", or some of
# "regress prove dump upgrade") picks suites, run by one prove as make test;
# MEMCHECK_KEEP=1 keeps the cluster folder and the logs.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
. test/lib.sh

WABILL_PACKAGES+=(valgrind)
bootstrap
command -v valgrind >/dev/null 2>&1 || die "valgrind is not installed"

root=$(pwd -P)
suites=${MEMCHECK_SUITES:-regress prove dump}
work=$(mktemp -d -t wabill-memcheck.XXXXXX)
logs=$work/valgrind
# shellcheck disable=SC2317  # called by the trap
finish() {
	cluster_stop "$work"
	if [ "${MEMCHECK_KEEP:-0}" = 1 ]; then
		say "kept $work"
	else
		rm -rf "$work"
	fi
}
trap finish EXIT
trap 'exit 130' INT TERM
start=$SECONDS

say "starting a throwaway cluster in $work"
cluster_start "$work" wabill_tap "${TEST_CLUSTER_SETTINGS[@]}"
cluster_stop "$work"

# The postmaster, through a wrapper that pg_ctl runs instead of postgres.
mkdir -p "$logs"
[ "$(id -u)" -eq 0 ] && chown "$(server_user)": "$logs"
cp test/memcheck/postgresql.supp "$work/postgresql.supp"
chmod 644 "$work/postgresql.supp"
cat >"$work/postgres-under-valgrind" <<WRAPPER
#!/bin/sh
exec valgrind --tool=memcheck --trace-children=yes --leak-check=no \\
	--track-origins=yes --num-callers=40 --fullpath-after= \\
	--suppressions="$work/postgresql.supp" \\
	--log-file="$logs/%p.log" \\
	"$(pg_bindir)/postgres" "\$@"
WRAPPER
chmod 755 "$work/postgres-under-valgrind"
# No JIT: valgrind would spend its time on LLVM, not on wabill.  Lock waits
# and the process type in the server log: should a suite ever wait on
# another process again, the log names it.
cat >>"$work/data/postgresql.conf" <<CONF
jit = off
log_lock_waits = on
log_line_prefix = '%m [%p] %b '
CONF

say "restarting the server under valgrind"
run_as_server_user "$(pg_bindir)/pg_ctl" -D "$work/data" -p "$work/postgres-under-valgrind" \
	-l "$work/server.log" -w -t 600 start >/dev/null \
	|| { cat "$work/server.log" >&2; die "the server did not start under valgrind"; }
psql -X -q -d postgres -c "SELECT 1" >/dev/null || die "the server does not answer"

tap_database wabill_tap
mkdir -p "$work/tmp"
chmod 777 "$work/tmp"
files=()
for suite in $suites; do
	case $suite in
		regress) files+=(test/regress.sh) ;;
		prove) files+=(test/pgtap/*.sql) ;;
		dump) files+=(test/dump-roundtrip.sh) ;;
		upgrade) files+=(test/upgrade/run.sh) ;;
		*) die "unknown suite in MEMCHECK_SUITES: $suite" ;;
	esac
done
say "the suites under valgrind: $suites"
failed=0
WABILL_TEST_TMP=$work/tmp run_prove wabill_tap "${files[@]}" || failed=1

say "stopping the server"
cluster_stop "$work"

# Valgrind's logs: one per process.  Errors are blocks of "==PID== " lines
# that start with the error's description and end with an empty one.
nlogs=$(find "$logs" -name '*.log' | wc -l)
perl -e '
	my ($root) = shift;
	my ($ours, $theirs, %kinds, @report) = (0, 0);
	for my $file (@ARGV) {
		open(my $fh, "<", $file) or die "$file: $!";
		my @block;
		my $flush = sub {
			return unless @block;
			my $text = join("", @block);
			@block = ();
			# Only error reports: the header and the summary are not errors.
			return unless $text =~ /^==\d+== (Invalid|Conditional jump|Use of uninitialised|Syscall param|Source and destination|Mismatched|Argument|Jump to the invalid|Process terminating)/;
			my ($kind) = $text =~ /^==\d+== ([^\n]*)/;
			$kind =~ s/ 0x[0-9A-Fa-f]+//g;
			$kind =~ s/\d+ bytes/N bytes/g;
			if ($text =~ /(wabill\.so|\Q$root\E\/src\/|: (wabill|wb)_\w+ \()/) {
				$ours++;
				push @report, "$file:\n$text";
			} else {
				$theirs++;
				$kinds{$kind}++;
			}
		};
		while (my $line = <$fh>) {
			if ($line =~ /^==\d+== ?$/) { $flush->(); next; }
			push @block, $line if $line =~ /^==\d+== /;
		}
		$flush->();
	}
	print @report;
	printf "valgrind: %d error(s) in wabill, %d elsewhere (not counted)\n", $ours, $theirs;
	printf "  elsewhere: %dx %s\n", $kinds{$_}, $_ for sort keys %kinds;
	exit($ours ? 1 : 0);
' "$root" "$logs"/*.log >"$work/verdict" 2>&1
status=$?
cat "$work/verdict"

elapsed=$((SECONDS - start))
echo
echo "memcheck: $nlogs processes ran under valgrind, suites: $suites, $elapsed s"
if [ "$status" -ne 0 ]; then
	say "memcheck FAILED: valgrind reported errors in wabill's code (above)"
	failed=1
fi
if [ "$nlogs" -lt 3 ]; then
	say "memcheck FAILED: too few valgrind logs; did the server run under valgrind?"
	failed=1
fi
[ "$failed" -eq 0 ] && echo "memcheck: clean"
exit "$failed"
