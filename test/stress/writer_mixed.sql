-- make stress, writer: one explicit transaction of 5 interactions, 2 through
-- the view and 3 into the table, then the first 2 sent again through the view
-- with the same data, which the trigger must skip (idempotent loading).
-- conn_id = stress-m-<client>-<seq>-<k> (see writer_view.sql).
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
BEGIN;
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
SELECT format('stress-m-%s-%s-%s', :client_id, :seq, v.k), s.session_id,
	now() - v.age * interval '1 second', 'yes'
FROM (VALUES (1, :p1, :a1), (2, :p2, :a2)) AS v (k, p, age)
	JOIN stress_sessions s ON s.id = v.p;
INSERT INTO wabill_interactions (conn_id, session_id, date, template)
SELECT format('stress-m-%s-%s-%s', :client_id, :seq, v.k), s.session_id,
	now() - v.age * interval '1 second', v.k <> 4
FROM (VALUES (3, :p3, :a3), (4, :p4, :a4), (5, :p5, :a5)) AS v (k, p, age)
	JOIN stress_sessions s ON s.id = v.p;
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
SELECT format('stress-m-%s-%s-%s', :client_id, :seq, v.k), s.session_id,
	now() - v.age * interval '1 second', 'yes'
FROM (VALUES (1, :p1, :a1), (2, :p2, :a2)) AS v (k, p, age)
	JOIN stress_sessions s ON s.id = v.p;
COMMIT;
