#!/usr/bin/env bash
# make stress: wabill under concurrent load, then across server crashes, on a
# throwaway cluster that is removed afterwards.  Not part of make test.
#
#   1. load: 8 pgbench clients insert interactions (through the view
#      wabill_billing_report and straight into wabill_interactions) while
#      2 pgbench clients run reports, for STRESS_SECONDS (default 60); then
#      the table must hold exactly the rows of the committed transactions.
#   2. grants: 6 clients call wabill_grant_operation and
#      wabill_revoke_operation 30 times each at once, while 2 tenants read
#      their reports; every call must succeed.
#   3. crash: a bulk load of numbered batches, killed in the middle, twice
#      (pg_ctl -m immediate, then SIGKILL of the postmaster); after recovery
#      every acknowledged batch must be there in full and no partial batch,
#      the report and the problems view must run, and amcheck must pass.
#
# Knobs: STRESS_SECONDS (load duration, 5..3600, default 60),
# STRESS_BATCH_ROWS (rows per crash batch, default 1000), STRESS_CRASH_AFTER
# (seconds of bulk load before each crash, default 3).
# Output: TAP lines (test/tap.sh), the figures, "N passed, N failed" and the
# TAP plan; exits non-zero
# on any failure.  The clients use the cluster's unix socket; the server
# listens on 127.0.0.1 only (test/lib.sh).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
. test/lib.sh

seconds=${STRESS_SECONDS:-60}
batch_rows=${STRESS_BATCH_ROWS:-1000}
crash_after=${STRESS_CRASH_AFTER:-3}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 5 ] || [ "$seconds" -gt 3600 ]; then
	die "STRESS_SECONDS must be a whole number of seconds from 5 to 3600"
fi
if ! [[ $batch_rows =~ ^[0-9]+$ ]] || [ "$batch_rows" -lt 1 ] || [ "$batch_rows" -gt 100000 ]; then
	die "STRESS_BATCH_ROWS must be from 1 to 100000"
fi
if ! [[ $crash_after =~ ^[0-9]+$ ]] || [ "$crash_after" -gt 600 ]; then
	die "STRESS_CRASH_AFTER must be from 0 to 600 seconds"
fi

writers=8
readers=2
grant_clients=6		# as in issue 14: 6 clients, 30 calls each
grant_calls=30
grant_readers=2
grant_reads=20
grant_roles=12
rows_per_tx=5		# every writer script commits 5 interactions
max_batches=3000	# the bulk loader's bound, should the crash never come
db=wabill_stress
stress=test/stress
started=$SECONDS

bootstrap
bindir=$(pg_bindir)
# Other work on the machine skews the figures: the summary shows the load
# average before the run.
loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)
command -v "$bindir/pgbench" >/dev/null || die "pgbench not found in $bindir"

work=$(mktemp -d -t wabill-stress.XXXXXX)
cleanup() {
	local pid
	# Only our own background jobs (pgbench, the bulk loader), if any.
	for pid in $(jobs -p); do kill "$pid" 2>/dev/null; done
	wait 2>/dev/null
	cluster_remove "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- TAP -------------------------------------------------------------------
. test/tap.sh
# Runs SQL in the stress database; prints unaligned tuples.  Every statement
# is bounded by statement_timeout (PGOPTIONS, below).
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

# ---- the cluster -------------------------------------------------------------
say "starting a throwaway cluster in $work"
cluster_start "$work"
data=$work/data
client=$work/client
mkdir -p "$client"
export PGOPTIONS="-c statement_timeout=600s"

# Durable commits for the crash test (test/lib.sh turns fsync off for
# speed), and no pg_cron: its launcher would retry a database that is not
# here once a second and litter the server log this test reads.
cat >>"$data/postgresql.conf" <<'CONF'
# make stress
fsync = on
synchronous_commit = on
full_page_writes = on
shared_preload_libraries = ''
log_checkpoints = on
CONF
run_as_server_user "$bindir/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 restart >/dev/null \
	|| { tail -20 "$work/server.log" >&2; die "the server did not restart"; }

pg_version=$(psql -X -At -d postgres -c "SHOW server_version")
is "$(psql -X -At -d postgres -c "SHOW fsync")" on "the server runs with fsync = on"

awk -f "$stress/draw_session_ids.awk" test/data/phone_regions.tsv >"$client/pool.tsv" \
	|| die "could not make the session pool"
pool=$(wc -l <"$client/pool.tsv")
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" >/dev/null || die "CREATE DATABASE failed"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL || die "could not set up $db"
CREATE EXTENSION wabill;
CREATE EXTENSION amcheck;
-- The session IDs the writers draw from, with what wabill must derive.
CREATE TABLE stress_sessions (
	id integer PRIMARY KEY,
	session_id text NOT NULL UNIQUE,
	country text,
	problem boolean NOT NULL
);
\copy stress_sessions FROM '$client/pool.tsv'
SQL
malformed=$(q "SELECT count(*) FROM stress_sessions WHERE problem")
pass "database $db with wabill $(q "SELECT extversion FROM pg_extension WHERE extname = 'wabill'"), $pool session IDs ($malformed malformed or without a country)"

# ---- checks shared by both parts ----------------------------------------------
# Every stored row is in the report; the problems view lists exactly the rows
# of malformed session IDs; DESTINY is the fixture's region for every row.
check_derived() {	# check_derived LABEL
	local label=$1 total in_report problems expected_problems unknown wrong
	total=$(q "SELECT count(*) FROM wabill_interactions")
	in_report=$(q "SELECT count(*) FROM wabill_report(NULL, NULL)")
	is "$in_report" "$total" "$label: wabill_report(NULL, NULL) returns every stored row ($total)"
	problems=$(q "SELECT count(*) FROM wabill_interaction_problems")
	expected_problems=$(q "SELECT count(*) FROM wabill_interactions i JOIN stress_sessions s USING (session_id) WHERE s.problem")
	is "$problems" "$expected_problems" "$label: wabill_interaction_problems lists the rows of malformed session IDs ($expected_problems)"
	unknown=$(q "SELECT count(*) FROM wabill_interactions i WHERE NOT EXISTS (SELECT FROM stress_sessions s WHERE s.session_id = i.session_id)")
	is "$unknown" 0 "$label: every stored session ID is one the clients sent"
	wrong=$(q "SELECT count(*) FROM wabill_billing_report r JOIN stress_sessions s USING (session_id) WHERE r.destiny IS DISTINCT FROM s.country")
	is "$wrong" 0 "$label: DESTINY is libphonenumber's region for every row"
}

# amcheck: the B-tree indexes against the heap, and the heap itself, of
# every partition of wabill_interactions and of wabill_conn_ids.
check_amcheck() {	# check_amcheck LABEL
	local label=$1 idx rel out corrupt
	local tables="SELECT relid FROM pg_partition_tree('wabill_interactions') WHERE isleaf
		UNION ALL SELECT 'wabill_conn_ids'::regclass"
	for idx in $(q "SELECT indexrelid::regclass FROM pg_index WHERE indrelid IN ($tables) ORDER BY 1"); do
		if out=$(q "SELECT bt_index_parent_check('$idx', heapallindexed => true, rootdescend => true)" 2>&1); then
			pass "$label: amcheck bt_index_parent_check($idx, heapallindexed, rootdescend)"
		else
			fail "$label: amcheck bt_index_parent_check($idx, heapallindexed, rootdescend)"
			diag "$out"
		fi
		if out=$(q "SELECT bt_index_check('$idx', heapallindexed => true)" 2>&1); then
			pass "$label: amcheck bt_index_check($idx, heapallindexed)"
		else
			fail "$label: amcheck bt_index_check($idx, heapallindexed)"
			diag "$out"
		fi
	done
	for rel in $(q "$tables"); do
		corrupt=$(q "SELECT count(*) FROM verify_heapam('$rel')" 2>&1)
		is "$corrupt" 0 "$label: amcheck verify_heapam($rel) finds no corruption"
	done
}

# Server log lines from line $1 on that are errors.
log_errors() { tail -n +"$1" "$work/server.log" | grep -E '(ERROR|FATAL|PANIC):' ; }

# log_time LINE REGEX: when the first server log line from LINE on that
# matches was written, in seconds since the epoch (empty if none).
log_time() {
	local line
	line=$(tail -n +"$1" "$work/server.log" | grep -m1 -E "$2") || return 0
	date -d "$(printf '%s' "$line" | cut -d' ' -f1-3)" +%s.%N 2>/dev/null
}

# A pgbench output's figure: pgbench_figure FILE REGEX (first capture group).
pgbench_figure() { sed -nE "s/$2/\\1/p" "$1" | head -1; }

# ---- 1. load ---------------------------------------------------------------------
say "load: $writers writers and $readers report readers for ${seconds}s"
log_mark=$(($(wc -l <"$work/server.log") + 1))
pgbench_limit=$((seconds + 300))
timeout -k 10 "$pgbench_limit" "$bindir/pgbench" -n -c "$writers" -j 2 -T "$seconds" \
	-D seq=0 -D pool="$pool" \
	-f "$stress/writer_view.sql@4" -f "$stress/writer_table.sql@3" -f "$stress/writer_mixed.sql@3" \
	-l --log-prefix="$client/writers" "$db" >"$client/writers.out" 2>"$client/writers.err" &
writers_pid=$!
timeout -k 10 "$pgbench_limit" "$bindir/pgbench" -n -c "$readers" -j 1 -T "$seconds" \
	-f "$stress/reader_report.sql" -f "$stress/reader_aggregate.sql" -f "$stress/reader_page.sql" \
	"$db" >"$client/readers.out" 2>"$client/readers.err" &
readers_pid=$!
wait "$writers_pid"
writers_status=$?
wait "$readers_pid"
readers_status=$?

for side in writers readers; do
	out=$client/$side.out
	err=$client/$side.err
	if [ "$side" = writers ]; then status=$writers_status; else status=$readers_status; fi
	if [ "$status" -eq 0 ]; then
		pass "load: pgbench $side exited 0"
	else
		fail "load: pgbench $side exited $status"
		diag "$(tail -20 "$err")"
	fi
	is "$(pgbench_figure "$out" '^number of failed transactions: ([0-9]+) .*')" 0 "load: pgbench $side report no failed transaction"
	aborted=$(grep -cE 'aborted|Run was aborted' "$err" "$out" | awk -F: '{ s += $NF } END { print s + 0 }')
	is "$aborted" 0 "load: no pgbench $side client aborted"
done
diag "$(grep -E '^(number of transactions actually processed|tps|latency average)' "$client/writers.out" | sed 's/^/writers: /')"
diag "$(grep -E '^(number of transactions actually processed|tps)' "$client/readers.out" | sed 's/^/readers: /')"

errors=$(log_errors "$log_mark")
is "$(printf '%s' "$errors" | grep -c .)" 0 "load: no ERROR, FATAL or PANIC in the server log"
[ -n "$errors" ] && diag "$(printf '%s\n' "$errors" | head -10)"

# pgbench's per-transaction log: "client tx_no time script ..." per
# transaction that ended; time is a number for a committed transaction.
cat "$client"/writers.[0-9]* >"$client/writers.log" 2>/dev/null
committed=$(awk '$3 ~ /^[0-9]+$/' "$client/writers.log" | wc -l)
not_committed=$(awk '$3 !~ /^[0-9]+$/' "$client/writers.log" | wc -l)
processed=$(pgbench_figure "$client/writers.out" '^number of transactions actually processed: ([0-9]+).*')
if [ "$committed" -gt 0 ]; then
	pass "load: the writers committed $committed transactions"
else
	fail "load: the writers committed transactions"
fi
is "$not_committed" 0 "load: the transaction log has no failed or skipped transaction"
is "$committed" "${processed:-none}" "load: the transaction log counts the transactions pgbench reports ($committed)"

# The exact set of conn_ids: stress-<v|t|m>-<client>-<tx_no>-<1..5>.
awk -v n="$rows_per_tx" '$3 ~ /^[0-9]+$/ {
	s = substr("vtm", $4 + 1, 1)
	for (k = 1; k <= n; k++) printf "stress-%s-%s-%s-%s\n", s, $1, $2, k
}' "$client/writers.log" | LC_ALL=C sort >"$client/expected.txt"
q "SELECT conn_id FROM wabill_interactions WHERE conn_id LIKE 'stress-%'" | LC_ALL=C sort >"$client/stored.txt"
load_rows=$(wc -l <"$client/stored.txt")
is "$load_rows" "$((committed * rows_per_tx))" "load: the table holds $rows_per_tx rows per committed transaction"
missing=$(LC_ALL=C comm -23 "$client/expected.txt" "$client/stored.txt" | wc -l)
extra=$(LC_ALL=C comm -13 "$client/expected.txt" "$client/stored.txt" | wc -l)
is "$missing/$extra" 0/0 "load: stored conn_ids = committed conn_ids (missing/extra)"
[ "$missing$extra" != 00 ] && diag "$(LC_ALL=C comm -3 "$client/expected.txt" "$client/stored.txt" | head -5)"
check_derived "load"
check_amcheck "load"

# Figures of the load.
tx_view=$(awk '$3 ~ /^[0-9]+$/ && $4 == 0' "$client/writers.log" | wc -l)
tx_table=$(awk '$3 ~ /^[0-9]+$/ && $4 == 1' "$client/writers.log" | wc -l)
tx_mixed=$(awk '$3 ~ /^[0-9]+$/ && $4 == 2' "$client/writers.log" | wc -l)
writers_tps=$(pgbench_figure "$client/writers.out" '^tps = ([0-9.]+) .*')
writers_tps=$(printf '%.0f' "${writers_tps:-0}")
readers_tps=$(pgbench_figure "$client/readers.out" '^tps = ([0-9.]+) .*')
readers_tps=$(printf '%.1f' "${readers_tps:-0}")
writers_latency=$(pgbench_figure "$client/writers.out" '^latency average = ([0-9.]+ ms).*')
reports=$(pgbench_figure "$client/readers.out" '^number of transactions actually processed: ([0-9]+).*')
script_tx() { sed -nE "/^SQL script $2:/,/transactions/ s/^ - ([0-9]+) transactions.*/\\1/p" "$1" | head -1; }
reports_report=$(script_tx "$client/readers.out" 1)
reports_aggregate=$(script_tx "$client/readers.out" 2)
reports_page=$(script_tx "$client/readers.out" 3)
rows_via_view=$((tx_view * 5 + tx_mixed * 2))
rows_direct=$((tx_table * 5 + tx_mixed * 3))
if [ "${reports:-0}" -gt 0 ] && [ "${reports_report:-0}" -gt 0 ] && [ "${reports_aggregate:-0}" -gt 0 ]; then
	pass "load: the readers ran $reports reports"
else
	fail "load: the readers ran reports of each kind (${reports:-0}: ${reports_report:-0}/${reports_aggregate:-0}/${reports_page:-0})"
fi
load_problem_rows=$(q "SELECT count(*) FROM wabill_interaction_problems")
load_failed=$(pgbench_figure "$client/writers.out" '^number of failed transactions: ([0-9]+) .*')

# ---- 2. concurrent grants ------------------------------------------------------------
# wabill_grant_operation runs GRANT on the tables; two GRANTs on one table at
# once used to fail with "tuple concurrently updated" (XX000).  Every call
# must succeed (or wait), while tenants keep reading.
say "grants: $grant_clients clients, $grant_calls calls of wabill_grant_operation / wabill_revoke_operation each, with $grant_readers tenant readers"
log_mark=$(($(wc -l <"$work/server.log") + 1))
q "CREATE TABLE stress_operations AS
	SELECT DISTINCT wabill_session_operation(session_id) AS operation FROM stress_sessions
	WHERE wabill_session_operation(session_id) IS NOT NULL" >/dev/null
operations=$(q "SELECT count(*) FROM stress_operations")
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL || die "could not create the tenant roles"
DO \$\$ BEGIN
	FOR i IN 1..$grant_roles LOOP
		EXECUTE format('DROP ROLE IF EXISTS wabill_stress_tenant_%s', i);
		EXECUTE format('CREATE ROLE wabill_stress_tenant_%s', i);
		EXECUTE format('GRANT USAGE ON SCHEMA public TO wabill_stress_tenant_%s', i);
	END LOOP;
END \$\$;
-- Granted once each beforehand, so that readers have their privileges.
SELECT wabill_grant_operation('wabill_stress_tenant_' || i, (SELECT min(operation) FROM stress_operations))
FROM generate_series(1, $grant_roles) i;
SQL
# Each client: its calls, one statement (one transaction) each, two grants
# for one revoke, of random roles and operations; errors do not stop it.
call_sql="(SELECT 'wabill_stress_tenant_' || (1 + floor(random() * $grant_roles))::int),
	(SELECT operation FROM stress_operations ORDER BY random() LIMIT 1)"
for c in $(seq 1 "$grant_clients"); do
	for _ in $(seq 1 "$grant_calls"); do
		if [ $((RANDOM % 3)) -eq 0 ]; then
			echo "SELECT wabill_revoke_operation($call_sql);"
		else
			echo "SELECT wabill_grant_operation($call_sql);"
		fi
	done >"$client/grants.$c.sql"
	for _ in $(seq 1 "$grant_reads"); do
		echo "BEGIN;"
		echo "SET LOCAL ROLE wabill_stress_tenant_$(( (c - 1) % grant_roles + 1 ));"
		echo "SELECT count(*) FROM wabill_report(now() - interval '10 minutes', now());"
		echo "COMMIT;"
	done >"$client/reads.$c.sql"
done
grant_pids=()
read_pids=()
t0=$(date +%s.%N)
for c in $(seq 1 "$grant_readers"); do
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 -f "$client/reads.$c.sql" >/dev/null 2>"$client/reads.$c.err" &
	read_pids+=($!)
done
for c in $(seq 1 "$grant_clients"); do
	psql -X -q -d "$db" -f "$client/grants.$c.sql" >/dev/null 2>"$client/grants.$c.err" &
	grant_pids+=($!)
done
grant_exit=0
for pid in "${grant_pids[@]}"; do wait "$pid" || grant_exit=1; done
t1=$(date +%s.%N)
for pid in "${read_pids[@]}"; do wait "$pid" || grant_exit=1; done
grant_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
grant_total=$((grant_clients * grant_calls))
grant_errors=$(cat "$client"/grants.*.err | grep -c 'ERROR:')
is "$grant_errors" 0 "grants: all $grant_total concurrent calls succeeded (errors)"
[ "$grant_errors" -gt 0 ] && diag "$(cat "$client"/grants.*.err | sed -nE 's/.*ERROR: +//p' | sort | uniq -c)"
read_errors=$(cat "$client"/reads.*.err | grep -c 'ERROR:')
is "$read_errors" 0 "grants: the $grant_readers tenants reading meanwhile had no error"
is "$grant_exit" 0 "grants: every client exited 0"
errors=$(log_errors "$log_mark")
is "$(printf '%s' "$errors" | grep -c .)" 0 "grants: no ERROR, FATAL or PANIC in the server log"
[ -n "$errors" ] && diag "$(printf '%s\n' "$errors" | sed -E 's/^.*(ERROR|FATAL|PANIC): +/\1: /' | sort | uniq -c | head -5)"
is "$(q "SELECT count(*) FROM generate_series(1, $grant_roles) i
	WHERE NOT has_table_privilege('wabill_stress_tenant_' || i, 'wabill_interactions', 'SELECT')
		OR NOT has_function_privilege('wabill_stress_tenant_' || i, 'wabill_granted_operations(name)', 'EXECUTE')" 2>&1)" 0 \
	"grants: every role has the privileges its grants gave"
grant_rows=$(q "SELECT count(*) FROM wabill_operation_grants")
is "$(q "SELECT count(*) FROM wabill_operation_grants g WHERE NOT EXISTS (SELECT FROM pg_roles r WHERE r.oid = g.grantee)")" 0 \
	"grants: every stored grant is an existing role's"

# ---- 3. crash ----------------------------------------------------------------------
postmaster_pid() { head -1 "$data/postmaster.pid" 2>/dev/null; }

# Waits up to 30 s for a process to be gone, reaped included: a new
# postmaster refuses a postmaster.pid whose PID still exists, even as a
# zombie, and some init processes reap orphans only every second or so.
wait_gone() {	# wait_gone PID
	for _ in $(seq 1 150); do
		[ -e "/proc/$1" ] || return 0
		sleep 0.2
	done
	return 1
}

# Kills the postmaster with SIGKILL, after checking that the PID is this
# cluster's postmaster, then waits (bounded) for its orphaned children to
# notice and exit, as they do; SIGKILL for any that has not after 30 s.
kill_postmaster() {
	local pm children pid alive
	pm=$(postmaster_pid)
	[[ $pm =~ ^[0-9]+$ ]] || { diag "no postmaster.pid"; return 1; }
	tr '\0' ' ' <"/proc/$pm/cmdline" 2>/dev/null | grep -qF -- "-D $data" \
		|| { diag "PID $pm is not this cluster's postmaster"; return 1; }
	children=$(ps -o pid= --ppid "$pm")
	kill -9 "$pm" || return 1
	for _ in $(seq 1 150); do
		alive=
		for pid in $children; do
			grep -qa '^postgres' "/proc/$pid/cmdline" 2>/dev/null && alive="$alive $pid"
		done
		[ -z "$alive" ] && return 0
		sleep 0.2
	done
	diag "server processes still alive 30 s after the postmaster died:$alive; killing them"
	for pid in $alive; do kill -9 "$pid" 2>/dev/null; done
	sleep 1
	return 0
}

# found.R: "batch count" for every batch of round R in the table.
batches_found() {	# batches_found ROUND
	q "SELECT split_part(conn_id, '-', 3), count(*) FROM wabill_interactions
		WHERE conn_id LIKE 'crash-r$1-b%' GROUP BY 1" | tr '|' ' ' | sed 's/^b//' | sort -n
}

crash_summary=()
crash_rows=0
crash_round() {	# crash_round ROUND immediate|sigkill
	local round=$1 mode=$2 acks=$client/acks.$1 loader n_acked status t0 t1 recovery
	local found=$client/found.$1 mark pm_before
	say "crash $round: bulk load of $batch_rows-row batches, then $mode"
	: >"$acks"
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 \
		< <(awk -v round="$round" -v batches="$max_batches" -v rows="$batch_rows" \
			-f "$stress/crash_batches.awk" "$client/pool.tsv") >/dev/null 2>"$acks" &
	loader=$!
	sleep "$crash_after"
	# At least 5 acknowledged batches, at most 60 s more.
	for _ in $(seq 1 300); do
		[ "$(grep -c '^ACK ' "$acks")" -ge 5 ] && break
		kill -0 "$loader" 2>/dev/null || break
		sleep 0.2
	done
	# A random moment inside a batch, not just after a COMMIT.
	sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
	mark=$(($(wc -l <"$work/server.log") + 1))
	pm_before=$(postmaster_pid)
	case $mode in
	immediate)
		run_as_server_user "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null \
			|| diag "pg_ctl -m immediate stop failed"
		;;
	sigkill)
		kill_postmaster || diag "could not kill the postmaster"
		;;
	esac
	# The loader ends by itself when its connection breaks; bounded wait.
	for _ in $(seq 1 150); do
		kill -0 "$loader" 2>/dev/null || break
		sleep 0.2
	done
	kill -0 "$loader" 2>/dev/null && { diag "the bulk loader did not stop; killing it"; kill "$loader"; }
	wait "$loader"
	status=$?
	n_acked=$(grep -c '^ACK ' "$acks")
	if [ "$status" -ne 0 ] && [ "$n_acked" -gt 0 ] && [ "$n_acked" -lt "$max_batches" ]; then
		pass "crash $round: $mode hit the bulk load after $n_acked acknowledged batches (psql exited $status)"
	else
		fail "crash $round: $mode hit the bulk load in the middle (acknowledged $n_acked, psql exited $status)"
	fi
	if [ -n "$pm_before" ] && wait_gone "$pm_before"; then
		pass "crash $round: the postmaster is gone"
	else
		fail "crash $round: the postmaster (${pm_before:-no PID}) is gone"
	fi

	t0=$(date +%s.%N)
	if run_as_server_user "$bindir/pg_ctl" -D "$data" -l "$work/server.log" -w -t 300 start \
			>"$client/pg_ctl.$round" 2>&1; then
		t1=$(date +%s.%N)
		recovery=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
		pass "crash $round: the server restarted in $recovery s"
	else
		fail "crash $round: the server restarted"
		diag "$(cat "$client/pg_ctl.$round")" "$(tail -20 "$work/server.log")"
		return 1
	fi
	if tail -n +"$mark" "$work/server.log" | grep -q 'automatic recovery in progress'; then
		pass "crash $round: the server ran crash recovery"
	else
		fail "crash $round: the server ran crash recovery"
	fi
	# Figures of the recovery, from the server log: redo's time and the WAL
	# it replayed, and the end-of-recovery checkpoint's time.
	local redo redo_from redo_to wal_mb ckpt
	redo=$(tail -n +"$mark" "$work/server.log" | sed -nE 's/.*redo done at .*elapsed: ([0-9.]+ s).*/\1/p' | tail -1)
	redo_from=$(tail -n +"$mark" "$work/server.log" | sed -nE 's|.*redo starts at ([0-9A-F]+/[0-9A-F]+).*|\1|p' | tail -1)
	redo_to=$(tail -n +"$mark" "$work/server.log" | sed -nE 's|.*redo done at ([0-9A-F]+/[0-9A-F]+).*|\1|p' | tail -1)
	wal_mb=n/a
	if [ -n "$redo_from" ] && [ -n "$redo_to" ]; then
		wal_mb=$(( ((16#${redo_to%/*} << 32) + 16#${redo_to#*/} - (16#${redo_from%/*} << 32) - 16#${redo_from#*/}) / 1048576 ))
	fi
	ckpt=$(tail -n +"$mark" "$work/server.log" | sed -nE 's/.*checkpoint complete: .*total=([0-9.]+ s).*/\1/p' | head -1)
	# Before redo, a server that crashed fsyncs the whole data directory
	# (recovery_init_sync_method = fsync): from "was interrupted" to
	# "automatic recovery in progress".
	local sync_s
	sync_s=$(awk -v a="$(log_time "$mark" 'was interrupted')" -v b="$(log_time "$mark" 'automatic recovery in progress')" \
		'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.2f s", b - a }')
	if tail -n +"$mark" "$work/server.log" | grep -q 'PANIC:'; then
		fail "crash $round: no PANIC after the restart"
	else
		pass "crash $round: no PANIC after the restart"
	fi

	# The batches: acknowledged ones in full; none partial; nothing unacknowledged
	# but the one in flight (the batch after the last acknowledged one).
	batches_found "$round" >"$found"
	local acked_list in_flight missing partial unexpected present=absent
	acked_list=$client/acked.$round
	sed -nE 's/^ACK [0-9]+ ([0-9]+)$/\1/p' "$acks" >"$acked_list"
	in_flight=$((n_acked + 1))
	# (FILENAME, not FNR == NR, which an empty first file would fool.)
	missing=$(awk -v rows="$batch_rows" -v found="$found" '
		FILENAME == found { have[$1] = $2; next }
		!($1 in have) || have[$1] != rows { printf "%s ", $1 }' "$found" "$acked_list")
	partial=$(awk -v rows="$batch_rows" '$2 != rows { printf "%s(%s rows) ", $1, $2 }' "$found")
	unexpected=$(awk -v last="$n_acked" -v acked="$acked_list" '
		FILENAME == acked { ok[$1] = 1; next }
		!($1 in ok) && $1 != last + 1 { printf "%s ", $1 }' "$acked_list" "$found")
	grep -q "^$in_flight " "$found" && present=present
	is "$(awk '$1 != NR' "$acked_list" | wc -l)" 0 \
		"crash $round: the loader acknowledged batches 1..$n_acked in order"
	is "${missing:-none}" none "crash $round: every acknowledged batch is present in full ($n_acked of $n_acked)"
	is "${partial:-none}" none "crash $round: no partial batch"
	is "${unexpected:-none}" none "crash $round: no unacknowledged batch but the one in flight (batch $in_flight: $present)"
	local found_batches found_rows
	found_batches=$(wc -l <"$found")
	found_rows=$(awk '{ s += $2 } END { print s + 0 }' "$found")
	crash_rows=$((crash_rows + found_rows))

	# What was there before the crash is still there.
	is "$(q "SELECT count(*) FROM wabill_interactions WHERE conn_id LIKE 'stress-%'")" "$load_rows" \
		"crash $round: the load's $load_rows rows are intact"
	local r
	for r in $(seq 1 $((round - 1))); do
		if batches_found "$r" | cmp -s - "$client/found.$r"; then
			pass "crash $round: the batches of crash $r are intact"
		else
			fail "crash $round: the batches of crash $r are intact"
		fi
	done
	check_derived "crash $round"
	# The batches are dated October 2026; the load's rows, the last hour.
	local oct load_oct
	oct=$(q "SELECT count(*) FROM wabill_report('2026-10-01 00:00-05', '2026-11-01 00:00-05')")
	load_oct=$(q "SELECT count(*) FROM wabill_interactions WHERE conn_id LIKE 'stress-%'
		AND date >= '2026-10-01 00:00-05' AND date < '2026-11-01 00:00-05'")
	is "$oct" "$((crash_rows + load_oct))" "crash $round: wabill_report for October 2026 returns the recovered batches' rows ($crash_rows)"
	check_amcheck "crash $round"
	crash_summary+=("crash $round ($mode): $n_acked batches acknowledged, $found_batches found ($found_rows rows), in-flight batch $in_flight $present; server up again in ${recovery} s (data directory fsync $sync_s, redo of $wal_mb MB of WAL ${redo:-n/a}, end-of-recovery checkpoint ${ckpt:-n/a})")
	return 0
}

# The second crash needs the server back from the first.
crash_round 1 immediate && crash_round 2 sigkill

# ---- summary --------------------------------------------------------------------------
duration=$((SECONDS - started))
cat <<SUMMARY

wabill stress test, $(date -u '+%Y-%m-%d %H:%M UTC')
  machine: $(nproc) CPUs, $(sed -nE 's/^model name\s*:\s*//p' /proc/cpuinfo | head -1), $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM
  load average before the run: $loadavg_before
  PostgreSQL $pg_version, fsync on
  load, ${seconds} s: $writers writers, $committed transactions committed, ${writers_tps} tps (latency ${writers_latency}), ${load_failed:-?} failed
    rows inserted: $load_rows ($rows_via_view through wabill_billing_report, $rows_direct straight into the table; $((tx_mixed * 2)) re-sent rows skipped), $load_problem_rows with a malformed session ID
    reports run: ${reports:-0} (${readers_tps} per second): ${reports_report:-0} wabill_report of the last hour, ${reports_aggregate:-0} aggregates over wabill_billing_report, ${reports_page:-0} report pages
  grants: $grant_total calls of wabill_grant_operation / wabill_revoke_operation by $grant_clients clients at once, $grant_errors failed, in ${grant_seconds} s; $grant_readers tenants read $((grant_readers * grant_reads)) reports meanwhile, $read_errors failed; $grant_rows grants stored at the end ($grant_roles roles, $operations operations)
SUMMARY
for line in "${crash_summary[@]}"; do echo "  $line"; done
echo "  duration: ${duration} s"
if [ "$tap_failures" -gt 0 ]; then
	echo
	echo "the end of the server log:"
	tail -30 "$work/server.log"
fi
echo
echo "$((tap_tests - tap_failures)) passed, $tap_failures failed"
tap_done
