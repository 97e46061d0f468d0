#!/usr/bin/env bash
# More than one server (make shards; also part of make test): a coordinator
# and two shard servers on loopback, each with wabill installed.  Months are
# partitions of the coordinator's wabill_interactions that are foreign tables
# (postgres_fdw) on the shards: October 2026 (UTC) on shard 1, November on
# shard 2.  The same files are loaded through the coordinator and into one
# plain server (a database of the coordinator's cluster); the test asserts
# that wabill_report and a count by destination are the same on both, and
# that EXPLAIN VERBOSE shows wabill's functions inside the Remote SQL, i.e.
# evaluated on the shards.  Prints TAP (test/tap.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/tap.sh
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

work=$(mktemp -d "${TMPDIR:-/tmp}/wabill-shards.XXXXXX")
chmod 755 "$work"
cleanup() {
	cluster_remove "$work/shard2"
	cluster_remove "$work/shard1"
	cluster_remove "$work/coordinator"
	rm -rf "$work"
}
trap cleanup EXIT

# start NAME: a cluster; NAME_host and NAME_port say where it listens
declare -A host port
start() {
	cluster_start "$work/$1" >/dev/null || bail_out "cannot start the $1 cluster"
	host[$1]=$PGHOST
	port[$1]=$PGPORT
}
start shard1
start shard2
start coordinator
on() {	# on CLUSTER DATABASE psql-arguments...
	local c=$1 db=$2
	shift 2
	psql -X -q -A -t -v ON_ERROR_STOP=1 -h "${host[$c]}" -p "${port[$c]}" -U postgres -d "$db" "$@"
}

# Every server: wabill in database wabill.  The shards hold each month as a
# plain table shaped like a month partition.
for c in shard1 shard2 coordinator; do
	on "$c" postgres -c "CREATE DATABASE wabill" -c "ALTER DATABASE wabill SET TimeZone = 'America/Bogota'" \
		|| bail_out "cannot create database wabill on $c"
	on "$c" wabill -c "CREATE EXTENSION wabill" || bail_out "cannot install wabill on $c"
done
month_table() {	# month_table NAME: the columns of wabill_interactions, the month's key
	echo "CREATE TABLE $1 (LIKE wabill_interactions INCLUDING CONSTRAINTS, PRIMARY KEY (date, conn_id))"
}
on shard1 wabill -c "$(month_table wabill_interactions_2026_10)" || bail_out "shard1 table"
on shard2 wabill -c "$(month_table wabill_interactions_2026_11)" || bail_out "shard2 table"

# The coordinator: one foreign server per shard, with wabill's functions
# declared shippable (extensions 'wabill'), and the months as foreign-table
# partitions.  batch_size lets a load send its rows a thousand at a time.
on coordinator wabill >/dev/null <<SQL || bail_out "cannot set up the coordinator"
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host '127.0.0.1', port '${port[shard1]}', dbname 'wabill', extensions 'wabill', batch_size '1000', use_remote_estimate 'true');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host '127.0.0.1', port '${port[shard2]}', dbname 'wabill', extensions 'wabill', batch_size '1000', use_remote_estimate 'true');
CREATE USER MAPPING FOR postgres SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR postgres SERVER shard2 OPTIONS (user 'postgres');
CREATE FOREIGN TABLE wabill_interactions_2026_10 PARTITION OF wabill_interactions
	FOR VALUES FROM ('2026-10-01 00:00+00') TO ('2026-11-01 00:00+00') SERVER shard1;
CREATE FOREIGN TABLE wabill_interactions_2026_11 PARTITION OF wabill_interactions
	FOR VALUES FROM ('2026-11-01 00:00+00') TO ('2026-12-01 00:00+00') SERVER shard2;
SQL

# The same data on one plain server: a database of the coordinator's cluster.
on coordinator postgres -c "CREATE DATABASE single" -c "ALTER DATABASE single SET TimeZone = 'America/Bogota'" \
	|| bail_out "cannot create database single"
on coordinator single -c "CREATE EXTENSION wabill" || bail_out "cannot install wabill in single"

# The sample month (October, Colombian time: its last hours are November in
# UTC), and a November file with other destinations, a malformed session ID
# and a conn_id the sample month has with other data.
november=$work/november.csv
on coordinator wabill -c "COPY (SELECT 'NOV-' || g, (ARRAY['573001234567', '+525512345678', '34612345678', '14155550123', '447700900123'])[g % 5 + 1]
		|| '.' || (ARRAY['Acme Ventas', 'Acme Cobranzas'])[g % 2 + 1] || '.wa-' || g % 3,
	timestamptz '2026-11-02 08:00-05' + g * interval '7 minutes', CASE WHEN g % 4 = 0 THEN 'no' ELSE 'yes' END
	FROM generate_series(1, 400) g
	UNION ALL SELECT 'NOV-bad', 'no dots at all', '2026-11-20 10:00-05', 'yes')
	TO STDOUT WITH (FORMAT csv, HEADER)" >"$november" || bail_out "cannot write the November file"
load() {	# load DATABASE FILE
	on coordinator "$1" -c "\\copy wabill_billing_report (conn_id, session_id, date, template) FROM '$2' WITH (FORMAT csv, HEADER)"
}
load_both() { load "$1" test/data/sample_month.csv && load "$1" "$november"; }
for db in wabill single; do
	run_ok "$db: the sample month and the November file load" load_both "$db"
done
before=$(on coordinator wabill -c "SELECT count(*) FROM wabill_interactions")
run_ok "through the coordinator, loading both again raises nothing" load_both wabill
is "$(on coordinator wabill -c "SELECT count(*) FROM wabill_interactions")" "$before" "and changes nothing"
is "$(on coordinator wabill -c "SELECT count(*) FROM wabill_interactions")" \
	"$(on coordinator single -c "SELECT count(*) FROM wabill_interactions")" "the coordinator holds as many rows as the single server"
is "$(on shard1 wabill -c "SELECT count(*) > 0 FROM wabill_interactions_2026_10")|$(on shard2 wabill -c "SELECT count(*) > 0 FROM wabill_interactions_2026_11")" \
	"t|t" "the rows are on the shards: October on shard 1, November on shard 2"
is "$(on coordinator wabill -c "SELECT count(*) FROM wabill_interactions_default")" 0 \
	"no row stayed on the coordinator"

# A conn_id stored on one shard is refused when loaded for the other month
# with other data: the coordinator's wabill_conn_ids spans the shards.
first=$(head -2 test/data/sample_month.csv | tail -1 | cut -d, -f1)
is "$(on coordinator wabill -c "INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('$first', '573001234567.Acme.wa-1', '2026-11-15 10:00-05', 'yes')" 2>&1 | grep -o 'is already stored with different data')" \
	"is already stored with different data" "a conn_id of shard 1 loaded into shard 2's month with other data is refused"

# The same answers.
report="SELECT md5(string_agg(r::text, E'\\n')) FROM wabill_report(NULL, NULL) r"
is "$(on coordinator wabill -c "$report")" "$(on coordinator single -c "$report")" \
	"wabill_report over every month: the same rows in the same order as on one server"
report_co="SELECT md5(string_agg(r::text, E'\\n')) FROM wabill_report('2026-10-01', '2026-12-01', destiny => 'co') r"
is "$(on coordinator wabill -c "$report_co")" "$(on coordinator single -c "$report_co")" \
	"wabill_report for one destination: the same"
by_destiny="SELECT string_agg(destiny || ':' || n || ':' || t, ' ' ORDER BY destiny) FROM (
	SELECT coalesce(destiny, '-') AS destiny, count(*) AS n, count(*) FILTER (WHERE template = 'yes') AS t
	FROM wabill_billing_report GROUP BY 1) c"
got=$(on coordinator wabill -c "SET enable_partitionwise_aggregate = on" -c "$by_destiny")
is "$got" "$(on coordinator single -c "$by_destiny")" "the count by destination: the same"

# The work happens on the shards: wabill's functions in the Remote SQL.
# Filters by destination run on the shards.  Grouping by destination through
# wabill_interactions happens on the coordinator (PostgreSQL 15 cannot push a
# partial aggregate to a foreign server, and destination is not the
# partition key), which the README says; a month's table, queried as such,
# is grouped on its shard.
plan_agg=$(on coordinator wabill -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT wabill_session_country(session_id) AS destiny, count(*)
	FROM wabill_interactions_2026_11 GROUP BY 1")
if grep -q 'Remote SQL: SELECT public.wabill_session_country(session_id), count(\*) FROM public.wabill_interactions_2026_11 GROUP BY' <<<"$plan_agg"; then
	pass "EXPLAIN VERBOSE: a month's count by destination, on the month's table, is grouped on its shard by wabill_session_country"
else
	fail "EXPLAIN VERBOSE: a month's count by destination, on the month's table, is grouped on its shard by wabill_session_country" "$plan_agg"
fi
month_by_destiny="SELECT string_agg(destiny || ':' || n, ' ' ORDER BY destiny) FROM (
	SELECT coalesce(wabill_session_country(session_id), '-') AS destiny, count(*) AS n
	FROM wabill_interactions_2026_11 GROUP BY 1) c"
is "$(on coordinator wabill -c "$month_by_destiny")" "$(on coordinator single -c "$month_by_destiny")" \
	"and it gives what one server gives"
plan_report=$(on coordinator wabill -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM wabill_report('2026-10-01', '2026-12-01', destiny => 'CO')")
if [ "$(grep -c "Remote SQL: .*WHERE .*public.wabill_session_country(session_id) = 'CO'" <<<"$plan_report")" = 2 ]; then
	pass "EXPLAIN VERBOSE: wabill_report's destination filter runs on both shards"
else
	fail "EXPLAIN VERBOSE: wabill_report's destination filter runs on both shards" "$plan_report"
fi
plan_month=$(on coordinator wabill -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT * FROM wabill_report('2026-11-05', '2026-11-06')")
if grep -q 'wabill_interactions_2026_11' <<<"$plan_month" && ! grep -q 'wabill_interactions_2026_10' <<<"$plan_month"; then
	pass "EXPLAIN VERBOSE: a day of November asks shard 2 only"
else
	fail "EXPLAIN VERBOSE: a day of November asks shard 2 only" "$plan_month"
fi
tap_done
