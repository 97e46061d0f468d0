#!/usr/bin/env bash
# make bench-scale: a generated year at scale (issue 10).  Starts a throwaway
# cluster, loads WABILL_SCALE_ROWS interactions (default 30 000 000) over the
# year 2026 through the loader, and measures:
#   - one day's report through one partition's index;
#   - a month's report against copying that month's stored columns;
#   - a year's count by destination and month, 2 parallel workers vs serial;
#   - loading a day's file into the full year vs into an empty table;
#   - a backend's memory over the whole year vs over one month;
#   - the loader against a plain \copy into a plain table with the same
#     columns and indexes, fresh and reloading the same file.
# Writes its section of BENCHMARKS.md (between the scale markers; make bench
# keeps it).  Ratios are medians of per-round ratios of the backend's CPU
# time (/proc/self/schedstat), as in make bench; latencies are wall-clock.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

rows=${WABILL_SCALE_ROWS:-30000000}
reps=${WABILL_SCALE_REPS:-5}
load_rows=${WABILL_SCALE_LOAD_ROWS:-1000000}
out=${WABILL_BENCH_OUT:-BENCHMARKS.md}
started=$(date +%s)

bootstrap
work=$(mktemp -d -t wabill-scale.XXXXXX)
trap 'cluster_remove "$work"' EXIT
trap 'exit 130' INT TERM
cluster_start "$work"
psql -X -q -d postgres -v ON_ERROR_STOP=1 \
	-c "ALTER SYSTEM SET shared_buffers = '2GB'" \
	-c "ALTER SYSTEM SET max_wal_size = '4GB'" \
	-c "ALTER SYSTEM SET checkpoint_timeout = '30min'" \
	-c "ALTER SYSTEM SET maintenance_work_mem = '512MB'" \
	-c "ALTER SYSTEM SET jit = off" >/dev/null
run_as_server_user "$(pg_bindir)/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 restart >/dev/null \
	|| { cat "$work/server.log" >&2; die "the server did not restart"; }
for db in scale empty loadcmp; do
	psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db" -c "ALTER DATABASE $db SET TimeZone = 'America/Bogota'"
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION wabill"
done
export PGDATABASE=scale
q() { psql -X -A -t -v ON_ERROR_STOP=1 "$@"; }
cpu="split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint"
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
calc() { awk "BEGIN { printf \"%.2f\", ($1) }"; }

# The generator: G(a, b) rows numbered a..b, spread over the year in order;
# twenty destinations (calling codes with plausible national numbers), six
# operations, 70 % templates, 0.5 % malformed session IDs.
gen_sql() {	# gen_sql FIRST LAST TOTAL PREFIX
	cat <<SQL
SELECT '$4' || g,
	CASE WHEN g % 200 = 7 THEN 'malformed-' || g
	ELSE (ARRAY['57300', '57310', '52155', '5511', '51987', '54911', '56912', '59399', '50255', '58414',
		'1415', '1212', '1809', '34612', '447700', '7916', '39333', '4915', '33612', '50760'])[g % 20 + 1]
		|| lpad(((g * 2654435761) % 10000000)::text, 7, '0')
		|| '.' || (ARRAY['Acme Ventas', 'Acme Cobranzas', 'Telco Sur', 'Retail MX', 'Banco Norte', 'Salud Plus'])[g % 6 + 1]
		|| '.wa-' || g % 6
	END,
	timestamptz '2026-01-01 00:00-05' + interval '365 days' * ((g - 1)::float8 / $3),
	CASE WHEN g % 10 < 7 THEN 'yes' ELSE 'no' END
FROM generate_series($1::bigint, $2::bigint) g
SQL
}

###########################################################################
say "generating $rows interactions through the loader, a month at a time"
###########################################################################
gen_start=$(date +%s)
per=$(((rows + 11) / 12))
for ((m = 0; m < 12; m++)); do
	a=$((m * per + 1))
	b=$(((m + 1) * per))
	[ "$b" -gt "$rows" ] && b=$rows
	q -q -c "INSERT INTO wabill_billing_report (conn_id, session_id, date, template) $(gen_sql "$a" "$b" "$rows" Y-)"
done
# The README's statistics for counting by destination and month (see "Counting
# a year by destination and month" there); the year's query below is that one.
q -q -c "CREATE STATISTICS wabill_destiny_month (ndistinct)
	ON (wabill_session_country(session_id)), (date_trunc('month', date AT TIME ZONE 'America/Bogota'))
	FROM wabill_interactions"
q -q -c "VACUUM (FREEZE, ANALYZE) wabill_interactions" -c "VACUUM ANALYZE wabill_conn_ids"
gen_seconds=$(($(date +%s) - gen_start))
size=$(q -c "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))) FROM pg_partition_tree('wabill_interactions')")
keys_size=$(q -c "SELECT pg_size_pretty(pg_total_relation_size('wabill_conn_ids'))")
bytes_per_row=$(q -c "SELECT round(sum(pg_total_relation_size(relid)) / $rows) FROM pg_partition_tree('wabill_interactions')")
key_bytes_per_row=$(q -c "SELECT round(pg_total_relation_size('wabill_conn_ids')::numeric / $rows)")
partitions=$(q -c "SELECT count(*) FROM pg_partition_tree('wabill_interactions') WHERE isleaf")
say "generated in ${gen_seconds}s: $size in $partitions partitions, keys $keys_size"

###########################################################################
say "one day, one month, the year"
###########################################################################
day="'2026-10-15', '2026-10-16'"
month_from="2026-10-01"
month_to="2026-11-01"
day_rows=$(q -c "SELECT count(*) FROM wabill_report($day)")
month_rows=$(q -c "SELECT count(*) FROM wabill_interactions WHERE date >= '$month_from' AND date < '$month_to'")
plan_day=$(q -q -c "SET max_parallel_workers_per_gather = 0" -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM wabill_report($day)")
t3_report="COPY (SELECT * FROM wabill_report('$month_from', '$month_to')) TO STDOUT"
t3_stored="COPY (SELECT conn_id, session_id, date, template FROM wabill_interactions WHERE date >= '$month_from' AND date < '$month_to' ORDER BY date, conn_id) TO STDOUT"
year_q="SELECT destiny, date_trunc('month', date AT TIME ZONE 'America/Bogota') AS month, count(*),
	count(*) FILTER (WHERE template = 'yes')
	FROM wabill_billing_report WHERE date >= '2026-01-01' AND date < '2027-01-01' GROUP BY 1, 2"
# the same count grouped by the session's month, which no statistics can
# describe (date_trunc on a timestamptz is not immutable): for information
year_plain_q="SELECT destiny, date_trunc('month', date) AS month, count(*), count(*) FILTER (WHERE template = 'yes')
	FROM wabill_billing_report WHERE date >= '2026-01-01' AND date < '2027-01-01' GROUP BY 1, 2"
plan_year=$(q -q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (COSTS OFF) $year_q" | head -12)
samples=$work/samples.tsv
: >"$samples"
# timed_query LABEL WORKERS SQL: psql lines that run SQL with WORKERS parallel
# workers at most and print its wall time and the backend's CPU time
timed_query() {
	echo "SET max_parallel_workers_per_gather = $2;"
	echo "SELECT $cpu AS c0 \\gset"
	printf '\\echo @@ %s\n\\timing on\n%s;\n\\timing off\n' "$1" "$3"
	echo "SELECT ($cpu - :c0) / 1e6 AS c1 \\gset"
	echo '\echo @@cpu :c1'
}
{
	echo '\set ON_ERROR_STOP 1'
	echo '\o /dev/null'
	echo "COPY (SELECT * FROM wabill_report($day)) TO STDOUT;"
	echo "$t3_report;"
	echo "$t3_stored;"
	for ((r = 1; r <= reps; r++)); do
		for label in day month stored serial parallel; do
			case $label in
				day) sql="COPY (SELECT * FROM wabill_report($day)) TO STDOUT" ; w=0 ;;
				month) sql=$t3_report ; w=0 ;;
				stored) sql=$t3_stored ; w=0 ;;
				serial) sql=$year_q ; w=0 ;;
				parallel) sql=$year_q ; w=2 ;;
			esac
			timed_query "$label" "$w" "$sql"
		done
	done
	timed_query plain_serial 0 "$year_plain_q"
	timed_query plain_parallel 2 "$year_plain_q"
} >"$work/queries.sql"
q -q -f "$work/queries.sql" >"$work/queries.out"
awk -v OFS='\t' '/^@@cpu / { print label, wall, $2; next } /^@@ / { label = $2; next } /^Time: / { wall = $2 }' \
	"$work/queries.out" >>"$samples"
med() { awk -F'\t' -v l="$1" -v c="$2" '$1 == l { print $c }' "$samples" | median; }
ratio() { awk -F'\t' -v a="$1" -v b="$2" -v c="$3" '$1 == a { x[++na] = $c } $1 == b { y[++nb] = $c }
	END { for (i = 1; i <= na; i++) print x[i] / y[i] }' "$samples" | median; }
day_ms=$(med day 2)
month_ratio=$(ratio month stored 3)
month_ms=$(med month 2)
stored_ms=$(med stored 2)
serial_ms=$(med serial 2)
parallel_ms=$(med parallel 2)
parallel_speedup=$(ratio serial parallel 2)
plain_speedup=$(ratio plain_serial plain_parallel 2)
plan_year_plain=$(q -q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (COSTS OFF) $year_plain_q" | head -6)

###########################################################################
say "memory of a backend: the year against one month"
###########################################################################
# rss_during SQL: the backend's private resident memory (RssAnon, kB) before
# and at its peak while SQL runs, sampled every 0.1 s from outside.
rss_during() {
	local pid base peak=0 v
	psql -X -q -c "SELECT pg_backend_pid()" -At -c "SELECT pg_sleep(1)" -c "SET max_parallel_workers_per_gather = 0" \
		-c "$1" >/dev/null &
	sleep 0.5
	pid=$(q -c "SELECT pid FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(1)' LIMIT 1")
	base=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
	while kill -0 "$pid" 2>/dev/null && v=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null); do
		[ -n "$v" ] && [ "$v" -gt "$peak" ] && peak=$v
		sleep 0.1
		jobs -r | grep -q . || break
	done
	wait
	echo "$base $peak"
}
mem_q="SELECT count(customer_phone), count(destiny), count(operation), count(destiny_name), count(calling_code)
	FROM wabill_billing_report WHERE date >= '%s' AND date < '%s'"
# shellcheck disable=SC2059
read -r mem_month_base mem_month_peak < <(rss_during "$(printf "$mem_q" "$month_from" "$month_to")")
# shellcheck disable=SC2059
read -r mem_year_base mem_year_peak < <(rss_during "$(printf "$mem_q" 2026-01-01 2027-01-01)")

# cpu_of DATABASE PRE COMMAND: the backend's CPU ms for COMMAND, after PRE
cpu_of() {
	printf '%s\n' '\set ON_ERROR_STOP 1' "${2:+$2;}" "SELECT $cpu AS c0 \\gset" "$3" \
		"SELECT ($cpu - :c0) / 1e6 AS ms \\gset" '\echo :ms' | q -q -d "$1" | tail -1
}

###########################################################################
say "a day's file into the full year and into an empty table"
###########################################################################
day_file_rows=$((rows / 365))
for ((r = 1; r <= reps; r++)); do
	q -q -c "COPY ($(gen_sql 1 "$day_file_rows" "$((day_file_rows * 365))" "DAY$r-")) TO STDOUT WITH (FORMAT csv)" \
		| sed "s/2026-01-01/2026-12-20/" >"$work/day$r.csv"
done
: >"$work/dayload.tsv"
for ((r = 1; r <= reps; r++)); do
	for db in scale empty; do
		cpu_of "$db" "" "\\copy wabill_billing_report (conn_id, session_id, date, template) FROM '$work/day$r.csv' WITH (FORMAT csv)" \
			| awk -v l="$db" -v OFS='\t' '{ print l, 0, $1 }' >>"$work/dayload.tsv"
	done
done
full_ms=$(awk -F'\t' '$1 == "scale" { print $3 }' "$work/dayload.tsv" | median)
empty_ms=$(awk -F'\t' '$1 == "empty" { print $3 }' "$work/dayload.tsv" | median)
day_load_ratio=$(samples=$work/dayload.tsv; awk -F'\t' '$1 == "scale" { x[++a] = $3 } $1 == "empty" { y[++b] = $3 }
	END { for (i = 1; i <= a; i++) print x[i] / y[i] }' "$work/dayload.tsv" | median)

###########################################################################
say "the loader against a plain \\copy ($load_rows rows)"
###########################################################################
q -q -c "COPY ($(gen_sql 1 "$load_rows" "$load_rows" "L-")) TO STDOUT WITH (FORMAT csv)" >"$work/load.csv"
q -q -d loadcmp -c "CREATE TABLE plain (LIKE wabill_interactions)" \
	-c "ALTER TABLE plain ADD PRIMARY KEY (conn_id)" -c "CREATE INDEX ON plain (date, conn_id)"
: >"$work/load.tsv"
timed_load() {	# timed_load LABEL PRE TARGET
	cpu_of loadcmp "$2; CHECKPOINT" "\\copy $3 FROM '$work/load.csv' WITH (FORMAT csv)" \
		| awk -v l="$1" -v OFS='\t' '{ print l, 0, $1 }' >>"$work/load.tsv"
}
for ((r = 1; r <= reps; r++)); do
	timed_load plain "TRUNCATE plain" "plain (conn_id, session_id, date, template)"
	timed_load fresh "TRUNCATE wabill_interactions" "wabill_billing_report (conn_id, session_id, date, template)"
	timed_load reload "SELECT 1" "wabill_billing_report (conn_id, session_id, date, template)"
done
lratio() { awk -F'\t' -v a="$1" '$1 == a { x[++na] = $3 } $1 == "plain" { y[++nb] = $3 }
	END { for (i = 1; i <= na; i++) print x[i] / y[i] }' "$work/load.tsv" | median; }
lmed() { awk -F'\t' -v a="$1" '$1 == a { print $3 }' "$work/load.tsv" | median; }
fresh_ratio=$(lratio fresh)
reload_ratio=$(lratio reload)

elapsed=$(($(date +%s) - started))
pg_version=$(q -c "SHOW server_version")
load_avg=$(cut -d' ' -f1-3 /proc/loadavg)

###########################################################################
say "writing the scale section of $out"
###########################################################################
section=$work/section.md
{
	echo '<!-- scale: written by make bench-scale (bench/scale.sh); make bench keeps it -->'
	echo '## Scale (make bench-scale)'
	echo
	echo "One run on $(date -u +%Y-%m-%d), PostgreSQL $pg_version, $(nproc) cores shared with other work"
	echo "(load average $load_avg at the end), ${elapsed}s in all. A generated year 2026 of"
	echo "**$rows interactions** (WABILL_SCALE_ROWS), loaded through \`wabill_billing_report\` a month"
	echo "(about $per rows) per statement in ${gen_seconds}s: $size in $partitions month partitions,"
	echo "and $keys_size of \`wabill_conn_ids\`. Ratios: medians over $reps rounds of per-round"
	echo "ratios of the backend's CPU time; latencies: wall clock, medians."
	echo
	echo '| measurement | result |'
	echo '|---|---|'
	echo "| one day's report (\`COPY (SELECT * FROM wabill_report('2026-10-15', '2026-10-16')) TO STDOUT\`, $day_rows rows) | **$(calc "$day_ms") ms**, through one partition's index (plan below) |"
	echo "| a month's report ($month_rows rows) against copying its stored columns (target 3 of make bench) | $(calc "$month_ms") ms vs $(calc "$stored_ms") ms: **$(calc "$month_ratio")×** by CPU time |"
	echo "| the year's count by destination and month (the README's query and statistics), 2 parallel workers against serial | $(calc "$parallel_ms") ms vs $(calc "$serial_ms") ms: **$(calc "$parallel_speedup")×** faster |"
	echo "| the same count grouped by \`date_trunc('month', date)\`, which no statistics describe (one round, for information) | $(calc "$(med plain_parallel 2)") ms vs $(calc "$(med plain_serial 2)") ms: $(calc "$plain_speedup")× |"
	echo "| loading a day's file ($day_file_rows new rows) into the full year against into an empty table | $(calc "$full_ms") ms vs $(calc "$empty_ms") ms of CPU: **$(calc "$day_load_ratio")×** |"
	echo "| a backend's private memory (RssAnon) while reading the whole year against one month | year: $mem_year_base → $mem_year_peak kB; month: $mem_month_base → $mem_month_peak kB |"
	echo "| loading $load_rows new rows through the loader against \`\\copy\` into a plain table with the same columns and indexes | $(calc "$(lmed fresh)") ms vs $(calc "$(lmed plain)") ms of CPU: **$(calc "$fresh_ratio")×** (bound 1.5×) |"
	echo "| reloading the same file (every row a duplicate) against the same plain \`\\copy\` | $(calc "$(lmed reload)") ms vs $(calc "$(lmed plain)") ms: **$(calc "$reload_ratio")×** (bound 1.5×) |"
	echo
	echo "The plain table is \`CREATE TABLE plain (LIKE wabill_interactions)\` with a primary key on"
	echo "\`conn_id\` and an index on \`(date, conn_id)\`. The loader writes the month's heap and its"
	echo "\`(date, conn_id)\` key, and \`wabill_conn_ids\` (heap and byte-ordered key): one more heap than"
	echo "the plain table. Its row trigger collects the file in a tuplestore; at the end of the statement"
	echo "a new file goes into its months and \`wabill_conn_ids\` as COPY writes a table (batches of 1000"
	echo "rows through table_multi_insert, one WAL record per heap page, the keys' unique checks as in"
	echo "any INSERT), and a file found stored already is compared with one probe of its month per record."
	echo
	echo "**At 10^9 rows** (a year of a platform hosting many contact centres; extrapolated, not run):"
	echo "the partitions take about $bytes_per_row bytes a row and \`wabill_conn_ids\` about"
	echo "$key_bytes_per_row, so about $(calc "$bytes_per_row * 1e9 / 2^30") GB and $(calc "$key_bytes_per_row * 1e9 / 2^30") GB: a server with that much disk"
	echo "and RAM for the hot months. Per-month figures scale with a month's rows, not the year's:"
	echo "a day or a month reads one partition through its own index, whose depth grows with the log of"
	echo "the month's rows (one more level at most), so a day's report of $(calc "1e9 / $rows") times the rows takes about"
	echo "$(calc "1e9 / $rows") times as long (about $(calc "$day_ms * 1e9 / $rows / 1000") s for $((1000000000 / 365)) rows), and a month's report keeps its"
	echo "ratio to copying the month. Loading a day stays the same per row: an insertion (with its unique check) in"
	echo "\`wabill_conn_ids\`'s key (one more B-tree level) and appends to the day's month; only that key's"
	echo "pages must fit in memory for loads to stay at this speed (else each insertion may read a page)."
	echo "The year's aggregate is a scan: about $(calc "1e9 / $rows") times this run's ($(calc "$serial_ms * 1e9 / $rows / 1000") s serial),"
	echo "divided by the workers the machine can give it: here $(calc "$parallel_speedup")× with 2 workers on $(nproc) cores"
	echo "(load average $load_avg at the end of the run). Memory stays flat: no query"
	echo "holds more than a row or a hash table of destinations at a time."
	echo
	echo "One day's plan (\`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)\`):"
	echo
	echo '```'
	echo "$plan_day"
	echo '```'
	echo
	echo "The year's count, with 2 workers:"
	echo
	echo '```'
	echo "$plan_year"
	echo '```'
	echo
	echo "Grouped by \`date_trunc('month', date)\` instead, for which the planner expects a group per row:"
	echo
	echo '```'
	echo "$plan_year_plain"
	echo '```'
	echo '<!-- /scale -->'
} >"$section"
if [ -f "$out" ] && grep -q '^<!-- scale:' "$out"; then
	awk -v f="$section" '/^<!-- scale:/ { while ((getline l < f) > 0) print l; skip = 1; next }
		/^<!-- \/scale -->/ { skip = 0; next } !skip' "$out" >"$work/out.md"
	cp "$work/out.md" "$out"
else
	{ [ -f "$out" ] && cat "$out" && echo; cat "$section"; } >"$work/out.md"
	cp "$work/out.md" "$out"
fi
say "done in ${elapsed}s"
cat "$section"
