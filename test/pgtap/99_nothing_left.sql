-- Runs last: every pgTAP file before it ran in one transaction that it rolled
-- back, so none leaves anything for the next one (or for pg_cron to run).  A
-- file that commits would make the suites depend on their order.
BEGIN;
SELECT plan(5);
SELECT is((SELECT count(*) FROM wabill_interactions), 0::bigint, 'no interaction is left');
SELECT is((SELECT count(*) FROM wabill_operation_grants), 0::bigint, 'no operation grant is left');
SELECT is(
	ARRAY(SELECT n.nspname::text FROM pg_namespace n
		WHERE n.nspname NOT IN ('public', 'information_schema', 'cron')
			AND n.nspname !~ '^pg_'
			AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
				AND d.objid = n.oid AND d.deptype = 'e')
		ORDER BY 1),
	ARRAY[]::text[], 'no schema is left');
SELECT is(
	ARRAY(SELECT c.relname::text FROM pg_class c
		WHERE c.relnamespace = 'public'::regnamespace
			AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
				AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
		ORDER BY 1),
	ARRAY[]::text[], 'no table, view or sequence of a test is left in public');
SELECT CASE WHEN to_regclass('cron.job') IS NULL
	THEN skip('pg_cron is not installed in this database')
	-- a query in a string: cron.job exists only where pg_cron does
	ELSE results_eq('SELECT count(*) FROM cron.job', ARRAY[0::bigint], 'no pg_cron job is left scheduled') END;
SELECT * FROM finish();
ROLLBACK;
