-- Tenant isolation: row-level security keyed on the session ID's operation.
BEGIN;
SELECT * FROM no_plan();

INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('a1', '573001234567.Acme.wa-1', '2026-10-01 10:00+00', true),
	('a2', '12125550123.Acme.wa-1', '2026-10-02 10:00+00', false),
	('b1', '573001234567.Beta Corp.wa-2', '2026-10-03 10:00+00', true),
	('x1', 'malformed', '2026-10-04 10:00+00', true);

CREATE ROLE wabill_tenant_a;
CREATE ROLE wabill_tenant_b;
CREATE ROLE wabill_tenant_none;
CREATE ROLE wabill_tenant_a_member IN ROLE wabill_tenant_a;
GRANT USAGE ON SCHEMA public TO wabill_tenant_a, wabill_tenant_b, wabill_tenant_none;
SELECT lives_ok($$SELECT wabill_grant_operation('wabill_tenant_a', 'Acme')$$, 'grant Acme to tenant a');
SELECT lives_ok($$SELECT wabill_grant_operation('wabill_tenant_b', 'Beta Corp')$$, 'grant Beta Corp to tenant b');
SELECT lives_ok($$SELECT wabill_grant_operation('wabill_tenant_a', 'Acme')$$, 'granting twice is harmless');
GRANT SELECT ON wabill_interactions, wabill_billing_report TO wabill_tenant_none;
SELECT throws_ok($$SELECT wabill_grant_operation('no_such_role_wabill', 'Acme')$$, '42704', NULL,
	'granting to a role that does not exist is an error');

CREATE FUNCTION pg_temp.seen(role name, query text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE result text[];
BEGIN
	EXECUTE format('SET LOCAL ROLE %I', role);
	EXECUTE 'SELECT array_agg(conn_id ORDER BY conn_id) FROM (' || query || ') q' INTO result;
	RESET ROLE;
	RETURN coalesce(result, '{}');
END $$;

-- through the table, the view and the report function
SELECT is(pg_temp.seen('wabill_tenant_a', 'SELECT conn_id FROM wabill_interactions'), ARRAY['a1', 'a2'], 'a: table');
SELECT is(pg_temp.seen('wabill_tenant_a', 'SELECT conn_id FROM wabill_billing_report'), ARRAY['a1', 'a2'], 'a: view');
SELECT is(pg_temp.seen('wabill_tenant_a', 'SELECT conn_id FROM wabill_report(NULL, NULL)'), ARRAY['a1', 'a2'], 'a: report');
SELECT is(pg_temp.seen('wabill_tenant_a', $$SELECT conn_id FROM wabill_report(NULL, NULL, operation => 'Beta Corp')$$), '{}', 'a: asking for b''s operation gives nothing');
SELECT is(pg_temp.seen('wabill_tenant_a', 'SELECT conn_id FROM wabill_interaction_problems'), '{}', 'a: no one''s malformed rows');
SELECT is(pg_temp.seen('wabill_tenant_b', 'SELECT conn_id FROM wabill_interactions'), ARRAY['b1'], 'b: table');
SELECT is(pg_temp.seen('wabill_tenant_b', 'SELECT conn_id FROM wabill_report(NULL, NULL)'), ARRAY['b1'], 'b: report');
SELECT is(pg_temp.seen('wabill_tenant_a_member', 'SELECT conn_id FROM wabill_interactions'), ARRAY['a1', 'a2'], 'a member of a''s role sees a''s rows');
SELECT throws_ok($$SELECT pg_temp.seen('wabill_tenant_none', 'SELECT conn_id FROM wabill_interactions')$$, '42501', NULL,
	'a role given SELECT by hand but no operation cannot read the table');
SELECT is(pg_temp.seen(current_user, 'SELECT conn_id FROM wabill_interactions'), ARRAY['a1', 'a2', 'b1', 'x1'], 'the owner sees all');

-- tenants do not learn each other's grants (test/pgtap/09_tenant_isolation.sql)
SELECT throws_ok($$SELECT pg_temp.seen('wabill_tenant_a', 'SELECT operation AS conn_id FROM wabill_operation_grants')$$, '42501', NULL,
	'a tenant cannot read the grants table');

-- through COPY
\getenv tmpdir WABILL_TEST_TMP
\cd :tmpdir
SET ROLE wabill_tenant_a;
-- (COPY of a partitioned table needs the query form)
\copy (SELECT * FROM wabill_interactions) TO 'tenant_a_table.txt'
\copy (SELECT * FROM wabill_report(NULL, NULL)) TO 'tenant_a_report.csv' CSV
RESET ROLE;
CREATE TEMP TABLE copied_table (LIKE wabill_interactions);
\copy copied_table FROM 'tenant_a_table.txt'
CREATE TEMP TABLE copied_report (conn_id text, session_id text, date timestamptz, customer_phone text, template text, destiny text);
\copy copied_report FROM 'tenant_a_report.csv' CSV
SELECT is(ARRAY(SELECT conn_id FROM copied_table ORDER BY 1), ARRAY['a1', 'a2'], 'COPY of the table as a: only a''s rows');
SELECT is(ARRAY(SELECT conn_id FROM copied_report ORDER BY 1), ARRAY['a1', 'a2'], 'COPY of the report as a: only a''s rows');

-- revoking
SELECT lives_ok($$SELECT wabill_revoke_operation('wabill_tenant_a', 'Acme')$$, 'revoke Acme from a');
SELECT is(pg_temp.seen('wabill_tenant_a', 'SELECT conn_id FROM wabill_interactions'), '{}', 'a sees nothing after the revoke');
SELECT is(pg_temp.seen('wabill_tenant_b', 'SELECT conn_id FROM wabill_interactions'), ARRAY['b1'], 'b is unaffected');

-- tenants cannot grant themselves more
SET LOCAL ROLE wabill_tenant_b;
SELECT throws_ok($$SELECT wabill_grant_operation('wabill_tenant_b', 'Acme')$$, '42501', NULL,
	'a tenant cannot grant itself another operation');
SELECT throws_ok($$INSERT INTO wabill_operation_grants VALUES ('wabill_tenant_b', 'Acme')$$, '42501', NULL,
	'nor write the grants table');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
