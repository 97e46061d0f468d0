-- wabill_report and the views: bounds, order, filters, malformed rows,
-- idempotent loading, CSV round trip, time zones, index use.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('a1', '573001234567.Acme.wa-1', '2026-10-01 00:00:00+00', true),	-- exactly "from"
	('a2', '12125550123.Acme.wa-1', '2026-10-15 12:00:00+00', false),
	('a0', '18092345678.Beta.wa-2', '2026-10-15 12:00:00+00', true),		-- same date as a2
	('a3', '447400123456.Beta.wa-2', '2026-10-31 23:59:59.999999+00', true),
	('a4', '573001234567.Acme.wa-1', '2026-11-01 00:00:00+00', true),	-- exactly "to"
	('b1', '573001234567..wa-1', '2026-10-20 00:00:00+00', true),		-- malformed
	('b2', '80012345678.Acme.wa-1', '2026-10-21 00:00:00+00', false);	-- no country

-- half-open bounds, order by date then conn_id
SELECT results_eq(
	$$SELECT conn_id FROM wabill_report('2026-10-01', '2026-11-01')$$,
	ARRAY['a1', 'a0', 'a2', 'b1', 'b2', 'a3'],
	'from <= date < to, ordered by date then conn_id');
SELECT results_eq(
	$$SELECT conn_id FROM wabill_report('2026-11-01', '2026-12-01')$$,
	ARRAY['a4'], 'months chain without overlap');
SELECT is((SELECT count(*) FROM wabill_report(NULL, NULL)), 7::bigint, 'NULL bounds: everything');
SELECT results_eq($$SELECT conn_id FROM wabill_report(NULL, '2026-10-15 12:00')$$, ARRAY['a1'], 'NULL from is open');
SELECT results_eq($$SELECT conn_id FROM wabill_report('2026-10-31', NULL)$$, ARRAY['a3', 'a4'], 'NULL to is open');
SELECT is((SELECT count(*) FROM wabill_report('2026-10-15 12:00', '2026-10-15 12:00')), 0::bigint, 'from = to is empty');
SELECT throws_ok($$SELECT * FROM wabill_report('2026-11-01', '2026-10-01')$$, '22000',
	'report range starts after it ends', 'from > to is an error that says so');

-- exactly the six report columns
SELECT is(
	ARRAY(SELECT unnest(proargnames[5:]) FROM pg_proc WHERE proname = 'wabill_report'),
	ARRAY['conn_id', 'session_id', 'date', 'customer_phone', 'template', 'destiny']::text[],
	'wabill_report returns the six report columns');
SELECT results_eq(
	$$SELECT conn_id, customer_phone, template, destiny FROM wabill_report('2026-10-15', '2026-10-16')$$,
	$$VALUES ('a0', '18092345678', 'yes', 'DO'), ('a2', '12125550123', 'no', 'US')$$,
	'derived columns and yes/no');

-- filters
SELECT results_eq($$SELECT conn_id FROM wabill_report(NULL, NULL, 'US')$$, ARRAY['a2'], 'destiny filter');
SELECT results_eq($$SELECT conn_id FROM wabill_report(NULL, NULL, 'gb')$$, ARRAY['a3'], 'destiny filter ignores case');
SELECT results_eq($$SELECT conn_id FROM wabill_report(NULL, NULL, operation => 'Beta')$$, ARRAY['a0', 'a3'], 'operation filter');
SELECT results_eq($$SELECT conn_id FROM wabill_report(NULL, NULL, 'CO', 'Acme')$$, ARRAY['a1', 'a4'], 'both filters');
SELECT is((SELECT count(*) FROM wabill_report(NULL, NULL, NULL, NULL)), 7::bigint, 'NULL filters mean all');

-- malformed rows still appear, with NULL in what cannot be derived
SELECT results_eq(
	$$SELECT customer_phone, destiny FROM wabill_report('2026-10-20', '2026-10-22')$$,
	$$VALUES (NULL::text, NULL::text), ('80012345678', NULL)$$,
	'malformed and countryless rows are in the report with NULLs');
SELECT results_eq(
	$$SELECT conn_id, problem FROM wabill_interaction_problems ORDER BY conn_id$$,
	$$VALUES ('b1'::text, 'the operation is empty'::text),
		('b2', 'customer phone: the calling code +800 is non-geographic')$$,
	'the problems view says why');

-- the view's extra columns
SELECT results_eq(
	$$SELECT operation, connector_id, destiny_name, calling_code FROM wabill_billing_report WHERE conn_id = 'a3'$$,
	$$VALUES ('Beta'::text, 'wa-2'::text, 'United Kingdom'::text, 44)$$,
	'operation, connector_id, destiny_name, calling_code');

-- loading through the view is idempotent
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('c1', '34612345678.Acme.wa-1', '2026-10-05 10:00+00', 'yes')$$, 'load a raw record');
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('c1', '34612345678.Acme.wa-1', '2026-10-05 10:00+00', 'yes')$$, 'load it again');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id = 'c1'), 1::bigint, 'stored once');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('c1', '34612345678.Acme.wa-1', '2026-10-05 11:00+00', 'yes')$$, '23505', NULL,
	'the same conn_id with other data is refused, not overwritten');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('c2', '34612345678.Acme.wa-1', '2026-10-05 11:00+00', 'maybe')$$, '22P02', NULL,
	'template must be yes or no');
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('c3', '34612345678.Acme.wa-1', '2026-10-05 11:00+00', '34612345678', 'yes', 'CO')$$,
	'a DESTINY that disagrees with the session ID is loaded, not refused');
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('c4', '34612345678.Acme.wa-1', '2026-10-05 11:00+00', '573001234567', 'yes', 'ES')$$,
	'so is a CUSTOMER_PHONE that disagrees');
SELECT results_eq(
	$$SELECT conn_id, recorded_customer_phone, recorded_destiny FROM wabill_interactions WHERE conn_id IN ('c3', 'c4') ORDER BY 1$$,
	$$VALUES ('c3'::text, NULL::text, 'CO'::text), ('c4', '573001234567', NULL)$$,
	'both are kept as the source recorded them, except values equal to wabill''s derivation (c3''s phone, c4''s ES)');
SELECT results_eq(
	$$SELECT conn_id, customer_phone, destiny FROM wabill_report(NULL, NULL) WHERE conn_id IN ('c3', 'c4') ORDER BY 1$$,
	$$VALUES ('c3'::text, '34612345678'::text, 'ES'::text), ('c4', '34612345678', 'ES')$$,
	'the report still shows wabill''s derivation from the session ID');
DELETE FROM wabill_interactions WHERE conn_id IN ('c3', 'c4');
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('c5', 'garbage', '2026-10-05 11:00+00', 'no')$$, 'a malformed session ID is stored, not lost');

-- CSV export and reload with one \copy
\getenv tmpdir WABILL_TEST_TMP
\cd :tmpdir
CREATE TEMP TABLE before AS SELECT * FROM wabill_report(NULL, NULL);
\copy (SELECT * FROM wabill_report(NULL, NULL)) TO 'report.csv' CSV HEADER
DELETE FROM wabill_interactions;
\copy wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny) FROM 'report.csv' CSV HEADER
SELECT results_eq($$SELECT * FROM wabill_report(NULL, NULL)$$, $$SELECT * FROM before$$,
	'a report exported as CSV loads back into the same report');
\copy wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny) FROM 'report.csv' CSV HEADER
SELECT is((SELECT count(*) FROM wabill_interactions), (SELECT count(*) FROM before),
	'loading the export twice duplicates nothing');

-- time zones: DATE shows in the session's zone; zone-less input is local time
SET LOCAL TimeZone = 'America/Bogota';
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('tz1', '573001234567.Acme.wa-1', '2026-10-31 20:00:00', 'yes')$$, 'zone-less timestamp in Colombian time');
SELECT is((SELECT date FROM wabill_interactions WHERE conn_id = 'tz1'), '2026-11-01 01:00:00+00'::timestamptz,
	'stored as the right instant');
SELECT is((SELECT date::text FROM wabill_report('2026-10-31', '2026-11-01') WHERE conn_id = 'tz1'),
	'2026-10-31 20:00:00-05', 'shown in the session''s zone, inside October in Bogota');
SELECT is((SELECT count(*) FROM wabill_report('2026-10-01 00:00+00', '2026-11-01 00:00+00') WHERE conn_id = 'tz1'),
	0::bigint, 'but in November in UTC');

-- narrow ranges use the date index (the plan, not the timing)
INSERT INTO wabill_interactions (conn_id, session_id, date, template)
SELECT 'bulk' || g, '57300' || (1000000 + g) || '.Acme.wa-1',
	'2025-01-01'::timestamptz + g * interval '10 minutes', g % 2 = 0
FROM generate_series(1, 52560) g;
ANALYZE wabill_interactions;
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE p text;
BEGIN EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO p; RETURN p; END $$;
SELECT matches(pg_temp.plan_of($$SELECT * FROM wabill_report('2025-06-01', '2025-06-02')$$),
	'"Node Type": "(Index Scan|Index Only Scan|Bitmap Heap Scan)"',
	'a one-day report of a year uses the date index');
SELECT doesnt_match(pg_temp.plan_of($$SELECT * FROM wabill_report('2025-06-01', '2025-06-02')$$),
	'"Function Scan"', 'wabill_report is inlined, not materialized');
SELECT doesnt_match(pg_temp.plan_of($$SELECT * FROM wabill_report('2025-06-01', '2025-06-02')$$),
	'"Node Type": "Sort"', 'the index gives the report''s order');

SELECT * FROM finish();
ROLLBACK;
