-- The billing report over a realistic month (test/data/sample_month.csv):
-- wolkvox-style exports are Colombian time without a zone.
SET TimeZone = 'America/Bogota';
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
SELECT count(*) FROM wabill_interactions;

-- the golden month
SELECT * FROM wabill_report('2026-10-01', '2026-11-01');

-- the same month asked for in UTC differs at both ends
SELECT count(*) FROM wabill_report('2026-10-01 00:00+00', '2026-11-01 00:00+00');

-- what the month bills, by destination
SELECT destiny, destiny_name, calling_code,
	count(*) FILTER (WHERE template = 'yes') AS templates,
	count(*) AS interactions
FROM wabill_billing_report
WHERE date >= '2026-10-01' AND date < '2026-11-01'
GROUP BY 1, 2, 3
ORDER BY templates DESC, destiny;

-- filters: destination (case-insensitive) and operation
SELECT count(*) FROM wabill_report('2026-10-01', '2026-11-01', destiny => 'co');
SELECT count(*) FROM wabill_report('2026-10-01', '2026-11-01', operation => 'Acme Ventas S.A.S.');
SELECT count(*) FROM wabill_report(NULL, NULL, 'US', 'Acme Cobranzas');

-- rows whose report is incomplete
SELECT conn_id, session_id, problem FROM wabill_interaction_problems ORDER BY conn_id;

-- reversed bounds
\set VERBOSITY terse
SELECT * FROM wabill_report('2026-11-01', '2026-10-01');
\set VERBOSITY default

-- loading the same file again changes nothing
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
SELECT count(*) FROM wabill_interactions;
