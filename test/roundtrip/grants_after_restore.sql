-- Run in a database restored into another cluster (test/grants-restore.sh):
-- each grant belongs to the role of the same name there, whose OID differs,
-- and the grant of a role dropped before the dump is not there.
BEGIN;
SELECT plan(11);

SELECT is((SELECT count(*)::int FROM restore_before b JOIN pg_roles r ON r.rolname = b.role_name
		WHERE r.oid <> b.role_oid), 3,
	'the three roles have other OIDs in this cluster');
SELECT set_eq('SELECT grantee::text, operation FROM wabill_operation_grants',
	$$VALUES ('wabill_rt_first', 'Acme Cobranzas'), ('"wabill_rt Second"', 'Acme Ventas S.A.S.'),
		('wabill_rt_third', 'Acme Cobranzas'), ('wabill_rt_third', 'Acme Ventas S.A.S.')$$,
	'every grant of an existing role came back, to the role of the same name, and nothing else');
SELECT is((SELECT count(*)::int FROM wabill_operation_grants g
		WHERE NOT EXISTS (SELECT FROM pg_roles r WHERE r.oid = g.grantee)), 0,
	'no grant of a role that does not exist here (the dropped role''s was not dumped)');

-- restore_seen(role): the conn_ids of wabill_report(NULL, NULL) as the role
-- reads them (restored from the dumped database)
SELECT is(restore_seen(role_name), conn_ids, role_name || ' reads what it read before the dump')
FROM restore_before ORDER BY role_name;
SELECT ok(conn_ids IS NOT NULL, role_name || ' read rows before the dump')
FROM restore_before ORDER BY role_name;
SELECT is((SELECT dangling FROM restore_dangling_before), 1::bigint,
	'(the dropped role''s grant was still stored when the dump was made)');
SELECT ok(has_function_privilege('wabill_rt Second', 'wabill_granted_operations(name)', 'EXECUTE'),
	'the privileges wabill_grant_operation gave came back too');

SELECT * FROM finish();
ROLLBACK;
