#!/usr/bin/env bash
# make bench: wabill's performance benchmark (issue 5).  Installs what is
# missing and builds like make test, starts a throwaway cluster, generates
# WABILL_BENCH_ROWS interactions (default 5 000 000), measures the seven
# targets and writes BENCHMARKS.md.  Exits non-zero when a target is missed.
# Further parts (bench/parts/*.sh) add their own targets and sections: see
# "Further parts" below.
#
# Every target is a ratio of two things timed in this run: they alternate,
# and the ratio is the median of the per-round ratios over WABILL_BENCH_REPS
# rounds (default 9, at least 5).  Serial SQL is
# compared on the backend's CPU time (/proc/self/schedstat, read through
# pg_read_file), which other work on a shared machine disturbs much less than
# the wall clock; the wall clock is shown beside it, and is what target 5
# (latency) and target 6 (parallel speed-up) use.
#
# Environment: WABILL_BENCH_ROWS, WABILL_BENCH_REPS, WABILL_BENCH_OUT (the
# report, default BENCHMARKS.md), PG_CONFIG, CC, CXX.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

rows=${WABILL_BENCH_ROWS:-5000000}
reps=${WABILL_BENCH_REPS:-9}
out=${WABILL_BENCH_OUT:-BENCHMARKS.md}
cc=${CC:-cc}
cxx=${CXX:-g++}
if ! [[ $rows =~ ^[0-9]+$ ]] || [ "$rows" -lt 10000 ]; then
	die "WABILL_BENCH_ROWS must be a whole number, at least 10000"
fi
if ! [[ $reps =~ ^[0-9]+$ ]] || [ "$reps" -lt 5 ]; then
	die "WABILL_BENCH_REPS must be a whole number, at least 5"
fi

started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

bootstrap

work=$(mktemp -d -t wabill-bench.XXXXXX)
trap 'cluster_remove "$work"' EXIT
trap 'exit 130' INT TERM

samples=$work/samples.tsv	# label, wall, cpu (ms for queries; millions per second for target 1)
: >"$samples"
rows_md=()			# lines of the targets table
failures=0

# judge OK: sets V to PASS or FAIL, counting failures (not in a subshell)
judge() {
	if [ "$1" = 1 ]; then
		V=PASS
	else
		V=FAIL
		failures=$((failures + 1))
	fi
}

# median_of: the median of the numbers on standard input
median_of() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# median LABEL COLUMN (2: wall, 3: CPU) of the samples
median() {
	awk -F'\t' -v l="$1" -v c="$2" '$1 == l { print $c }' "$samples" | median_of
}
# pair_ratio LABEL_A LABEL_B COLUMN: the median, over the rounds, of A / B
# within each round (A and B ran one after the other), which cancels the
# slower changes of a shared machine's load
pair_ratio() {
	awk -F'\t' -v a="$1" -v b="$2" -v c="$3" '$1 == a { x[++na] = $c } $1 == b { y[++nb] = $c }
		END { for (i = 1; i <= na && i <= nb; i++) if (y[i] > 0) print x[i] / y[i] }' "$samples" | median_of
}

# calc EXPRESSION: floating-point arithmetic and comparisons (1/0) in awk
calc() { awk "BEGIN { print ($1) }"; }
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }

###########################################################################
say "target 1: phone -> country in plain C, and Debian's libphonenumber"
###########################################################################
mkdir -p "$work/bin"
# the fixture's valid numbers, drawn with the phone mix of bench/mix.tsv
awk -v count=100000 -v seed=20260101 -f bench/draw_phone_numbers.awk \
	bench/mix.tsv test/data/phone_regions.tsv >"$work/pool.tsv" || die "draw_phone_numbers.awk failed"
# session IDs of those numbers, for the informational session figure
awk -F'\t' 'BEGIN {
	n = split("Acme Ventas S.A.S.|Acme Cobranzas|Telco Sur Soporte Técnico|Retail MX Pedidos", ops, "|")
	split("wa-acme-ventas|wa-acme-cobranzas|wa-telcosur-soporte|wa-retailmx-pedidos", con, "|")
} { k = NR % n + 1; print $1 "." ops[k] "." con[k] }' "$work/pool.tsv" >"$work/sessions.txt"

# shellcheck disable=SC2046
"$cc" -std=c99 -O2 -Wall -Wextra -Isrc/core -o "$work/bin/core_bench" bench/core_bench.c \
	$(core_srcs) || die "cannot build bench/core_bench.c"
lib_ok=1
"$cxx" -O2 -o "$work/bin/libphonenumber_bench" bench/libphonenumber_bench.cc -lphonenumber \
	2>"$work/libphonenumber_build.log" \
	|| "$cxx" -O2 -o "$work/bin/libphonenumber_bench" bench/libphonenumber_bench.cc \
		-lphonenumber -lprotobuf 2>>"$work/libphonenumber_build.log" \
	|| { lib_ok=0; cat "$work/libphonenumber_build.log" >&2; say "cannot build the libphonenumber side"; }

# rate LABEL: reads "lookups wall cpu checksum", records numbers per second
rate() {
	awk -v l="$1" -v OFS='\t' '{ print l, $1 / $2 / 1e6, $1 / $3 / 1e6 }' >>"$samples"
}
core_passes=100
for ((r = 1; r <= reps; r++)); do
	"$work/bin/core_bench" "$work/pool.tsv" "$core_passes" | rate t1_core
	if [ "$lib_ok" = 1 ]; then
		"$work/bin/libphonenumber_bench" "$work/pool.tsv" 1 | rate t1_libphonenumber
	fi
	"$work/bin/core_bench" --sessions "$work/sessions.txt" 20 | rate t1_core_sessions
done
"$work/bin/core_bench" --regions "$work/pool.tsv" >"$work/regions_wabill.tsv"
if [ "$lib_ok" = 1 ]; then
	"$work/bin/libphonenumber_bench" --regions "$work/pool.tsv" >"$work/regions_lib.tsv"
	# all, distinct, where libphonenumber gives a region; then what differs
	agreement=$(paste "$work/regions_wabill.tsv" "$work/regions_lib.tsv" | awk -F'\t' '
		{ n++; same = ($2 == $4); a += same
		  if (!($1 in seen)) { seen[$1] = 1; d++; da += same }
		  if ($4 != "") { l++; la += same }
		  if (!same) diff[$2 " / " ($4 == "" ? "none" : $4)]++ }
		END {
			printf "%d %d %.3f %d %d %.3f %d %d %.3f\n", a, n, 100 * a / n, da, d, 100 * da / d, la, l, (l ? 100 * la / l : 100)
			for (k in diff) printf "%s: %d\n", k, diff[k] > "/dev/stderr"
		}' 2>"$work/agreement_diffs.txt")
else
	agreement="0 0 0 0 0 0 0 0 0"
fi

core_rate=$(median t1_core 3)
core_wall_rate=$(median t1_core 2)
lib_rate=$(median t1_libphonenumber 3)
session_rate=$(median t1_core_sessions 3)
judge "$(calc "$core_rate >= 20")"
rows_md+=("| 1a | phone → country in plain C, one core | $(fmt "$core_rate" '%.1f') M numbers/s (CPU time; $(fmt "$core_wall_rate" '%.1f') M/s by the wall clock) | ≥ 20 M/s | $V |")
if [ "$lib_ok" = 1 ]; then
	t1_ratio=$(pair_ratio t1_core t1_libphonenumber 3)
	judge "$(calc "$t1_ratio >= 50")"
	rows_md+=("| 1b | the same numbers through libphonenumber (C++ \`Parse\` + \`GetRegionCodeForNumber\`) | $(fmt "$lib_rate" '%.3f') M numbers/s: wabill is **$(fmt "$t1_ratio" '%.0f')×** faster | ≥ 50× | $V |")
else
	judge 0
	rows_md+=("| 1b | libphonenumber comparison | could not build against libphonenumber | ≥ 50× | $V |")
fi

###########################################################################
say "starting a throwaway cluster in $work"
###########################################################################
cluster_start "$work"
# Enough shared buffers to hold the data: the queries are timed on a warm
# cache, so that they measure the executor and the functions, not the disk.
mem_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
shared_mb=$((mem_kb / 4 / 1024))
[ "$shared_mb" -gt 4096 ] && shared_mb=4096
[ "$shared_mb" -lt 128 ] && shared_mb=128
psql -X -q -d postgres -v ON_ERROR_STOP=1 \
	-c "ALTER SYSTEM SET shared_buffers = '${shared_mb}MB'" \
	-c "ALTER SYSTEM SET jit = off" >/dev/null
run_as_server_user "$(pg_bindir)/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 restart >/dev/null \
	|| { cat "$work/server.log" >&2; die "the server did not restart"; }

psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE wabill_bench" \
	-c "ALTER DATABASE wabill_bench SET TimeZone = 'America/Bogota'"
export PGDATABASE=wabill_bench
pg_version=$(psql -X -At -c "SELECT version()")
psql -X -q -v ON_ERROR_STOP=1 \
	-c "CREATE EXTENSION wabill" \
	-c "CREATE EXTENSION pg_prewarm" \
	-c "CREATE TABLE bench_pool (i serial PRIMARY KEY, number text NOT NULL, region text)" \
	-c "CREATE TABLE bench_fixture (number text, source text, region text)"
wabill_version=$(psql -X -At -c "SELECT extversion FROM pg_extension WHERE extname = 'wabill'")
psql -X -q -v ON_ERROR_STOP=1 -c "COPY bench_pool (number, region) FROM STDIN" <"$work/pool.tsv"
tail -n +2 test/data/phone_regions.tsv | psql -X -q -v ON_ERROR_STOP=1 -c "COPY bench_fixture FROM STDIN"

say "generating $rows interactions"
gen_start=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -f bench/data.sql >/dev/null || die "data generation failed"
psql -X -q -v ON_ERROR_STOP=1 -f bench/handwritten.sql >/dev/null || die "bench/handwritten.sql failed"
gen_seconds=$(($(date +%s) - gen_start))
psql -X -q -v ON_ERROR_STOP=1 -c "SELECT pg_prewarm(c.oid) FROM pg_class c
	WHERE c.relname LIKE 'wabill\_interactions\_%' OR c.relname IN ('wabill_conn_ids', 'wabill_conn_ids_pkey',
		'bench_phones', 'bench_sessions', 'bench_calling_codes', 'bench_calling_codes_pkey')" >/dev/null
data_size=$(psql -X -At -c "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))) FROM pg_partition_tree('wabill_interactions')")
problem_rows=$(psql -X -At -c "SELECT count(*) FROM wabill_interactions WHERE wabill_session_problem(session_id) IS NOT NULL")

# The backend's CPU time in ns, or 0 where the kernel does not tell.
cpu_sql="split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint"
if psql -X -At -c "SELECT $cpu_sql" >/dev/null 2>&1; then
	cost_col=3
	cost_name="CPU time"
else
	cpu_sql="0::bigint"
	cost_col=2
	cost_name="wall-clock time"
fi

# add_query LABEL PRE SQL: PRE runs untimed before each run of SQL
q_labels=()
q_pres=()
q_sqls=()
add_query() {
	q_labels+=("$1")
	q_pres+=("$2")
	q_sqls+=("$3")
}
# run_queries REPS: every query once to warm up, then REPS rounds in which
# the queries alternate; each run's wall time (psql's \timing, the client's
# view, rows received included) and the backend's CPU time go to $samples.
run_queries() {
	local reps=$1 i r
	{
		echo '\set ON_ERROR_STOP 1'
		echo 'SET max_parallel_workers_per_gather = 0;'
		echo '\o /dev/null'
		for i in "${!q_sqls[@]}"; do
			if [ -n "${q_pres[$i]}" ]; then printf '%s;\n' "${q_pres[$i]}"; fi
			printf '%s;\n' "${q_sqls[$i]}"
		done
		for ((r = 1; r <= reps; r++)); do
			for i in "${!q_sqls[@]}"; do
				if [ -n "${q_pres[$i]}" ]; then printf '%s;\n' "${q_pres[$i]}"; fi
				printf 'SELECT %s AS cpu0 \\gset\n' "$cpu_sql"
				printf '\\echo @@ %s\n\\timing on\n%s;\n\\timing off\n' "${q_labels[$i]}" "${q_sqls[$i]}"
				printf 'SELECT (%s - :cpu0) / 1e6 AS cpu1 \\gset\n\\echo @@cpu :cpu1\n' "$cpu_sql"
			done
		done
	} >"$work/run.sql"
	psql -X -q -f "$work/run.sql" >"$work/run.out" || { tail -20 "$work/run.out" >&2; die "a measured query failed"; }
	awk -v OFS='\t' '/^@@cpu / { print label, wall, $2; next } /^@@ / { label = $2; next } /^Time: / { wall = $2 }' \
		"$work/run.out" >>"$samples"
	q_labels=()
	q_pres=()
	q_sqls=()
}

# ratio_row TARGET TEXT LABEL_A LABEL_B LIMIT OP: the row of "A costs OP
# LIMIT times B" (OP: <= or >=) on the cost column
ratio_row() {
	local a b ratio wall_ratio sign
	a=$(median "$3" "$cost_col")
	b=$(median "$4" "$cost_col")
	ratio=$(pair_ratio "$3" "$4" "$cost_col")
	wall_ratio=$(pair_ratio "$3" "$4" 2)
	judge "$(calc "$ratio $6 $5")"
	if [ "$6" = "<=" ]; then sign="≤"; else sign="≥"; fi
	rows_md+=("| $1 | $2 | $(fmt "$a" '%.0f') ms vs $(fmt "$b" '%.0f') ms: **$(fmt "$ratio" '%.2f')×** (by the wall clock: $(fmt "$wall_ratio" '%.2f')×) | $sign $5× | $V |")
}

###########################################################################
say "target 2: a bare per-row call"
###########################################################################
add_query t2_length_phone "" "SELECT count(length(phone)) FROM bench_phones"
add_query t2_phone_country "" "SELECT count(wabill_phone_country(phone)) FROM bench_phones"
add_query t2_length_session "" "SELECT count(length(session_id)) FROM bench_sessions"
add_query t2_session_phone "" "SELECT count(wabill_session_phone(session_id)) FROM bench_sessions"
run_queries "$reps"
ratio_row 2a "\`count(wabill_phone_country(phone))\` against \`count(length(phone))\`, $rows phones, serial" \
	t2_phone_country t2_length_phone 1.25 "<="
ratio_row 2b "\`count(wabill_session_phone(session_id))\` against \`count(length(session_id))\`, $rows session IDs, serial" \
	t2_session_phone t2_length_session 1.25 "<="
# For information: the same with JIT compilation forced on for both (the
# targets are measured with jit = off).
jit_on="SET jit = on; SET jit_above_cost = 0; SET jit_inline_above_cost = 0; SET jit_optimize_above_cost = 0"
add_query t2_length_phone_jit "$jit_on" "SELECT count(length(phone)) FROM bench_phones"
add_query t2_phone_country_jit "$jit_on" "SELECT count(wabill_phone_country(phone)) FROM bench_phones"
run_queries "$reps"
jit_ratio=$(pair_ratio t2_phone_country_jit t2_length_phone_jit "$cost_col")
jit_gain=$(calc "$(median t2_phone_country "$cost_col") / $(median t2_phone_country_jit "$cost_col")")

###########################################################################
say "target 3: a month of the report against copying the stored columns"
###########################################################################
month_from="2026-10-01"
month_to="2026-11-01"
month_rows=$(psql -X -At -c "SELECT count(*) FROM wabill_interactions WHERE date >= '$month_from' AND date < '$month_to'")
t3_report="COPY (SELECT * FROM wabill_report('$month_from', '$month_to')) TO STDOUT"
t3_stored="COPY (SELECT conn_id, session_id, date, template FROM wabill_interactions WHERE date >= '$month_from' AND date < '$month_to' ORDER BY date, conn_id) TO STDOUT"
add_query t3_report "" "$t3_report"
add_query t3_stored "" "$t3_stored"
run_queries "$reps"
ratio_row 3 "a month ($month_rows rows): \`$t3_report\` against copying the stored columns of the same rows" \
	t3_report t3_stored 1.5 "<="
plan_t3_report=$(psql -X -q -At -c "SET max_parallel_workers_per_gather = 0" -c "EXPLAIN (COSTS OFF) SELECT * FROM wabill_report('$month_from', '$month_to')")
plan_t3_stored=$(psql -X -q -At -c "SET max_parallel_workers_per_gather = 0" -c "EXPLAIN (COSTS OFF) SELECT conn_id, session_id, date, template FROM wabill_interactions WHERE date >= '$month_from' AND date < '$month_to' ORDER BY date, conn_id")

###########################################################################
say "targets 4 and 5: one day, wabill against hand-written SQL"
###########################################################################
day_from="2026-10-15"
day_to="2026-10-16"
day_rows=$(psql -X -At -c "SELECT count(*) FROM wabill_interactions WHERE date >= '$day_from' AND date < '$day_to'")
# the hand-written queries, as in their files, on that day
hand_sql() { grep -v '^--' "$1" | sed "s/:'from'/'$day_from'/; s/:'to'/'$day_to'/"; }
hand=$(hand_sql bench/handwritten_report.sql)
hand_indexed=$(hand_sql bench/handwritten_report_indexed.sql)
t4_report="COPY (SELECT * FROM wabill_report('$day_from', '$day_to')) TO STDOUT"
add_query t4_report "" "$t4_report"
add_query t4_handwritten "" "COPY ($hand) TO STDOUT"
add_query t4_handwritten_indexed "" "COPY ($hand_indexed) TO STDOUT"
run_queries "$reps"
ratio_row 4 "one day ($day_rows rows): the longest-prefix join written by hand (below) against \`$t4_report\`" \
	t4_handwritten t4_report 10 ">="
read -r hand_same hand_all < <(psql -X -At -F' ' -c "SELECT count(*) FILTER (WHERE w.destiny IS NOT DISTINCT FROM h.destiny), count(*)
	FROM wabill_report('$day_from', '$day_to') w JOIN ($hand) h USING (conn_id)")
hand_agreement=$(calc "100 * $hand_same / $hand_all")
indexed_ratio=$(pair_ratio t4_handwritten_indexed t4_report "$cost_col")

plan_t5=$(psql -X -q -At -c "SET max_parallel_workers_per_gather = 0" \
	-c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM wabill_report('$day_from', '$day_to')")
day_ms=$(median t4_report 2)
uses_index=0
grep -qE 'Index (Only )?Scan using|Bitmap Index Scan on' <<<"$plan_t5" && uses_index=1
judge "$(calc "$uses_index == 1 && $day_ms < 100")"
rows_md+=("| 5 | one day out of a year ($day_rows of $rows rows), \`$t4_report\` | $(fmt "$day_ms" '%.1f') ms by the wall clock (median), $([ "$uses_index" = 1 ] && echo "through the index on \`(date, conn_id)\`" || echo "**without an index**") (plan below) | milliseconds: under 100 ms, through an index | $V |")

###########################################################################
say "target 6: a year of the view, parallel against serial"
###########################################################################
t6_sql="SELECT destiny, count(*) AS interactions, count(*) FILTER (WHERE template = 'yes') AS templates FROM wabill_billing_report WHERE date >= '2026-01-01' AND date < '2027-01-01' GROUP BY destiny"
add_query t6_serial "SET max_parallel_workers_per_gather = 0" "$t6_sql"
add_query t6_parallel "SET max_parallel_workers_per_gather = 2" "$t6_sql"
run_queries "$reps"
plan_t6=$(psql -X -q -At -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (ANALYZE, COSTS OFF) $t6_sql")
workers=$(grep -oE 'Workers Launched: [0-9]+' <<<"$plan_t6" | head -1 | grep -oE '[0-9]+$' || echo 0)
serial_ms=$(median t6_serial 2)
parallel_ms=$(median t6_parallel 2)
speedup=$(pair_ratio t6_serial t6_parallel 2)
judge "$(calc "$workers >= 1 && $speedup > 1")"
rows_md+=("| 6 | a year of \`wabill_billing_report\` ($rows rows) aggregated by destination, 2 workers against serial | $(fmt "$parallel_ms" '%.0f') ms vs $(fmt "$serial_ms" '%.0f') ms by the wall clock: **$(fmt "$speedup" '%.2f')×** faster, $workers workers launched | parallel workers used, and faster | $V |")

###########################################################################
say "target 7: memory over 10 million rows"
###########################################################################
# mem_run N: every function of the view, and the phone functions, over N
# rows in one query, in a fresh backend whose RssAnon is sampled from here.
# The table is repeated as often as 10 M rows need, whatever N, so that the
# 1 M and 10 M runs have the same plan.  Prints "base peak after
# contexts_before contexts_after" (kB, kB, kB, bytes, bytes).
mem_run() {
	local n=$1 copies union k app bpid psql_pid v
	copies=$(((10000000 + rows - 1) / rows))
	union="SELECT * FROM wabill_billing_report"
	for ((k = 2; k <= copies; k++)); do union="$union UNION ALL SELECT * FROM wabill_billing_report"; done
	mem_query() {
		echo "SELECT count(customer_phone), count(destiny), count(operation), count(connector_id),
	count(destiny_name), count(calling_code), count(wabill_phone_country(customer_phone)),
	count(wabill_phone_e164(customer_phone)), count(wabill_phone_problem(customer_phone)),
	count(wabill_session_problem(session_id))
FROM (SELECT * FROM ($union) u LIMIT $1) r"
	}
	app=wabill_bench_mem_$n
	: >"$work/mem_$n.marks"
	: >"$work/mem_$n.samples"
	PGAPPNAME=$app psql -X -q -At -v ON_ERROR_STOP=1 >"$work/mem_$n.out" <<SQL &
SET max_parallel_workers_per_gather = 0;
$(mem_query 1000);
SELECT sum(total_bytes) FROM pg_backend_memory_contexts;
SELECT 'contexts', sum(total_bytes) FROM pg_backend_memory_contexts;
SELECT pg_sleep(1);
\! date +%s.%N >>"$work/mem_$n.marks"
$(mem_query "$n");
\! date +%s.%N >>"$work/mem_$n.marks"
SELECT pg_sleep(0.5);
SELECT 'contexts', sum(total_bytes) FROM pg_backend_memory_contexts;
SQL
	psql_pid=$!
	bpid=
	for ((k = 0; k < 200; k++)); do
		bpid=$(psql -X -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$app'")
		[ -n "$bpid" ] && break
		sleep 0.05
	done
	[ -n "$bpid" ] || die "cannot find the backend of the memory test"
	while kill -0 "$psql_pid" 2>/dev/null; do
		v=$(awk '/^RssAnon:/ { print $2 }' "/proc/$bpid/status" 2>/dev/null) || break
		[ -n "$v" ] && echo "$(date +%s.%N) $v" >>"$work/mem_$n.samples"
		sleep 0.1
	done
	wait "$psql_pid" || die "the memory test query failed"
	awk -v marks="$work/mem_$n.marks" '
		BEGIN { getline t0 < marks; getline t1 < marks }
		$1 < t0 { base = $2 }
		$1 >= t0 && $1 <= t1 { if ($2 > peak) peak = $2 }
		$1 > t1 { after = $2 }
		END { printf "%d %d %d", base, (peak > base ? peak : base), after }' "$work/mem_$n.samples"
	printf ' %s\n' "$(awk -F'|' '$1 == "contexts" { printf "%s ", $2 }' "$work/mem_$n.out")"
}
mem_run 1000000 >"$work/mem_1m.txt"
mem_run 10000000 >"$work/mem_10m.txt"
read -r m1_base m1_peak m1_after m1_ctx0 m1_ctx1 <"$work/mem_1m.txt"
read -r m10_base m10_peak m10_after m10_ctx0 m10_ctx1 <"$work/mem_10m.txt"
m1_growth=$((m1_peak - m1_base))
m10_growth=$((m10_peak - m10_base))
extra=$((m10_growth - m1_growth))
ctx_extra=$((m10_ctx1 - m1_ctx1))
judge "$(calc "$m10_base > 0 && $extra <= 2048 && $ctx_extra <= 65536")"
rows_md+=("| 7 | backend memory during one query over 10 000 000 rows calling every function (method below) | private memory grows by $m10_growth kB over 10 M rows and by $m1_growth kB over 1 M rows: $extra kB more for 9 M more rows ($(fmt "$(calc "$extra * 1024 / 9000000")" '%.3f') bytes per row); memory contexts after the query: $ctx_extra bytes more | flat: at most 2 MB more for 9 M more rows | $V |")

###########################################################################
# Further parts: bench/parts/NN-name.sh, sourced in the order of their names
# with everything above at hand (the cluster and its data, add_query,
# run_queries, ratio_row, judge, median, pair_ratio, calc, fmt, $rows,
# $reps, $work).  A part adds its targets to rows_md (and so to the count of
# targets met), the labels of its timings to figure_labels, and writes its
# section of BENCHMARKS.md ("## ...", markdown) to "$section".  A new part is
# a new file: nothing here changes.
###########################################################################
figure_labels=()
mkdir -p "$work/sections"
for part in bench/parts/*.sh; do
	[ -e "$part" ] || continue
	section=$work/sections/$(basename "$part" .sh).md
	: >"$section"
	say "part $(basename "$part" .sh)"
	# shellcheck disable=SC1090
	. "$part"
done

###########################################################################
say "writing $out"
###########################################################################
# make bench-scale's section (bench/scale.sh) is kept as it is
scale_section=$(awk '/^<!-- scale:/,/^<!-- \/scale -->/' "$out" 2>/dev/null || true)
finished=$(date +%s)
elapsed=$((finished - started))
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
[ -n "$cpu_model" ] || cpu_model=$(uname -m)
os_name=$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain -- src wabill--*.sql 2>/dev/null | wc -l)
[ "$dirty" -gt 0 ] && commit="$commit, with uncommitted changes to $dirty file(s) of src/ or the install script"
read -r ag_same ag_all ag_pct ag_dsame ag_dall ag_dpct ag_lsame ag_lall ag_lpct <<<"$agreement"

# figures LABEL...: a table row per label: runs, medians and ranges
figures() {
	local l n w c f
	for l in "$@"; do
		case $l in t1_*) f=%.3f ;; *) f=%.1f ;; esac
		n=$(awk -F'\t' -v l="$l" '$1 == l' "$samples" | wc -l)
		[ "$n" -gt 0 ] || continue
		w=$(awk -F'\t' -v l="$l" '$1 == l { print $2 }' "$samples" | sort -g | awk -v f="$f" '{ v[NR] = $1 } END { printf f " " f, v[1], v[NR] }')
		c=$(awk -F'\t' -v l="$l" '$1 == l { print $3 }' "$samples" | sort -g | awk -v f="$f" '{ v[NR] = $1 } END { printf f " " f, v[1], v[NR] }')
		# shellcheck disable=SC2016
		printf "| \`%s\` | %d | $f | %s–%s | $f | %s–%s |\n" "$l" "$n" \
			"$(median "$l" 2)" "${w% *}" "${w#* }" "$(median "$l" 3)" "${c% *}" "${c#* }"
	done
}

{
	cat <<MD
# wabill benchmarks

Written by \`make bench\` (\`bench/run.sh\`) on $(date -u '+%Y-%m-%d %H:%M UTC') from one run:
**$rows interactions**, $reps alternating rounds per comparison, $elapsed s in all
(data generation $gen_seconds s). Result: **$((${#rows_md[@]} - failures)) of ${#rows_md[@]} targets met**.
Run it again with \`make bench\`; \`WABILL_BENCH_ROWS=N make bench\` sets the size.

## Machine

| | |
|---|---|
| CPU | $cpu_model, $(nproc) cores as seen by the system |
| memory | $((mem_kb / 1024 / 1024)) GiB |
| system | $os_name, Linux $(uname -r) |
| PostgreSQL | $pg_version |
| wabill | $wabill_version (commit $commit) |
| load average | $load_start at the start, $load_end at the end (other work on the machine shares its cores) |
| server settings | a throwaway cluster: \`jit = off\`, \`shared_buffers = ${shared_mb}MB\` (the data, $data_size with indexes, is read into it with \`pg_prewarm\` before timing), \`fsync = off\`, \`max_parallel_workers_per_gather = 0\` except where target 6 sets 2 |

## Targets

Each ratio compares two things timed in this run: they run one after the
other in each of $reps rounds, and the ratio is the median of the $reps
per-round ratios (the times shown are the medians of each side). Serial SQL is
compared on the **$cost_name** of the backend (\`/proc/self/schedstat\`, read
before and after each statement), which is what the query costs and which other
work on a shared machine disturbs least; the wall clock (psql's \`\\timing\`,
rows received by psql included) is shown beside it and is the measure of
targets 5 and 6.

| # | what | measured | target | result |
|---|---|---|---|---|
MD
	printf '%s\n' "${rows_md[@]}"
	cat <<MD

## All figures

Milliseconds per statement, except target 1 (millions of numbers or session
IDs per second); median and range of the $reps rounds (each after one untimed
warm-up run). The CPU time of \`t6_parallel\` is the leader's only.

| measurement | runs | wall median | wall range | CPU median | CPU range |
|---|---|---|---|---|---|
MD
	figures t1_core t1_libphonenumber t1_core_sessions t2_length_phone t2_phone_country \
		t2_length_session t2_session_phone t2_length_phone_jit t2_phone_country_jit t3_report t3_stored t4_report t4_handwritten \
		t4_handwritten_indexed t6_serial t6_parallel "${figure_labels[@]}"
	cat <<MD

## Data

A generator in SQL (\`bench/data.sql\`, \`generate_series\`) writes $rows
interactions over the year 2026 (Colombian time), in date order as monthly
exports arrive, through the bulk path the README describes (no per-row
trigger): a customer drawn from a pool of 100 000 numbers (\`bench/draw_phone_numbers.awk\`),
which are the fixture's random *valid* mobile (85 %) and fixed-line (15 %)
numbers of each country with the weights of \`bench/mix.tsv\`: mostly Latin
America (CO, MX, BR, PE, AR, CL, EC, GT, VE, ...), +1 from the US, Canada and
the Caribbean (DO, PR, JM, TT, BS, BB), +44 (GB, JE, GG, IM), +7 (RU, KZ), ES,
IT, DE and FR; 40 % of Mexican mobiles written \`521...\` as WhatsApp does, 10 %
of the session IDs with a leading \`+\`; twelve operations; 70 % templates; and
0.5 % malformed session IDs of every kind \`wabill_session_problem\` names
($problem_rows rows here). \`bench_phones\` and \`bench_sessions\` hold the same
rows' customer phones (\`split_part(session_id, '.', 1)\`) and session IDs, one
column each, for target 2.

## Target 1: the C core and libphonenumber

\`bench/core_bench.c\` is linked with \`src/core/*.c\` (\`cc -O2\`) and times
\`wb_phone_parse\` then \`wb_phone_region\`, the two calls \`wabill_phone_country\`
makes, over the 100 000 numbers of the pool, $core_passes passes per run, on one
thread. \`bench/libphonenumber_bench.cc\` (\`g++ -O2 -lphonenumber\`, Debian's
\`libphonenumber-dev\` $(dpkg-query -W -f='${Version}' libphonenumber-dev 2>/dev/null || echo '?'))
parses the same numbers, as \`"+" + digits\` with region \`ZZ\`, and calls
\`GetRegionCodeForNumber\`, one pass per run; the two alternate. Rates are per
second of the process's CPU time.

For information, a session ID to its country (\`wb_session_parse\`, then the
above; what \`wabill_session_country\` does) runs at $(fmt "$session_rate" '%.1f') M session IDs/s on
one core (the pool's numbers with four operations, 40 to 60 bytes each).

**Agreement** between wabill and libphonenumber 8.12 on the pool: the same
region for $ag_same of $ag_all numbers (**$ag_pct %**); on distinct numbers
$ag_dsame of $ag_dall ($ag_dpct %); on the numbers to which libphonenumber 8.12
gives a region at all, $ag_lsame of $ag_lall (**$ag_lpct %**). wabill's tables
come from libphonenumber's metadata v9.0.35, newer than Debian's 8.12, which
does not know the ranges assigned since. The numbers on which they differ
(wabill's region / libphonenumber's, "none" for no region: how many):

\`\`\`
$(sort "$work/agreement_diffs.txt" 2>/dev/null)
\`\`\`

## Target 2

\`count(...)\` over a table of one column, serial, so that the difference is the
function call itself: \`wabill_phone_country(phone)\` against \`length(phone)\`
over \`bench_phones\`, \`wabill_session_phone(session_id)\` against
\`length(session_id)\` over \`bench_sessions\`.

**JIT.** The targets are measured with \`jit = off\`: at PostgreSQL's default
thresholds JIT compiles only the longest queries here, and its compile time
(tens of milliseconds) would blur the shorter ones. For information, with JIT
forced on for every query (\`jit_above_cost\`, \`jit_inline_above_cost\` and
\`jit_optimize_above_cost\` at 0; \`t2_*_jit\` above), \`wabill_phone_country\`
costs $(fmt "$jit_ratio" '%.2f')× \`length\` and runs $(fmt "$jit_gain" '%.2f')× as fast as without JIT.

## Target 3

\`$t3_report\` against
\`$t3_stored\`: the same $month_rows rows in the same order. Their plans:

\`\`\`
$plan_t3_report
\`\`\`
\`\`\`
$plan_t3_stored
\`\`\`

## Target 4: the hand-written SQL

The calling-code table a user would keep (\`bench/handwritten.sql\`, built from
the fixture: every calling code with its country, and for the shared codes the
area-code prefixes of other countries; $(psql -X -At -c "SELECT count(*) FROM bench_calling_codes") prefixes), and the report
written by hand (\`bench/handwritten_report.sql\`), timed as
\`COPY (...) TO STDOUT\` like the report:

\`\`\`sql
$(cat bench/handwritten_report.sql)
\`\`\`

It gives the same destination as wabill on $hand_same of $hand_all rows of the day
($(fmt "$hand_agreement" '%.2f') %): prefixes cannot tell every shared-code number apart, and
it does not validate session IDs.

For comparison, a more careful user could probe the table's primary key with
the phone's first one to six digits (\`bench/handwritten_report_indexed.sql\`):
wabill is **$(fmt "$indexed_ratio" '%.1f')×** faster than that variant (figures above,
\`t4_handwritten_indexed\`).

\`\`\`sql
$(cat bench/handwritten_report_indexed.sql)
\`\`\`

## Target 5: the plan of one day

\`EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM wabill_report('$day_from', '$day_to')\`:

\`\`\`
$plan_t5
\`\`\`

## Target 6: the parallel plan

\`$t6_sql\`, with \`max_parallel_workers_per_gather = 2\`:

\`\`\`
$plan_t6
\`\`\`

## Target 7: memory

Method: the query below runs in a fresh backend, after the same query over
1 000 rows has warmed it up. From another process the benchmark reads the
backend's \`RssAnon\` (its private resident memory, which leaves out shared
buffers) from \`/proc/PID/status\` every 0.1 s: *base* just before the query,
*peak* while it runs. The same is done with 1 000 000 rows in another fresh
backend; memory that grew per row would show as 9 M rows' worth of difference.
\`pg_backend_memory_contexts\` (the sum of \`total_bytes\`) is read before and
after the query, in the same backend; what the backend holds after the 10 M-row
query is compared with what it holds after the 1 M-row one.

| rows | base (kB) | peak (kB) | growth (kB) | after (kB) | contexts before → after (bytes) |
|---|---|---|---|---|---|
| 1 000 000 | $m1_base | $m1_peak | $m1_growth | $m1_after | $m1_ctx0 → $m1_ctx1 |
| 10 000 000 | $m10_base | $m10_peak | $m10_growth | $m10_after | $m10_ctx0 → $m10_ctx1 |

\`\`\`sql
SELECT count(customer_phone), count(destiny), count(operation), count(connector_id),
	count(destiny_name), count(calling_code), count(wabill_phone_country(customer_phone)),
	count(wabill_phone_e164(customer_phone)), count(wabill_phone_problem(customer_phone)),
	count(wabill_session_problem(session_id))
FROM (SELECT * FROM (SELECT * FROM wabill_billing_report UNION ALL ...) u LIMIT 10000000) r
\`\`\`

The table appears in the \`UNION ALL\` as often as 10 000 000 rows need
($((( 10000000 + rows - 1) / rows)) times here), in both runs, which differ only in the \`LIMIT\`.
MD
	for section in "$work"/sections/*.md; do
		[ -s "$section" ] || continue
		echo
		cat "$section"
	done
	if [ -n "$scale_section" ]; then
		echo
		printf '%s\n' "$scale_section"
	fi
} >"$out"

printf '%s\n' "${rows_md[@]}" | sed 's/\*\*//g'
say "$out written in ${elapsed}s: $((${#rows_md[@]} - failures)) of ${#rows_md[@]} targets met"
[ "$failures" -eq 0 ]
