-- make stress, writer: 5 interactions in one statement through the report view
-- wabill_billing_report (its INSTEAD OF INSERT trigger), as a raw export loads.
-- conn_id = stress-v-<client>-<seq>-<k>: :seq counts this client's
-- transactions (run.sh passes -D seq=0), so the committed set is known from
-- pgbench's per-transaction log.
\set seq :seq + 1
\set p1 random(1, :pool)
\set p2 random(1, :pool)
\set p3 random(1, :pool)
\set p4 random(1, :pool)
\set p5 random(1, :pool)
\set a1 random(0, 3300)
\set a2 random(0, 3300)
\set a3 random(0, 3300)
\set a4 random(0, 3300)
\set a5 random(0, 3300)
\set t random(0, 31)
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
SELECT format('stress-v-%s-%s-%s', :client_id, :seq, v.k), s.session_id,
	now() - v.age * interval '1 second',
	CASE WHEN (:t >> v.k) & 1 = 0 OR v.k = 5 THEN 'yes' ELSE 'no' END
FROM (VALUES (1, :p1, :a1), (2, :p2, :a2), (3, :p3, :a3), (4, :p4, :a4), (5, :p5, :a5))
	AS v (k, p, age)
	JOIN stress_sessions s ON s.id = v.p;
