-- The README's statistics for counting a year by destination and month
-- ("Counting a year by destination and month"): they can be created on the
-- extension's table, ANALYZE builds them, and the planner then expects the
-- groups there are instead of one per row.  Hand-made data: 400 rows, four
-- destinations, two months (Bogota time), 50 rows in each of the 8 groups.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'America/Bogota';

INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
SELECT 'ys' || g,
	(ARRAY['573001234567', '34612345678', '525512345678', '14155550123'])[g % 4 + 1] || '.Acme.wa-1',
	CASE WHEN g % 8 < 4 THEN timestamptz '2026-03-10 12:00-05' ELSE timestamptz '2026-04-10 12:00-05' END
		+ g * interval '1 second',
	'yes'
FROM generate_series(1, 400) g;

CREATE FUNCTION pg_temp.estimated_groups() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE $q$EXPLAIN (FORMAT JSON)
		SELECT destiny, date_trunc('month', date AT TIME ZONE 'America/Bogota') AS month, count(*)
		FROM wabill_billing_report GROUP BY 1, 2$q$ INTO plan;
	RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::int;
END
$$;

SELECT lives_ok($$ANALYZE wabill_interactions$$, 'ANALYZE without the statistics');
SELECT cmp_ok(pg_temp.estimated_groups(), '>', 100,
	'without them the planner expects about a group per row (400 rows)');
SELECT lives_ok($$CREATE STATISTICS wabill_destiny_month (ndistinct)
	ON (wabill_session_country(session_id)), (date_trunc('month', date AT TIME ZONE 'America/Bogota'))
	FROM wabill_interactions$$,
	'the README''s statistics can be created (every function in them is immutable)');
SELECT lives_ok($$ANALYZE wabill_interactions$$, 'ANALYZE of the partitioned table builds them');
SELECT cmp_ok(pg_temp.estimated_groups(), '<=', 16, 'with them the planner expects the 8 groups there are, or about');
SELECT results_eq($$SELECT destiny, date_trunc('month', date AT TIME ZONE 'America/Bogota')::date, count(*)
		FROM wabill_billing_report GROUP BY 1, 2 ORDER BY 1, 2$$,
	$$VALUES ('CO', '2026-03-01'::date, 50::bigint), ('CO', '2026-04-01', 50), ('ES', '2026-03-01', 50),
		('ES', '2026-04-01', 50), ('MX', '2026-03-01', 50), ('MX', '2026-04-01', 50), ('US', '2026-03-01', 50),
		('US', '2026-04-01', 50)$$,
	'the count by destination and month itself');

SELECT * FROM finish();
ROLLBACK;
