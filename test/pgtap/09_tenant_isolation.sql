-- Tenant isolation, round two (issue 14): grants belong to roles, nobody
-- reads the grants table, who may grant, and what row-level security cannot
-- hide together with the deployment that does.
BEGIN;
SELECT * FROM no_plan();

INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('a1', '573001234567.Acme.wa-1', '2026-10-01 10:00+00', true),
	('a2', '12125550123.Acme.wa-1', '2026-10-02 10:00+00', false),
	('b1', '573001234567.Beta Corp.wa-2', '2026-10-03 10:00+00', true),
	('g1', '573001234567.Gamma.wa-3', '2026-10-04 10:00+00', true),
	('g2', '573001234567.Gamma.wa-3', '2026-10-05 10:00+00', true),
	('g3', '573001234567.Gamma.wa-3', '2026-10-06 10:00+00', true);

-- The first column of the first row of a query run as a role, as text, or
-- "ERROR <sqlstate>": so that a missing object fails one test, not the file.
CREATE FUNCTION pg_temp.q(query text, role name DEFAULT NULL) RETURNS text LANGUAGE plpgsql AS $$
DECLARE result text;
BEGIN
	IF role IS NOT NULL THEN
		EXECUTE format('SET LOCAL ROLE %I', role);
	END IF;
	EXECUTE query INTO result;
	RESET ROLE;
	RETURN result;
EXCEPTION WHEN OTHERS THEN
	RETURN 'ERROR ' || SQLSTATE;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.q(text, name) TO PUBLIC;
-- The conn_ids a role reads through a query, sorted.
CREATE FUNCTION pg_temp.seen(role name, query text) RETURNS text LANGUAGE sql AS $$
	SELECT pg_temp.q('SELECT coalesce(array_agg(conn_id ORDER BY conn_id), ''{}'')::text FROM (' || query || ') q', role)
$$;
-- EXPLAIN (ANALYZE) of a query as a role, one string, timings left out.
CREATE FUNCTION pg_temp.explain(role name, query text) RETURNS text LANGUAGE sql AS $$
	SELECT pg_temp.q('SELECT string_agg(line, E''\n'') FROM pg_temp.explain_lines(' || quote_literal(query) || ') line', role)
$$;
-- Alike on every major: PostgreSQL 18 shows buffers by default (they differ
-- from run to run) and row counts with two decimals (rows=2.00).
CREATE FUNCTION pg_temp.explain_lines(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF, TIMING OFF, SUMMARY OFF) ' || query LOOP
		RETURN NEXT pg_catalog.regexp_replace(line, '(rows=[0-9]+)\.00\M', '\1', 'g');
	END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION pg_temp.explain_lines(text) TO PUBLIC;

------------------------------------------------------------------------------
-- 1. A grant belongs to the role itself, not to its name
------------------------------------------------------------------------------
SELECT col_type_is('wabill_operation_grants', 'grantee', 'regrole');

-- Dropped, then a new role takes the name: it gets none of the old grants.
CREATE ROLE wabill_ti_dropped;
GRANT USAGE ON SCHEMA public TO wabill_ti_dropped;
SELECT wabill_grant_operation('wabill_ti_dropped', 'Acme');
SELECT is(pg_temp.seen('wabill_ti_dropped', 'SELECT conn_id FROM wabill_interactions'), '{a1,a2}',
	'before: the role reads its operation');
DROP OWNED BY wabill_ti_dropped;
DROP ROLE wabill_ti_dropped;
CREATE ROLE wabill_ti_dropped;
GRANT USAGE ON SCHEMA public TO wabill_ti_dropped;
SELECT is(pg_temp.q($$SELECT count(*) FROM wabill_operation_grants g JOIN pg_roles r ON r.oid = g.grantee
		WHERE r.rolname = 'wabill_ti_dropped'$$), '0',
	'a dropped role''s grant is no grant of a new role of the same name');
SELECT wabill_grant_operation('wabill_ti_dropped', 'Beta Corp');
SELECT is(pg_temp.seen('wabill_ti_dropped', 'SELECT conn_id FROM wabill_interactions'), '{b1}',
	'the new role of the same name, granted another operation, reads only that one');
SELECT is(pg_temp.seen('wabill_ti_dropped', 'SELECT conn_id FROM wabill_report(NULL, NULL)'), '{b1}',
	'... through the report too');
SELECT is((SELECT count(*) FROM wabill_operation_grants WHERE operation = 'Acme')::int, 0,
	'the dropped role''s grant is gone (deleted by the next grant)');

-- Renamed: the grant follows; a new role with the old name gets nothing.
CREATE ROLE wabill_ti_old_name;
GRANT USAGE ON SCHEMA public TO wabill_ti_old_name;
SELECT wabill_grant_operation('wabill_ti_old_name', 'Gamma');
ALTER ROLE wabill_ti_old_name RENAME TO wabill_ti_new_name;
SELECT is(pg_temp.seen('wabill_ti_new_name', 'SELECT conn_id FROM wabill_interactions'), '{g1,g2,g3}',
	'after ALTER ROLE ... RENAME the role still reads its operation');
CREATE ROLE wabill_ti_old_name;
GRANT USAGE ON SCHEMA public TO wabill_ti_old_name;
SELECT wabill_grant_operation('wabill_ti_old_name', 'Beta Corp');
SELECT is(pg_temp.seen('wabill_ti_old_name', 'SELECT conn_id FROM wabill_interactions'), '{b1}',
	'a new role that takes the old name reads only its own operation');
SELECT is(pg_temp.q('SELECT wabill_revoke_operation(''wabill_ti_new_name'', ''Gamma'')::text'), '',
	'revoking by the new name');
SELECT is(pg_temp.seen('wabill_ti_new_name', 'SELECT conn_id FROM wabill_interactions'), '{}',
	'... revokes the renamed role''s grant');

-- A dropped role's grant is never dumped: its OID could name another
-- cluster's role (test/grants-restore.sh restores one).
SELECT ok((SELECT c LIKE '%pg_catalog.pg_roles%grantee%'
		FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(t, c)
		WHERE e.extname = 'wabill' AND t = 'wabill_operation_grants'::regclass),
	'pg_dump dumps only the grants of existing roles');

------------------------------------------------------------------------------
-- 2. Nobody but the owner reads the grants
------------------------------------------------------------------------------
CREATE ROLE wabill_ti_a;
CREATE ROLE wabill_ti_b;
CREATE ROLE wabill_ti_none;
CREATE ROLE wabill_ti_a_member IN ROLE wabill_ti_a;
GRANT USAGE ON SCHEMA public TO wabill_ti_a, wabill_ti_b, wabill_ti_none;
SELECT wabill_grant_operation('wabill_ti_a', 'Acme');
SELECT wabill_grant_operation('wabill_ti_b', 'Beta Corp');

SELECT is((SELECT count(*)::int FROM pg_class c, aclexplode(c.relacl) a
		WHERE c.oid = 'wabill_operation_grants'::regclass AND a.grantee = 0), 0,
	'PUBLIC has no privilege on wabill_operation_grants');
SELECT is(pg_temp.q($$SELECT relacl IS NOT NULL FROM pg_class WHERE oid = 'wabill_operation_grants'::regclass$$), 'true',
	'... and the table''s privileges are explicit (no default PUBLIC access to fall back on)');
SELECT ok(NOT has_table_privilege(r, 'wabill_operation_grants', 'SELECT'),
	r || ' cannot read wabill_operation_grants')
FROM unnest(ARRAY['wabill_ti_a', 'wabill_ti_none']) r;
-- the attack of the issue: a plan that counts the rows a policy filters out
SET LOCAL enable_seqscan = off;
SELECT is(pg_temp.q($$SELECT count(*) FROM pg_temp.explain_lines('SELECT * FROM wabill_operation_grants')$$, r),
	'ERROR 42501', r || ': EXPLAIN ANALYZE of wabill_operation_grants is refused')
FROM unnest(ARRAY['wabill_ti_a', 'wabill_ti_none']) r;
SELECT is(pg_temp.q($$SELECT count(*) FROM pg_temp.explain_lines('SELECT * FROM wabill_operation_grants WHERE operation = ''Beta Corp''')$$,
		'wabill_ti_a'),
	'ERROR 42501', 'nor can a tenant probe for another tenant''s operation');
RESET enable_seqscan;

-- The grants function: SECURITY DEFINER by PostgreSQL's rules.
SELECT is(pg_temp.q($$SELECT prosecdef AND proconfig = '{"search_path=pg_catalog, pg_temp"}'
		FROM pg_proc WHERE oid = 'wabill_granted_operations(name)'::regprocedure$$), 'true',
	'wabill_granted_operations is SECURITY DEFINER with search_path = pg_catalog, pg_temp');
SELECT is(pg_temp.q($$SELECT p.proowner = c.relowner FROM pg_proc p, pg_class c
		WHERE p.oid = 'wabill_granted_operations(name)'::regprocedure AND c.oid = 'wabill_operation_grants'::regclass$$), 'true',
	'... owned by the grants table''s owner');
SELECT is(pg_temp.q($$SELECT has_function_privilege('public', 'wabill_granted_operations(name)', 'EXECUTE')::text$$), 'false',
	'... not executable by PUBLIC');
SELECT is(pg_temp.q($$SELECT has_function_privilege('wabill_ti_a', 'wabill_granted_operations(name)', 'EXECUTE')::text$$), 'true',
	'... executable by a granted role');
SELECT is(pg_temp.q($$SELECT string_agg(p.oid::regprocedure::text, ', ') FROM pg_proc p
		JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'wabill'
		WHERE p.prosecdef AND (p.proconfig IS DISTINCT FROM '{"search_path=pg_catalog, pg_temp"}'
			OR has_function_privilege('public', p.oid, 'EXECUTE'))$$), NULL,
	'every SECURITY DEFINER function of the extension has that search_path and no PUBLIC EXECUTE');
SELECT is(pg_temp.q('SELECT wabill_granted_operations()::text', 'wabill_ti_a'), '{Acme}',
	'a tenant learns its own operations');
SELECT is(pg_temp.q('SELECT wabill_granted_operations(''wabill_ti_a'')::text', 'wabill_ti_a'), '{Acme}',
	'... by its name too');
SELECT is(pg_temp.q('SELECT wabill_granted_operations(''wabill_ti_b'')::text', 'wabill_ti_a'), '{}',
	'but not another tenant''s, by naming it');
SELECT is(pg_temp.q('SELECT wabill_granted_operations(''wabill_ti_a'')::text', 'wabill_ti_a_member'), '{Acme}',
	'a member asks for its group''s operations');
SELECT is(pg_temp.q('SELECT wabill_granted_operations()::text', 'wabill_ti_none'), 'ERROR 42501',
	'a role never granted anything cannot call it');
SELECT is(pg_temp.seen('wabill_ti_a', 'SELECT conn_id FROM wabill_billing_report'), '{a1,a2}',
	'the policy still gives a tenant its rows');
SELECT is(pg_temp.seen('wabill_ti_a_member', 'SELECT conn_id FROM wabill_interactions'), '{a1,a2}',
	'... and its members');

-- The policy reads the grants once per query (an init plan), not per row.
SELECT ok(pg_temp.explain('wabill_ti_a', 'SELECT * FROM wabill_report(NULL, NULL)') LIKE '%InitPlan%',
	'the report''s plan reads the grants in an init plan');
SET LOCAL track_functions = 'all';
CREATE TEMP TABLE calls AS
	SELECT coalesce(pg_stat_get_xact_function_calls(to_regprocedure('wabill_granted_operations(name)')), 0) AS before;
SELECT is(pg_temp.seen('wabill_ti_b', 'SELECT conn_id FROM wabill_report(NULL, NULL)'), '{b1}',
	'b reads its report');
SELECT is((SELECT coalesce(pg_stat_get_xact_function_calls(to_regprocedure('wabill_granted_operations(name)')), 0) - before FROM calls)::int, 1,
	'reading a report of 6 stored rows calls wabill_granted_operations once');

-- A SECURITY DEFINER function owned by a tenant lends its grants to nobody,
-- and a privileged caller does not lend it theirs.
CREATE FUNCTION public.wabill_ti_b_rows() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT coalesce(array_agg(conn_id ORDER BY conn_id), '{}')::text FROM public.wabill_interactions $$;
ALTER FUNCTION public.wabill_ti_b_rows() OWNER TO wabill_ti_b;
SELECT is(pg_temp.q('SELECT public.wabill_ti_b_rows()', 'wabill_ti_a'), '{}',
	'a tenant calling another tenant''s SECURITY DEFINER function reads none of its rows');
SELECT is(pg_temp.q('SELECT public.wabill_ti_b_rows()'), '{b1}',
	'a superuser calling it gets only the owner''s rows, not every row');

-- The same through the pricing path, which counts tiers over every row as
-- the extension's owner and must then return only what row-level security
-- gives the role at the call site (the function's owner here), not the
-- session's role.
CREATE FUNCTION public.wabill_ti_b_priced(query text) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE result text;
BEGIN
	EXECUTE 'SELECT coalesce(array_agg(conn_id ORDER BY conn_id), ''{}'')::text FROM (' || query || ') q' INTO result;
	RETURN result;
END $$;
ALTER FUNCTION public.wabill_ti_b_priced(text) OWNER TO wabill_ti_b;
SELECT is(pg_temp.q($$SELECT public.wabill_ti_b_priced('SELECT conn_id FROM public.wabill_priced_interactions(NULL, NULL)')$$),
	'{b1}', 'a superuser calling a tenant''s SECURITY DEFINER function: wabill_priced_interactions gives the tenant''s rows only');
SELECT is(pg_temp.q($$SELECT public.wabill_ti_b_priced('SELECT conn_id FROM public.wabill_cost_report(NULL, NULL)')$$),
	'{b1}', '... wabill_cost_report too');
SELECT is(pg_temp.q($$SELECT public.wabill_ti_b_priced('SELECT operation AS conn_id FROM public.wabill_invoice(NULL, NULL)')$$),
	'{"Beta Corp"}', '... wabill_invoice too');
SELECT is(pg_temp.q($$SELECT public.wabill_ti_b_priced('SELECT conn_id FROM public.wabill_cost_problems')$$),
	'{b1}', '... wabill_cost_problems too');
SELECT is(pg_temp.q($$SELECT public.wabill_ti_b_priced('SELECT conn_id FROM public.wabill_priced_interactions(NULL, NULL)')$$, 'wabill_ti_a'),
	'{}', 'another tenant calling it gets none of the owner''s priced rows');
SELECT is(pg_temp.seen('wabill_ti_b', 'SELECT conn_id FROM wabill_cost_report(NULL, NULL)'), '{b1}',
	'the tenant itself reads its costs');
SELECT is(pg_temp.seen(NULL, 'SELECT conn_id FROM wabill_cost_report(NULL, NULL)'), '{a1,a2,b1,g1,g2,g3}',
	'a superuser reads every cost');
-- Naming no one: the counting function takes no role a caller could choose.
SELECT is(pg_temp.q('SELECT count(*) FROM wabill_price_rows_for(NULL, NULL, NULL, 42)', 'wabill_ti_b'),
	'ERROR 42501', 'a tenant passing a made-up caller ticket is refused');
SELECT is(pg_temp.q('SELECT count(*) FROM wabill_price_rows_for(NULL, NULL, NULL, NULL)', 'wabill_ti_b'),
	'ERROR 42501', '... and a NULL one');
SELECT is(pg_temp.q('SELECT wabill_ticket_role(wabill_caller_ticket())::text', 'wabill_ti_b'),
	'ERROR 42501', 'a tenant cannot call wabill_ticket_role');
SELECT isnt(pg_temp.q('SELECT wabill_caller_ticket()::text', 'wabill_ti_b'), pg_temp.q('SELECT wabill_caller_ticket()::text'),
	'a tenant''s ticket is not the superuser''s');
SELECT is(pg_temp.q('SELECT wabill_ticket_role(wabill_caller_ticket())::text', NULL), current_user::text,
	'a ticket stands for the role that obtained it');

------------------------------------------------------------------------------
-- 6. Who may grant: not PUBLIC
------------------------------------------------------------------------------
SELECT is(pg_temp.q($$SELECT has_function_privilege('public', 'wabill_grant_operation(name, text, boolean)', 'EXECUTE')::text$$),
	'false', 'PUBLIC cannot execute wabill_grant_operation');
SELECT is(pg_temp.q($$SELECT has_function_privilege('public', 'wabill_revoke_operation(name, text)', 'EXECUTE')::text$$),
	'false', 'PUBLIC cannot execute wabill_revoke_operation');
SELECT is(pg_temp.q($$SELECT wabill_grant_operation('wabill_ti_a', 'Gamma')::text$$, 'wabill_ti_a'),
	'ERROR 42501', 'a tenant cannot grant itself another operation');
SELECT is(pg_temp.q($$SELECT wabill_revoke_operation('wabill_ti_b', 'Beta Corp')::text$$, 'wabill_ti_a'),
	'ERROR 42501', 'nor revoke another''s');

------------------------------------------------------------------------------
-- 3. What row-level security cannot hide, and the deployment that does
------------------------------------------------------------------------------
-- Reading the table directly, a tenant sees only its rows, but the plan
-- counts the others' (as the README says).
SELECT ok(pg_temp.explain('wabill_ti_a', 'SELECT * FROM wabill_interactions') LIKE '%Rows Removed by Filter: 4%',
	'direct SELECT: EXPLAIN ANALYZE counts the 4 rows of other operations (documented)');
SET LOCAL enable_seqscan = off;
SELECT isnt(pg_temp.explain('wabill_ti_a', 'SELECT * FROM wabill_interactions WHERE conn_id = ''b1'''),
	replace(pg_temp.explain('wabill_ti_a', 'SELECT * FROM wabill_interactions WHERE conn_id = ''zz'''), 'zz', 'b1'),
	'direct SELECT: probing another tenant''s conn_id is told from probing a missing one (documented)');

ANALYZE wabill_interactions;
CREATE FUNCTION pg_temp.estimate(role name, query text) RETURNS text LANGUAGE sql AS $$
	SELECT pg_temp.q('SELECT substring(string_agg(line, E''\n'') FROM ''rows=([0-9]+)'') FROM pg_temp.plan_lines('
		|| quote_literal(query) || ') line', role)
$$;
CREATE FUNCTION pg_temp.plan_lines(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
	RETURN QUERY EXECUTE 'EXPLAIN ' || query;
END $$;
SELECT cmp_ok(pg_temp.estimate('wabill_ti_a', $$SELECT * FROM wabill_interactions WHERE session_id = '573001234567.Gamma.wa-3'$$)::int,
	'>', pg_temp.estimate('wabill_ti_a', $$SELECT * FROM wabill_interactions WHERE session_id = '573001234567.Nobody.wa-3'$$)::int,
	'direct SELECT: the planner''s estimate tells another tenant''s frequent session ID from a missing one (documented)');

-- The deployment of the README: tenants have no SELECT at all and read
-- through a SECURITY DEFINER function of a read-only BYPASSRLS role.
CREATE ROLE wabill_ti_api NOLOGIN BYPASSRLS;
GRANT USAGE ON SCHEMA public TO wabill_ti_api;
GRANT SELECT ON wabill_interactions, wabill_billing_report TO wabill_ti_api;
-- (guarded, so that this file runs to its end on code without the function)
DO $$ BEGIN
	IF to_regprocedure('wabill_granted_operations(name)') IS NOT NULL THEN
		GRANT EXECUTE ON FUNCTION wabill_granted_operations(name) TO wabill_ti_api;
	END IF;
END $$;
CREATE SCHEMA wabill_ti_tenant_api;
SET LOCAL check_function_bodies = off;	-- (so that this file runs to its end on code without it)
CREATE FUNCTION wabill_ti_tenant_api.report("from" timestamptz, "to" timestamptz)
RETURNS TABLE (conn_id text, session_id text, date timestamptz,
	customer_phone text, template text, destiny text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT r.* FROM public.wabill_report("from", "to") r
	WHERE public.wabill_session_operation(r.session_id) OPERATOR(pg_catalog.=)
		ANY ((SELECT public.wabill_granted_operations())::pg_catalog.text[])
$$;
RESET check_function_bodies;
ALTER FUNCTION wabill_ti_tenant_api.report(timestamptz, timestamptz) OWNER TO wabill_ti_api;
REVOKE EXECUTE ON FUNCTION wabill_ti_tenant_api.report(timestamptz, timestamptz) FROM PUBLIC;

CREATE ROLE wabill_ti_hidden_a;
CREATE ROLE wabill_ti_hidden_g;
GRANT USAGE ON SCHEMA wabill_ti_tenant_api TO wabill_ti_hidden_a, wabill_ti_hidden_g;
GRANT EXECUTE ON FUNCTION wabill_ti_tenant_api.report(timestamptz, timestamptz) TO wabill_ti_hidden_a, wabill_ti_hidden_g;
SELECT is(pg_temp.q($$SELECT wabill_grant_operation('wabill_ti_hidden_a', 'Acme', grant_select => false)::text$$), '',
	'granting an operation without SELECT');
SELECT is(pg_temp.q($$SELECT wabill_grant_operation('wabill_ti_hidden_g', 'Gamma', grant_select => false)::text$$), '',
	'... to a second tenant');
SELECT ok(NOT has_table_privilege('wabill_ti_hidden_a', t, 'SELECT'), 'the hidden tenant has no SELECT on ' || t)
FROM unnest(ARRAY['wabill_interactions', 'wabill_billing_report', 'wabill_interaction_problems']) t;
SELECT is(pg_temp.seen('wabill_ti_hidden_a', 'SELECT conn_id FROM wabill_ti_tenant_api.report(NULL, NULL)'), '{a1,a2}',
	'the tenant reads its rows through the function');
SELECT is(pg_temp.seen('wabill_ti_hidden_g', 'SELECT conn_id FROM wabill_ti_tenant_api.report(NULL, NULL)'), '{g1,g2,g3}',
	'so does the second tenant, its own');
SELECT is(pg_temp.q('SELECT count(*) FROM wabill_interactions', 'wabill_ti_hidden_a'), 'ERROR 42501',
	'the table is out of the tenant''s reach');
SELECT is(pg_temp.q('SELECT count(*) FROM pg_temp.explain_lines(''SELECT * FROM wabill_interactions'')', 'wabill_ti_hidden_a'),
	'ERROR 42501', 'so is EXPLAIN ANALYZE of it');
SELECT is(pg_temp.q('SELECT count(*) FROM wabill_billing_report', 'wabill_ti_hidden_a'), 'ERROR 42501',
	'and of the views');
SELECT is(pg_temp.explain('wabill_ti_hidden_a', 'SELECT * FROM wabill_ti_tenant_api.report(NULL, NULL)'),
	'Function Scan on report (actual rows=2 loops=1)',
	'EXPLAIN ANALYZE of the function shows the tenant''s own row count and nothing of the table');
SELECT is(pg_temp.explain('wabill_ti_hidden_a', 'SELECT * FROM wabill_ti_tenant_api.report(NULL, NULL) WHERE conn_id = ''b1'''),
	replace(pg_temp.explain('wabill_ti_hidden_a', 'SELECT * FROM wabill_ti_tenant_api.report(NULL, NULL) WHERE conn_id = ''zz'''), 'zz', 'b1'),
	'probing another tenant''s conn_id looks exactly like probing a missing one');
RESET enable_seqscan;
ANALYZE wabill_interactions;
SELECT is(pg_temp.q('SELECT count(*) FROM pg_stats WHERE tablename = ''wabill_interactions''', 'wabill_ti_hidden_a'), '0',
	'no statistics of the table reach the tenant');
SELECT is(pg_temp.q('SELECT count(*) FROM pg_stats WHERE tablename = ''wabill_interactions''', 'wabill_ti_a'), '0',
	'(nor a direct reader: pg_stats hides tables under row-level security)');
-- an existing tenant moved to the function: revoke its SELECT
SELECT is(pg_temp.q($$SELECT wabill_grant_operation('wabill_ti_a', 'Acme', grant_select => false)::text$$), '',
	'granting again without SELECT');
SELECT ok(has_table_privilege('wabill_ti_a', 'wabill_interactions', 'SELECT'),
	'... takes away no privilege granted before (revoke it by hand)');

SELECT * FROM finish();
ROLLBACK;
