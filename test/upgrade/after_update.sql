-- Run in a database that was installed at an earlier version (:from), loaded
-- (test/upgrade/load-*.sql recorded what it showed in upgrade_before) and
-- updated to the current version (:to).
BEGIN;
SELECT plan(22);
SET TimeZone = 'America/Bogota';

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'wabill'), :'to',
	'ALTER EXTENSION wabill UPDATE reaches ' || :'to' || ' from ' || :'from');
SELECT is((SELECT string_agg(line, E'\n') FROM upgrade_before.schema_diff), NULL,
	'the updated extension''s objects are those of a fresh install (schema dumps compared)');

SELECT set_eq('SELECT conn_id, session_id, date, template FROM wabill_interactions',
	'SELECT conn_id, session_id, date, template FROM upgrade_before.interactions',
	'every stored row is kept, unchanged');
SELECT results_eq('SELECT * FROM wabill_report(NULL, NULL)',
	'SELECT * FROM upgrade_before.report',
	'the report is the same, row for row and in order');
SELECT set_eq('SELECT conn_id, session_id, date, customer_phone, template, destiny, operation, connector_id, destiny_name, calling_code FROM wabill_billing_report',
	'SELECT conn_id, session_id, date, customer_phone, template, destiny, operation, connector_id, destiny_name, calling_code FROM upgrade_before.report_view',
	'so is the report view');
SELECT set_eq('SELECT conn_id, problem FROM wabill_interaction_problems',
	'SELECT conn_id, problem FROM upgrade_before.problems',
	'and its problem rows');

-- Grants: the tenant still reads its operation, the reader its report.
CREATE FUNCTION pg_temp.seen_by(role name) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('SET LOCAL ROLE %I', role);
	RETURN QUERY SELECT conn_id FROM wabill_billing_report;
	RESET ROLE;
END $$;
SELECT set_eq('SELECT * FROM pg_temp.seen_by(''wabill_upgrade_tenant'')',
	'SELECT conn_id FROM upgrade_before.tenant_seen',
	'the tenant reads exactly the rows of its operation, as before');
SELECT ok((SELECT count(*) > 0 FROM upgrade_before.tenant_seen), 'and those are not none');
SELECT ok(has_table_privilege('wabill_upgrade_reader', 'wabill_billing_report', 'SELECT'),
	'a grant made by hand on the report view is kept');
SELECT ok(has_table_privilege('wabill_upgrade_tenant', 'wabill_interactions', 'SELECT'),
	'the tenant''s SELECT on the table is kept');
SELECT ok(has_table_privilege('wabill_upgrade_tenant', 'wabill_source_disagreements', 'SELECT'),
	'the tenant, granted before the update, reads its disagreements too');
SELECT is((SELECT count(*) FROM wabill_interactions
		WHERE recorded_customer_phone IS NOT NULL OR recorded_destiny IS NOT NULL), 0::bigint,
	'rows stored before the update have nothing recorded from a source');

-- Grants by name became grants to roles: of the names that still name a
-- role, to that role; the grant of a role dropped before the update is gone.
SELECT CASE WHEN :'from' = '0.1.0'
	THEN is((SELECT count(*)::int FROM upgrade_before.grants), 3, 'before the update: three grants by name')
	ELSE skip('only 0.1.0 kept the grants of dropped roles', 1) END;
SELECT set_eq('SELECT grantee::text, operation FROM wabill_operation_grants',
	$$VALUES ('wabill_upgrade_tenant', 'Acme Cobranzas'), ('"wabill_upgrade Mixed"', 'Acme Ventas S.A.S.')$$,
	'after: the grants of existing roles, to those roles (a name that needs quoting too), and nothing else');
SELECT set_eq('SELECT * FROM pg_temp.seen_by(''wabill_upgrade Mixed'')',
	'SELECT conn_id FROM upgrade_before.mixed_seen',
	'the role whose name needs quoting reads what it read before');
SELECT ok((SELECT count(*) > 0 FROM upgrade_before.mixed_seen), 'and that is not nothing');
SELECT ok(has_function_privilege('wabill_upgrade_tenant', 'wabill_granted_operations(name)', 'EXECUTE'),
	'the tenant may call the function the policy now calls');

-- Loading still works after the update, and still skips what is stored.
SELECT lives_ok($$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	SELECT conn_id, session_id, date, CASE WHEN template THEN 'yes' ELSE 'no' END
	FROM upgrade_before.interactions$$,
	'reloading every stored row after the update changes nothing and raises nothing');

-- Phone data: what was built with the old answers was rebuilt during the
-- update, and the database now records the data it is built with.
-- Rebuilt when the database was built with other answers than the new
-- library gives (always from 0.1.0), left alone otherwise.
CREATE TEMP TABLE rebuilt AS
	SELECT f.relname, f.filenode IS DISTINCT FROM pg_relation_filenode(('upgrade_before.' || f.relname)::regclass) AS rebuilt,
		f.data_built IS DISTINCT FROM wabill_phone_data_version() AS stale
	FROM upgrade_before.filenodes f;
SELECT is((SELECT rebuilt FROM rebuilt WHERE relname = 'phones_country_idx'), (SELECT stale FROM rebuilt LIMIT 1),
	CASE WHEN (SELECT stale FROM rebuilt LIMIT 1) THEN 'the update rebuilt a user''s index on wabill_phone_country'
		ELSE 'the update left a user''s index on wabill_phone_country alone (same data)' END);
SELECT is((SELECT rebuilt FROM rebuilt WHERE relname = 'destinies'), (SELECT stale FROM rebuilt LIMIT 1),
	CASE WHEN (SELECT stale FROM rebuilt LIMIT 1) THEN 'and refreshed a user''s materialized view on the report'
		ELSE 'and a user''s materialized view' END);
SELECT is((SELECT data_version FROM wabill_phone_data_built), wabill_phone_data_version(),
	'the database records the phone data it is built with');
SELECT is((SELECT count(*)::int FROM wabill_phone_data_check()), 0, 'so nothing is stale');

SELECT * FROM finish();
ROLLBACK;
