#!/usr/bin/env bash
# make fuzz: runs the core's libFuzzer harness (FUZZ_BIN, built by make).
#
# 1. Replays every seed at its full length (libFuzzer truncates seeds longer
#    than -max_len when it fuzzes): those of test/fuzz/corpus, and one per
#    malformed session ID of test/data/malformed_session_ids.tsv (the
#    catalogue the other suites share).
# 2. Fuzzes for FUZZ_SECONDS on a copy of the seeds in a temporary folder,
#    which is removed afterwards: the committed corpus never grows.
#
# Prints progress once a minute and a summary at the end.  Exits non-zero on
# any finding (crash, sanitizer report, broken invariant, leak, timeout or
# out-of-memory); the input that caused it is kept under
# test/fuzz/bin/findings-*/.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
. test/lib.sh

bin=${FUZZ_BIN:-test/fuzz/bin/fuzz_core}
seconds=${FUZZ_SECONDS:-600}
max_len=${FUZZ_MAX_LEN:-4096}
committed_seeds=test/fuzz/corpus
catalogue=test/data/malformed_session_ids.tsv
dict=test/fuzz/wabill.dict

[ -x "$bin" ] || die "$bin is not built: run make fuzz"
[[ $seconds =~ ^[0-9]+$ ]] || die "FUZZ_SECONDS must be a number of seconds"
[[ $max_len =~ ^[0-9]+$ ]] || die "FUZZ_MAX_LEN must be a number of bytes"

work=$(mktemp -d -t wabill-fuzz.XXXXXX)
findings=test/fuzz/bin/findings-$(date +%Y%m%d-%H%M%S)
mkdir -p "$findings"
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -rf "$work"
	rmdir "$findings" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The lines of a libFuzzer log that explain a finding: the report, the
# stack frames in the project's code, the input.
explain() {
	grep -aE 'invariant violated|^input \(|^==[0-9]+==ERROR|^(READ|WRITE) of size|runtime error:|^SUMMARY:|ERROR: libFuzzer|^ +#[0-9]+ 0x.*(src/core|test/fuzz)/' "$1" \
		| head -40
}

finding() {	# finding LOG
	local artifact
	explain "$1" >&2
	cp "$1" "$findings/fuzz.log"
	artifact=$(grep -aoE 'Test unit written to .*' "$1" | tail -1 | sed 's/^Test unit written to //')
	# A seed that fails when replayed is its own reproducer.
	[ -z "$artifact" ] && artifact=$(grep -aoE '^Running: .*' "$1" | tail -1 | sed 's/^Running: //')
	echo >&2
	say "FINDING: see above; full log kept in $findings/fuzz.log"
	if [ -n "$artifact" ]; then
		say "input:     $artifact"
		say "reproduce: $bin $artifact"
		say "minimise:  $bin -minimize_crash=1 -max_total_time=60 -exact_artifact_path=$findings/minimized $artifact"
		say "then keep the minimised input under $committed_seeds/ as a regression seed"
	fi
}

# The seeds: the committed ones, and the catalogue's session IDs (their
# escapes, \xHH and \\, are printf's too).
seeds=$work/seeds
cp -R "$committed_seeds" "$seeds"
tail -n +2 "$catalogue" | while IFS= read -r line; do
	label=${line%%$'\t'*}
	id=${line#*$'\t'}
	id=${id%%$'\t'*}
	printf '%b' "$id" >"$seeds/session_malformed_$label"
done
nseeds=$(find "$seeds" -type f | wc -l)
say "replaying $nseeds seeds ($committed_seeds and $catalogue) at full length"
find "$seeds" -type f -print0 | sort -z \
	| xargs -0 "$bin" -artifact_prefix="$findings/" >"$work/replay.log" 2>&1
status=$?
if [ "$status" -ne 0 ]; then
	finding "$work/replay.log"
	exit 1
fi

cp -R "$seeds" "$work/corpus"
say "fuzzing for $seconds s (-max_len=$max_len) on a copy of the seeds"
start=$SECONDS
"$bin" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
	-use_value_profile=1 -dict="$dict" -artifact_prefix="$findings/" \
	-print_final_stats=1 "$work/corpus" >"$work/fuzz.log" 2>&1 &
pid=$!

status_line() {
	grep -aE '^#[0-9]+[[:space:]]+(INITED|NEW|REDUCE|pulse|DONE)' "$work/fuzz.log" | tail -1 \
		| sed -E 's/^#([0-9]+)[[:space:]]+[A-Z]+[[:space:]]+/\1 runs, /; s/ MS: .*//; s/ L: [^ ]+//'
}

next=60
while kill -0 "$pid" 2>/dev/null; do
	sleep 1
	if [ $((SECONDS - start)) -ge "$next" ] && kill -0 "$pid" 2>/dev/null; then
		say "$((SECONDS - start)) s: $(status_line)"
		next=$((next + 60))
	fi
done
wait "$pid"
status=$?
pid=
elapsed=$((SECONDS - start))

artifacts=$(find "$findings" -type f | wc -l)
if [ "$status" -ne 0 ] || [ "$artifacts" -ne 0 ]; then
	finding "$work/fuzz.log"
	say "fuzz: FAILED after $elapsed s (libFuzzer exit status $status); last status: $(status_line)"
	exit 1
fi

# The summary: runs, speed, coverage, corpus.
final_stat() { grep -aE "^stat::$1:" "$work/fuzz.log" | awk '{print $2}'; }
runs=$(final_stat number_of_executed_units)
per_sec=$(final_stat average_exec_per_sec)
new_units=$(final_stat new_units_added)
rss=$(final_stat peak_rss_mb)
last=$(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$work/fuzz.log" | tail -1)
cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
corp=$(sed -nE 's/.* corp: ([^ ]+).*/\1/p' <<<"$last")
total_pcs=$(sed -nE 's/.*Loaded 1 PC tables \(([0-9]+) PCs\).*/\1/p' "$work/fuzz.log" | head -1)

# Source coverage of src/core by the final corpus, with llvm-cov when the
# compiler has it: replays the corpus through a coverage build.
core_coverage() {
	local suffix profdata cov_tool
	suffix=$(basename "$cc")
	suffix=${suffix#clang}
	profdata=llvm-profdata$suffix
	cov_tool=llvm-cov$suffix
	command -v "$profdata" >/dev/null 2>&1 && command -v "$cov_tool" >/dev/null 2>&1 || return 1
	# shellcheck disable=SC2086
	"$cc" -g -O0 -fsanitize=fuzzer -fprofile-instr-generate -fcoverage-mapping -std=c99 \
		-Isrc/core -o "$work/fuzz_core_cov" test/fuzz/fuzz_core.c $core_srcs 2>/dev/null || return 1
	LLVM_PROFILE_FILE=$work/cov.profraw "$work/fuzz_core_cov" -runs=0 "$work/corpus" >/dev/null 2>&1 \
		|| return 1
	"$profdata" merge -o "$work/cov.profdata" "$work/cov.profraw" || return 1
	# shellcheck disable=SC2086
	"$cov_tool" report "$work/fuzz_core_cov" -instr-profile="$work/cov.profdata" $core_srcs \
		| awk '$1 == "TOTAL" {printf "%s of lines, %s of branches, %s of functions", $10, $13, $7}'
}
cc=${FUZZ_CC:-clang-14}
core_srcs=$(find src/core -name '*.c' | sort | tr '\n' ' ')
core=$(core_coverage) || core="(no llvm-cov for $cc)"

echo
echo "fuzz summary"
echo "  time:       $elapsed s fuzzing (FUZZ_SECONDS=$seconds), after replaying $nseeds seeds"
echo "  runs:       $runs ($per_sec exec/s)"
echo "  coverage:   cov $cov of ${total_pcs:-?} instrumented edges (harness and sanitizer checks included), ft $ft features"
echo "  src/core:   $core covered by the final corpus (llvm-cov)"
echo "  corpus:     $nseeds seeds -> $corp inputs (new: $new_units; the copy is discarded)"
echo "  peak RSS:   $rss MB"
echo "  findings:   none"
