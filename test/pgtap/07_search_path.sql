-- Nothing of the extension can be hijacked through search_path: a schema
-- first on the path shadows the built-ins (and the extension's own names)
-- that the extension uses, and the report does not change.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('a1', '573001234567.Acme.wa-1', '2026-10-01 10:00+00', true),
	('a2', '12125550123.Acme.wa-1', '2026-10-02 10:00+00', false),
	('b1', '447400123456.Beta.wa-2', '2026-10-03 10:00+00', true),
	('x1', 'malformed', '2026-10-04 10:00+00', true);
CREATE TEMP TABLE expected_report AS SELECT * FROM wabill_report('2026-10-01', '2026-11-01', 'co', 'Acme');
CREATE TEMP TABLE expected_view AS SELECT * FROM wabill_billing_report;
CREATE TEMP TABLE expected_problems AS SELECT * FROM wabill_interaction_problems;

CREATE SCHEMA evil;
CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE sql AS $$ SELECT 'XX' $$;
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'xx' $$;
CREATE FUNCTION evil.isfinite(timestamptz) RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;
CREATE FUNCTION evil.format(text, VARIADIC text[]) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION evil.pg_has_role(oid, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION evil.md5(text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION evil.wabill_session_phone(text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION evil.wabill_session_country(text) RETURNS text LANGUAGE sql AS $$ SELECT 'ZZ' $$;
CREATE FUNCTION evil.wabill_session_operation(text) RETURNS text LANGUAGE sql AS $$ SELECT 'Acme' $$;
CREATE FUNCTION evil.wabill_country_code(text) RETURNS text LANGUAGE sql AS $$ SELECT 'ZZ' $$;
CREATE FUNCTION evil.wabill_phone_e164(text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION evil.substr(text, integer, integer) RETURNS text LANGUAGE sql AS $$ SELECT '00' $$;
CREATE FUNCTION evil.jsonb_array_elements(jsonb) RETURNS SETOF jsonb LANGUAGE sql AS $$ SELECT '{}'::jsonb $$;
CREATE FUNCTION evil.wabill_check_report_range(timestamptz, timestamptz) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION evil.always_true(anyelement, anyelement) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION evil.text_always_true(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION evil.ts_always_true(timestamptz, timestamptz) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.text_always_true);
CREATE OPERATOR evil.>= (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = evil.ts_always_true);
CREATE OPERATOR evil.< (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = evil.ts_always_true);
CREATE OPERATOR evil.> (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = evil.ts_always_true);
CREATE TABLE evil.wabill_interactions (LIKE public.wabill_interactions);
INSERT INTO evil.wabill_interactions VALUES ('evil', '573001234567.Acme.wa-1', '2026-10-05', true);
CREATE TABLE evil.wabill_operation_grants (role_name name, operation text);

CREATE ROLE wabill_sp_tenant;
GRANT USAGE ON SCHEMA public, evil TO wabill_sp_tenant;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA evil TO wabill_sp_tenant;
SELECT wabill_grant_operation('wabill_sp_tenant', 'Beta');
CREATE TEMP TABLE caught (what text, sqlstate text);
GRANT ALL ON caught TO PUBLIC;

-- Everything below runs with the hostile schema first and pg_catalog after
-- it; pgTAP itself is not immune, so results are kept and checked after.
SET LOCAL search_path = evil, public, pg_catalog;
CREATE TEMP TABLE shadow_in_effect AS SELECT upper('a') AS u;
CREATE TEMP TABLE got_report AS SELECT * FROM public.wabill_report('2026-10-01', '2026-11-01', 'co', 'Acme');
CREATE TEMP TABLE got_view AS SELECT * FROM public.wabill_billing_report;
CREATE TEMP TABLE got_problems AS SELECT * FROM public.wabill_interaction_problems;
DO $$ BEGIN
	PERFORM * FROM public.wabill_report('2026-11-01', '2026-10-01');
	INSERT INTO pg_temp.caught VALUES ('range', 'none');
EXCEPTION WHEN OTHERS THEN INSERT INTO pg_temp.caught VALUES ('range', SQLSTATE);
END $$;
INSERT INTO public.wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('c1', '573001234567.Acme.wa-1', '2026-10-05', '+57 300 123 4567', 'yes', 'Estados Unidos');
SELECT public.wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "w1",
	"session_id": "573001234567.Acme.wa-1", "date": "20261006101112", "customer_phone": "573001234567",
	"template": "yes", "destiny": "col"}]}') AS loaded_w1 \gset
CREATE TEMP TABLE got_w1 AS SELECT date FROM public.wabill_interactions WHERE conn_id OPERATOR(pg_catalog.=) 'w1';
CREATE TEMP TABLE got_disagreements AS
	SELECT conn_id, field, source_value, source_reading, wabill_value FROM public.wabill_source_disagreements;
INSERT INTO public.wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('c2', '573001234567.Acme.wa-1', '2026-10-05', 'yes');
SET LOCAL ROLE wabill_sp_tenant;
CREATE TEMP TABLE got_tenant AS SELECT conn_id FROM public.wabill_interactions;
RESET ROLE;
DELETE FROM public.wabill_interactions WHERE conn_id OPERATOR(pg_catalog.=) 'c2' RETURNING conn_id AS loaded_c2 \gset
-- the install script itself under the hostile path
SET LOCAL wabill.allow_drop_data = on;
DROP EXTENSION wabill CASCADE;
CREATE EXTENSION wabill SCHEMA public;
INSERT INTO public.wabill_interactions (conn_id, session_id, date, template) VALUES
	('a1', '573001234567.Acme.wa-1', '2026-10-01 10:00+00', true),
	('a2', '12125550123.Acme.wa-1', '2026-10-02 10:00+00', false),
	('b1', '447400123456.Beta.wa-2', '2026-10-03 10:00+00', true),
	('x1', 'malformed', '2026-10-04 10:00+00', true);
CREATE TEMP TABLE got_view_recreated AS SELECT * FROM public.wabill_billing_report;
RESET search_path;

SELECT is((SELECT u FROM shadow_in_effect), 'XX', 'the shadowing was in effect for plain queries');
SELECT results_eq('SELECT * FROM got_report', 'SELECT * FROM expected_report', 'wabill_report is unchanged');
SELECT results_eq('SELECT * FROM got_view', 'SELECT * FROM expected_view', 'wabill_billing_report is unchanged');
SELECT results_eq('SELECT * FROM got_problems', 'SELECT * FROM expected_problems', 'wabill_interaction_problems is unchanged');
SELECT is((SELECT sqlstate FROM caught WHERE what = 'range'), '22000', 'the range check still raises');
SELECT results_eq('SELECT * FROM got_disagreements',
	$$VALUES ('c1'::text, 'destiny'::text, 'Estados Unidos'::text, 'US'::text, 'CO'::text)$$,
	'wabill_source_disagreements reads spellings and numbers with the real functions');
SELECT is(:'loaded_w1'::bigint, 1::bigint, 'wabill_load_wolkvox loads under the hostile path');
SELECT is((SELECT date FROM got_w1),
	'2026-10-06 10:11:12+00'::timestamptz, 'and reads its dates with the real functions');
SELECT is(:'loaded_c2'::text, 'c2', 'loading wrote the extension''s table, not the shadow');
SELECT is(ARRAY(SELECT conn_id FROM got_tenant ORDER BY 1), ARRAY['b1'], 'row-level security ignores the shadowing');
SELECT results_eq('SELECT * FROM got_view_recreated', 'SELECT * FROM expected_view',
	'an extension created under the hostile path gives the same report');

-- no SECURITY DEFINER function without a fixed search_path
SELECT is(
	ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
		JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'wabill'
		WHERE p.prosecdef AND NOT coalesce(p.proconfig::text LIKE '%search_path=%', false)),
	ARRAY[]::text[], 'no SECURITY DEFINER function without a fixed search_path');

SELECT * FROM finish();
ROLLBACK;
