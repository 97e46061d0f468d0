-- make stress, writer: 5 interactions straight into wabill_interactions, as
-- the README's bulk path does (ON CONFLICT (conn_id) DO NOTHING).
-- conn_id = stress-t-<client>-<seq>-<k> (see writer_view.sql).
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
INSERT INTO wabill_interactions (conn_id, session_id, date, template)
SELECT format('stress-t-%s-%s-%s', :client_id, :seq, v.k), s.session_id,
	now() - v.age * interval '1 second',
	(:t >> v.k) & 1 = 0 OR v.k = 5
FROM (VALUES (1, :p1, :a1), (2, :p2, :a2), (3, :p3, :a3), (4, :p4, :a4), (5, :p5, :a5))
	AS v (k, p, age)
	JOIN stress_sessions s ON s.id = v.p
ON CONFLICT (conn_id) DO NOTHING;
