-- Partitions by month and the bulk loader (issue 10).  Expectations written
-- by hand: which partitions exist, what each load leaves stored.
BEGIN;
SELECT * FROM no_plan();
SET TimeZone = 'UTC';

CREATE FUNCTION pg_temp.partitions() RETURNS text[] LANGUAGE sql AS $$
	SELECT ARRAY(SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'wabill_interactions'::regclass ORDER BY 1)
$$;
CREATE FUNCTION pg_temp.stored() RETURNS text[] LANGUAGE sql AS $$
	SELECT ARRAY(SELECT i.tableoid::regclass::text || ' ' || i.conn_id || ' ' || i.session_id
		FROM wabill_interactions i ORDER BY i.conn_id)
$$;

SELECT is(pg_temp.partitions(), ARRAY['wabill_interactions_default'], 'a fresh install has only the default partition');

-- loading creates the months it needs, with no step for the user
INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('p1', '573001234567.Acme.wa-1', '2026-10-31 23:59:59.999999+00', 'yes'),
	('p2', '573001234567.Acme.wa-1', '2026-11-01 00:00:00+00', 'no'),
	('p3', '34612345678.Acme.wa-1', '2027-01-15 12:00:00+00', 'yes');
SELECT is(pg_temp.partitions(),
	ARRAY['wabill_interactions_2026_10', 'wabill_interactions_2026_11', 'wabill_interactions_2027_01', 'wabill_interactions_default'],
	'the load created one partition per UTC month met');
SELECT is(pg_temp.stored(), ARRAY[
	'wabill_interactions_2026_10 p1 573001234567.Acme.wa-1',
	'wabill_interactions_2026_11 p2 573001234567.Acme.wa-1',
	'wabill_interactions_2027_01 p3 34612345678.Acme.wa-1'], 'each row is in its month');
SELECT is((SELECT count(*) FROM wabill_conn_ids), 3::bigint, 'every conn_id is registered');

-- reloading changes nothing; the same conn_id under another month with other data is refused
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('p1', '573001234567.Acme.wa-1', '2026-10-31 23:59:59.999999+00', 'yes'),
	('p3', '34612345678.Acme.wa-1', '2027-01-15 12:00:00+00', 'true')$$, 'reloading stored records raises nothing');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('p4', '573001234567.Acme.wa-1', '2026-12-01 00:00:00+00', 'yes'),
	('p1', '573001234567.Acme.wa-1', '2026-12-31 00:00:00+00', 'yes')$$, '23505',
	'conn_id p1 is already stored with different data',
	'a conn_id stored under another month, with another date, is refused');
SELECT is(pg_temp.stored(), ARRAY[
	'wabill_interactions_2026_10 p1 573001234567.Acme.wa-1',
	'wabill_interactions_2026_11 p2 573001234567.Acme.wa-1',
	'wabill_interactions_2027_01 p3 34612345678.Acme.wa-1'], 'nothing of the refused load is stored (not p4 either)');
SELECT throws_ok($$INSERT INTO wabill_interactions VALUES ('p2', '573001234567.Acme.wa-1', '2027-02-01', true)$$,
	'23505', NULL, 'straight into the table, a conn_id of another month is refused too');

-- a file that repeats a conn_id: the same record twice is one row; two different ones are refused
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('r1', '573001234567.Acme.wa-1', '2026-10-05 00:00:00+00', 'yes'),
	('r1', '573001234567.Acme.wa-1', '2026-10-05 00:00:00+00', 'yes')$$, 'a record repeated in one file is accepted');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id = 'r1'), 1::bigint, 'and stored once');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('r2', '573001234567.Acme.wa-1', '2026-10-05 00:00:00+00', 'yes'),
	('r2', '573001234567.Acme.wa-2', '2026-10-05 00:00:00+00', 'yes')$$, '23505',
	'conn_id r2 is already stored with different data', 'one conn_id with two records in one file is refused');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('r3', '573001234567.Acme.wa-1', '2026-10-05 00:00:00+00', 'yes'),
	('r3', '573001234567.Acme.wa-1', '2026-12-05 00:00:00+00', 'yes')$$, '23505',
	'conn_id r3 is already stored with different data', 'also when the two records are in different months');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id IN ('r2', 'r3')), 0::bigint, 'neither is half loaded');

-- the refusal quotes a bounded prefix of each value
SELECT throws_like(format($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('p1', %L, '2026-10-31 23:59:59.999999+00', 'yes')$$, '5730' || repeat('1', 100000) || '.Acme.wa-1'),
	'conn_id p1 is already stored with different data', 'a huge session ID is refused');
CREATE FUNCTION pg_temp.detail_of(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE d text;
BEGIN
	EXECUTE sql;
	RETURN NULL;
EXCEPTION WHEN unique_violation THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
	RETURN d;
END $$;
SELECT cmp_ok(length(pg_temp.detail_of(format($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('p1', %L, '2026-10-31 23:59:59.999999+00', 'yes')$$, '5730' || repeat('1', 100000) || '.Acme.wa-1'))),
	'<', 300, 'and its DETAIL quotes a bounded prefix of the session ID');

-- a range query reads only the months it needs
CREATE FUNCTION pg_temp.plan_of(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE l text; plan text := '';
BEGIN
	FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || sql LOOP plan := plan || l || E'\n'; END LOOP;
	RETURN plan;
END $$;
SELECT matches(pg_temp.plan_of($$SELECT * FROM wabill_report('2026-11-01', '2026-12-01')$$),
	'wabill_interactions_2026_11', 'EXPLAIN: the report of November reads November''s partition');
SELECT doesnt_match(pg_temp.plan_of($$SELECT * FROM wabill_report('2026-11-01', '2026-12-01')$$),
	'wabill_interactions_(2026_10|2027_01|default)', 'and no other');
SELECT doesnt_match(pg_temp.plan_of($$SELECT destiny, count(*) FROM wabill_billing_report
		WHERE date >= '2027-01-01' AND date < '2027-02-01' GROUP BY 1$$),
	'wabill_interactions_(2026_10|2026_11|default)', 'EXPLAIN: a count over January reads only January');

-- rows inserted straight into the table for a month with no partition wait
-- in the default partition; the month's first load moves them out
INSERT INTO wabill_interactions VALUES ('d1', '573001234567.Acme.wa-1', '2027-03-03', true);
SELECT is((SELECT tableoid::regclass::text FROM wabill_interactions WHERE conn_id = 'd1'), 'wabill_interactions_default',
	'a row of a month without partition goes to the default partition');
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
VALUES ('d2', '573001234567.Acme.wa-1', '2027-03-04', 'yes');
SELECT is((SELECT array_agg(tableoid::regclass::text ORDER BY conn_id) FROM wabill_interactions WHERE conn_id IN ('d1', 'd2')),
	ARRAY['wabill_interactions_2027_03', 'wabill_interactions_2027_03'], 'loading March created it and moved d1 there');

-- the table's triggers keep wabill_conn_ids in step
DELETE FROM wabill_interactions WHERE conn_id = 'd1';
UPDATE wabill_interactions SET conn_id = 'd3', date = '2027-03-05' WHERE conn_id = 'd2';
SELECT is(ARRAY(SELECT conn_id || ' ' || date FROM wabill_conn_ids WHERE conn_id LIKE 'd%' ORDER BY 1),
	ARRAY['d3 2027-03-05 00:00:00+00'], 'deletes and updates are followed in wabill_conn_ids');
SELECT is((SELECT count(*) FROM wabill_conn_ids), (SELECT count(*) FROM wabill_interactions), 'one conn_id per row');

-- detach a month: the table keeps its rows, its conn_ids are forgotten, and it can be loaded again
SELECT is(wabill_detach_month('2026-11-15')::text, 'wabill_interactions_2026_11', 'wabill_detach_month returns the table');
SELECT is((SELECT count(*) FROM wabill_interactions_2026_11), 1::bigint, 'which keeps its rows');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id = 'p2'), 0::bigint, 'no longer in the report');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('p2', '573001234567.Acme.wa-1', '2026-11-01 00:00:00+00', 'no')$$, '55006',
	'month 2026-11 of wabill_interactions is detached', 'loading a detached month is refused while its table is there');
DROP TABLE wabill_interactions_2026_11;
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('p2', '573001234567.Acme.wa-1', '2026-11-01 00:00:00+00', 'no')$$, 'once dropped, the month loads again');
SELECT is((SELECT tableoid::regclass::text FROM wabill_interactions WHERE conn_id = 'p2'), 'wabill_interactions_2026_11',
	'into a new partition');

SELECT * FROM finish();
ROLLBACK;
