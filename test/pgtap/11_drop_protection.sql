-- No accidental data loss: the statements a user types by mistake do not
-- delete stored interactions; they are refused with a message that says how
-- to proceed, and the rows are still there.  The deliberate way works.
BEGIN;
SELECT plan(16);

INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('drop-1', '573001234567.Acme.wa-1', '2026-10-01 10:00+00', true),
	('drop-2', 'malformed', '2026-10-02 10:00+00', false);
CREATE TEMP TABLE before AS SELECT * FROM wabill_interactions;

SELECT throws_ok('DROP EXTENSION wabill', '2BP01',
	'cannot drop extension wabill because its tables hold stored rows',
	'DROP EXTENSION wabill is refused while wabill_interactions has rows');
SELECT throws_ok('DROP EXTENSION wabill CASCADE', '2BP01', NULL,
	'so is DROP EXTENSION wabill CASCADE');
SELECT throws_ok('DROP EXTENSION IF EXISTS pgtap, wabill', '2BP01', NULL,
	'and dropping it among other extensions');
SELECT throws_ok('DROP SCHEMA public CASCADE', '2BP01', NULL,
	'and DROP SCHEMA ... CASCADE of its schema');
SELECT throws_ok(format('DROP OWNED BY %I', (SELECT r.rolname FROM pg_extension e
		JOIN pg_roles r ON r.oid = e.extowner WHERE e.extname = 'wabill')), '2BP01', NULL,
	'and DROP OWNED BY its owner');
SELECT set_eq('SELECT * FROM wabill_interactions', 'SELECT * FROM before',
	'every row is still there');

-- The message says what would go and how to proceed.
CREATE FUNCTION pg_temp.drop_error() RETURNS text LANGUAGE plpgsql AS $$
DECLARE detail text; hint text;
BEGIN
	DROP EXTENSION wabill;
	RETURN 'not refused';
EXCEPTION WHEN dependent_objects_still_exist THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
	RETURN detail || E'\n' || hint;
END $$;
SELECT matches(pg_temp.drop_error(), 'every row of .*public\.wabill_interactions[,.]',
	'the detail names the table whose rows would go');
SELECT matches(pg_temp.drop_error(), 'pg_dump.*SET wabill\.allow_drop_data = on',
	'the hint says how to keep them and how to drop them deliberately');

-- Drops the extension and undoes it: 'dropped', or 'refused'.
CREATE FUNCTION pg_temp.drop_and_undo(allow boolean) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	PERFORM set_config('wabill.allow_drop_data', allow::text, true);
	DROP EXTENSION wabill;
	RAISE EXCEPTION 'undo' USING ERRCODE = 'WB999';
EXCEPTION
	WHEN SQLSTATE 'WB999' THEN RETURN 'dropped';
	WHEN dependent_objects_still_exist THEN RETURN 'refused';
END $$;

-- Other drops are not affected.
CREATE SCHEMA drop_scratch;
SELECT lives_ok('DROP SCHEMA drop_scratch CASCADE', 'dropping another schema still works');
SELECT lives_ok('DROP EXTENSION IF EXISTS no_such_extension', 'and dropping another extension');

-- Any table registered for pg_dump is protected, by the rows its condition
-- selects (here made by hand, as a later version's script would register it).
CREATE TABLE public.wabill_drop_test_rates (rate numeric, shipped boolean);
ALTER EXTENSION wabill ADD TABLE public.wabill_drop_test_rates;
UPDATE pg_extension SET extconfig = extconfig || 'public.wabill_drop_test_rates'::regclass::oid,
	extcondition = extcondition || 'WHERE NOT shipped'::text
	WHERE extname = 'wabill';
TRUNCATE wabill_interactions;
INSERT INTO wabill_drop_test_rates VALUES (0.0125, true);
SELECT is(pg_temp.drop_and_undo(false), 'dropped',
	'rows a version ships itself (outside the condition) do not block a drop');
INSERT INTO wabill_drop_test_rates VALUES (0.02, false);
SELECT throws_like('DROP EXTENSION wabill',
	'%cannot drop extension wabill%',
	'a user row in another registered table does');
SELECT matches(pg_temp.drop_error(), 'public\.wabill_drop_test_rates',
	'and the message names that table');

-- The deliberate ways.
SELECT is(pg_temp.drop_and_undo(true), 'dropped',
	'SET wabill.allow_drop_data = on lets DROP EXTENSION delete the rows');
DELETE FROM wabill_drop_test_rates WHERE NOT shipped;
SELECT lives_ok('DROP EXTENSION wabill', 'with the tables emptied, DROP EXTENSION works without it');
SELECT hasnt_extension('wabill', 'and the extension is gone');

SELECT * FROM finish();
ROLLBACK;
