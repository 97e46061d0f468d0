# The bulk load of make stress's crash test, as a psql script on stdout.
#
#   awk -v round=R -v batches=N -v rows=M -f test/stress/crash_batches.awk pool.tsv | psql ...
#
# Batch b (1..N) is one transaction of M interactions whose conn_ids are
# crash-rR-bB-K (K = 1..M), the whole set known in advance.  The batches
# take turns: COPY into wabill_interactions, COPY into the view
# wabill_billing_report (its trigger, row by row), and INSERT ... SELECT
# through the view.  After each COMMIT psql prints "ACK R B" on stderr
# (\warn, unbuffered), which it only does once the server has acknowledged
# the COMMIT: with ON_ERROR_STOP, a lost connection ends psql before that.
# psql reads the script as it goes, so nothing is written to disk, and awk
# stops on its own after N batches (or when psql exits).
BEGIN { FS = "\t" }
{ pool[++npool] = $2 }
function stamp(b, k,    s) {
	# a date in October 2026, Colombian time, spread over the month
	s = (b * 7919 + k * 104729) % (31 * 86400)
	return sprintf("2026-10-%02d %02d:%02d:%02d-05", 1 + int(s / 86400),
		int(s % 86400 / 3600), int(s % 3600 / 60), s % 60)
}
END {
	if (npool == 0 || round == "" || batches < 1 || rows < 1) {
		print "crash_batches.awk: need the pool and -v round=, batches=, rows=" > "/dev/stderr"
		exit 1
	}
	print "\\set ON_ERROR_STOP 1"
	for (b = 1; b <= batches; b++) {
		kind = b % 3
		print "BEGIN;"
		if (kind == 1 || kind == 2) {
			if (kind == 1)
				print "COPY wabill_interactions (conn_id, session_id, date, template) FROM STDIN;"
			else
				print "COPY wabill_billing_report (conn_id, session_id, date, template) FROM STDIN;"
			for (k = 1; k <= rows; k++) {
				s = pool[1 + (b * 31 + k * 17) % npool]
				t = ((b + k) % 5 != 0)
				if (kind == 1) t = t ? "t" : "f"; else t = t ? "yes" : "no"
				printf "crash-r%s-b%d-%d\t%s\t%s\t%s\n", round, b, k, s, stamp(b, k), t
			}
			print "\\."
		} else {
			printf "INSERT INTO wabill_billing_report (conn_id, session_id, date, template)\n"
			printf "SELECT format('crash-r%s-b%d-%%s', k), s.session_id,\n", round, b
			printf "\ttimestamptz '2026-10-01 00:00-05' + ((%d * 7919 + k * 104729) %% (31 * 86400)) * interval '1 second',\n", b
			printf "\tCASE WHEN (%d + k) %% 5 <> 0 THEN 'yes' ELSE 'no' END\n", b
			printf "FROM generate_series(1, %d) AS k\n", rows
			printf "\tJOIN stress_sessions s ON s.id = 1 + (%d * 31 + k * 17) %% %d;\n", b, npool
		}
		print "COMMIT;"
		printf "\\warn ACK %s %d\n", round, b
	}
}
