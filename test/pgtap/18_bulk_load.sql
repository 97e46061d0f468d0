-- The loader's insertion of a fresh file as COPY inserts (load_insert.c),
-- and the cases where it must leave the work to an INSERT (issue 10).
-- Files of 300 records: the loader samples a few conn_ids of a file, and the
-- second record of a file that long is not among them, so a stored conn_id
-- there is only found by the keys while inserting.  Expectations by hand.
BEGIN;
SELECT * FROM no_plan();
SET TimeZone = 'UTC';

-- 300 records r<first>..r<first+299>, a day apart from 2026-01-01, each
-- session ID numbered like its conn_id
CREATE FUNCTION pg_temp.file(first int, session text DEFAULT 'wa-1') RETURNS TABLE (conn_id text, session_id text, date timestamptz, template text)
LANGUAGE sql AS $$
	SELECT 'r' || g, '57300' || lpad(g::text, 7, '0') || '.Acme.' || session,
		timestamptz '2026-01-01 00:00+00' + (g - first) * interval '1 day', 'yes'
	FROM generate_series(first, first + 299) g
$$;

INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(1000);
SELECT is(wabill_last_load_stored(), 300::bigint, 'a fresh file of 300 records is stored whole');
SELECT is((SELECT count(*) FROM wabill_interactions), 300::bigint, 'as 300 rows');
SELECT is((SELECT count(*) FROM wabill_conn_ids k JOIN wabill_interactions i ON i.conn_id = k.conn_id AND i.date = k.date),
	300::bigint, 'each registered in wabill_conn_ids with its date');
SELECT is((SELECT tableoid::regclass::text FROM wabill_interactions WHERE conn_id = 'r1031'), 'wabill_interactions_2026_02',
	'each in the partition of its month (r1031: 2026-02-01)');
SELECT is((SELECT count(DISTINCT tableoid) FROM wabill_interactions), 10::bigint,
	'300 days from January 1st: ten months, ten partitions');

-- the second record (r2001) replaced by r1000 (stored on 2026-01-01) with other data:
-- refused, nothing stored; under another month (July) and under the same one
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT CASE WHEN f.conn_id = 'r2001' THEN 'r1000' ELSE f.conn_id END, f.session_id,
		CASE WHEN f.conn_id = 'r2001' THEN '2026-07-01 00:00+00' ELSE f.date END, f.template
	FROM pg_temp.file(2000) f$$,
	'23505', 'conn_id r1000 is already stored with different data',
	'a stored conn_id the samples missed, under another month, is refused');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT CASE WHEN f.conn_id = 'r2001' THEN 'r1000' ELSE f.conn_id END, f.session_id, f.date, f.template
	FROM pg_temp.file(2000) f$$,
	'23505', 'conn_id r1000 is already stored with different data',
	'and under its own month with another date and session ID');
SELECT is((SELECT count(*) FROM wabill_interactions), 300::bigint, 'nothing of those files is stored');

-- the same, with r1000's own record: stored once, the rest stored
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT f.* FROM pg_temp.file(3000) f WHERE f.conn_id <> 'r3001'
	UNION ALL SELECT f.* FROM pg_temp.file(1000) f WHERE f.conn_id = 'r1000'
	ORDER BY 1 DESC$$, 'a file holding one stored record, the same, loads');
SELECT is(wabill_last_load_stored(), 299::bigint, 'its 299 new records stored');
SELECT is((SELECT count(*) FROM wabill_interactions), 599::bigint, 'and no other');

-- a file repeating one record: stored once
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT * FROM pg_temp.file(4000) UNION ALL SELECT * FROM pg_temp.file(4000) WHERE conn_id = 'r4001'$$,
	'a file repeating a record loads');
SELECT is(wabill_last_load_stored(), 300::bigint, 'the repeated record stored once');
SELECT is((SELECT count(*) FROM wabill_conn_ids), 899::bigint, 'one key per conn_id');

-- reloading: the samples find the file stored; every record is compared
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(1000)$$,
	'reloading a file raises nothing');
SELECT is(wabill_last_load_stored(), 0::bigint, 'and stores nothing');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT f.conn_id, CASE WHEN f.conn_id = 'r1150' THEN '573009999999.Acme.wa-1' ELSE f.session_id END, f.date, f.template
	FROM pg_temp.file(1000) f$$,
	'23505', 'conn_id r1150 is already stored with different data',
	'a reload with one record changed is refused, naming it');
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT * FROM pg_temp.file(1000) UNION ALL SELECT 'r9999', '573001234567.Acme.wa-1', '2026-05-05', 'no'$$,
	'a reload with one new record loads');
SELECT is(wabill_last_load_stored(), 1::bigint, 'storing that one');
SELECT is((SELECT count(*) FROM wabill_interactions), 900::bigint, 'and no other');

-- a trigger of the user's on a month still fires for each loaded row
CREATE TEMP TABLE seen (conn_id text);
CREATE FUNCTION pg_temp.seen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO seen VALUES (NEW.conn_id); RETURN NEW; END $$;
CREATE TRIGGER seen AFTER INSERT ON wabill_interactions_2026_03 FOR EACH ROW EXECUTE FUNCTION pg_temp.seen();
INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(5000);
SELECT is((SELECT count(*) FROM seen), 31::bigint, 'a trigger on March saw its 31 rows');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id LIKE 'r5%'), 300::bigint, 'and the file is stored');
DROP TRIGGER seen ON wabill_interactions_2026_03;

-- a constraint of the user's still refuses what it refuses
ALTER TABLE wabill_interactions ADD CONSTRAINT not_wa9 CHECK (session_id NOT LIKE '%.wa-9');
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(7000, 'wa-9')$$,
	'23514', NULL, 'a CHECK of the user''s on the table refuses a fresh file that breaks it');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id LIKE 'r7%'), 0::bigint, 'nothing of it stored');
ALTER TABLE wabill_interactions DROP CONSTRAINT not_wa9;

-- a month's table made by hand with narrower bounds: each record goes where an INSERT sends it
CREATE TABLE wabill_interactions_2031_01 PARTITION OF wabill_interactions
	FOR VALUES FROM ('2031-01-01 00:00+00') TO ('2031-01-15 00:00+00');
INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('b1', '573001234567.Acme.wa-1', '2031-01-10 00:00+00', 'yes'),
	('b2', '573001234567.Acme.wa-1', '2031-01-20 00:00+00', 'yes');
SELECT is((SELECT array_agg(tableoid::regclass::text ORDER BY conn_id) FROM wabill_interactions WHERE conn_id IN ('b1', 'b2')),
	ARRAY['wabill_interactions_2031_01', 'wabill_interactions_default'],
	'a month partition that does not hold the whole month: the rest goes to the default partition');

-- row-level security and privileges apply as to any INSERT
CREATE ROLE wabill_bl_tenant;
CREATE ROLE wabill_bl_bypass BYPASSRLS;
CREATE ROLE wabill_bl_nokeys BYPASSRLS;
GRANT USAGE ON SCHEMA public TO wabill_bl_tenant, wabill_bl_bypass, wabill_bl_nokeys;
GRANT EXECUTE ON FUNCTION pg_temp.file(int, text) TO wabill_bl_tenant, wabill_bl_bypass, wabill_bl_nokeys;
GRANT SELECT, INSERT ON wabill_billing_report, wabill_interactions TO wabill_bl_tenant, wabill_bl_bypass, wabill_bl_nokeys;
GRANT SELECT, INSERT ON wabill_conn_ids TO wabill_bl_tenant, wabill_bl_bypass;
SET ROLE wabill_bl_tenant;
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(6000)$$,
	'42501', 'new row violates row-level security policy for table "wabill_interactions"',
	'a role under row-level security (which grants no INSERT) cannot load');
RESET ROLE;
SET ROLE wabill_bl_nokeys;
SELECT throws_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(6000)$$,
	'42501', 'permission denied for table wabill_conn_ids', 'nor a role that may not insert into wabill_conn_ids');
RESET ROLE;
SET ROLE wabill_bl_bypass;
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template) SELECT * FROM pg_temp.file(6000)$$,
	'a BYPASSRLS role with INSERT on both tables loads');
RESET ROLE;
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id LIKE 'r6%'), 300::bigint, 'its file whole');

SELECT * FROM finish();
ROLLBACK;
