-- Run in a database restored from pg_dump: the report must be the one the
-- original database gave (its md5 and row count come as psql variables).
BEGIN;
SELECT plan(4);
SELECT has_extension('wabill');
SELECT is((SELECT count(*) FROM wabill_interactions)::int, :rows, 'every stored row came back');
SELECT is(md5((SELECT string_agg(r::text, E'\n') FROM wabill_report(NULL, NULL) r)), :'report_md5',
	'the restored database gives the same report');
SELECT is((SELECT count(*) FROM wabill_interaction_problems)::int, :problems,
	'and the same problem rows');
SELECT * FROM finish();
ROLLBACK;
