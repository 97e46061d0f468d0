-- Hostile objects already in the extension's own schema before CREATE
-- EXTENSION: during the install script that schema is on the search_path
-- (after pg_catalog), so an unqualified call whose arguments match a
-- same-named function there better than pg_catalog's (format's VARIADIC
-- "any" loses to any plain signature) would bind to it for good, and run as
-- whoever reads the view.  Everything must be qualified: the views give the
-- same rows, and no object of the extension depends on a function or
-- operator that is neither pg_catalog's nor the extension's own.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

CREATE TEMP TABLE rows_in (conn_id text, session_id text, date timestamptz, customer_phone text,
	template text, destiny text);
INSERT INTO rows_in VALUES
	('d1', '573001234567.Acme.wa-1', '2026-10-05', '+57 300 123 4567', 'yes', 'Estados Unidos'),
	('d2', '17875551234.Acme.wa-1', '2026-10-05', '7875551234', 'no', 'USA'),
	('d3', '573001234567.Acme.wa-1', '2026-10-06', '3009999999', 'yes', 'Narnia'),
	('d4', 'malformed', '2026-10-06', '573001234567', 'yes', 'CO'),
	('d5', '5730012.Acme.wa-1', '2026-10-06', NULL, 'yes', 'CO');
INSERT INTO wabill_billing_report SELECT * FROM rows_in;
CREATE TEMP TABLE expected_disagreements AS SELECT * FROM wabill_source_disagreements;
CREATE TEMP TABLE expected_problems AS SELECT * FROM wabill_interaction_problems;
SELECT cmp_ok((SELECT count(*) FROM expected_disagreements), '>=', 5::bigint,
	'the planted rows give disagreements of every kind to compare');

SET LOCAL wabill.allow_drop_data = on;
SET LOCAL client_min_messages = warning;
DROP EXTENSION wabill CASCADE;
CREATE SCHEMA target;
-- format with every arity the extension could use, as plain signatures
CREATE FUNCTION target.format(text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text, text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text, text, text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text, text, text, text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text, text, text, text, text, text) RETURNS text
	LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.format(text, text, integer, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.upper(text) RETURNS text LANGUAGE sql AS $$ SELECT 'XX' $$;
CREATE FUNCTION target.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT 'xx' $$;
CREATE FUNCTION target.coalesce_text(text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.regexp_replace(text, text, text, text) RETURNS text LANGUAGE sql AS $$ SELECT '0' $$;
CREATE FUNCTION target.text_always_true(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION target.text_cat(text, text) RETURNS text LANGUAGE sql AS $$ SELECT 'hacked' $$;
CREATE FUNCTION target.ts_always_true(timestamptz, timestamptz) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION target.big_always_true(bigint, integer) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR target.= (LEFTARG = text, RIGHTARG = text, FUNCTION = target.text_always_true);
CREATE OPERATOR target.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = target.text_cat);
CREATE OPERATOR target.< (LEFTARG = timestamptz, RIGHTARG = timestamptz, FUNCTION = target.ts_always_true);
CREATE OPERATOR target.>= (LEFTARG = bigint, RIGHTARG = integer, FUNCTION = target.big_always_true);
CREATE EXTENSION wabill SCHEMA target;

INSERT INTO target.wabill_billing_report SELECT * FROM rows_in;
SELECT results_eq('SELECT * FROM target.wabill_source_disagreements ORDER BY conn_id, field',
	'SELECT * FROM expected_disagreements ORDER BY conn_id, field',
	'wabill_source_disagreements is unchanged by hostile objects in its own schema');
SELECT results_eq('SELECT * FROM target.wabill_interaction_problems ORDER BY conn_id',
	'SELECT * FROM expected_problems ORDER BY conn_id',
	'wabill_interaction_problems is unchanged');
SELECT throws_ok($$INSERT INTO target.wabill_meta_pricing (period_start, period_end, country,
		pricing_category, pricing_type, volume, cost)
	VALUES ('2026-10-02', '2026-10-01', 'CO', 'MARKETING', 'REGULAR', -1, 0)$$, '23514', NULL,
	'the checks of wabill_meta_pricing still use the real operators');

-- Nothing of the extension (views, SQL function bodies, policies, checks,
-- defaults) depends on a function or operator outside pg_catalog (whose
-- objects are pinned, so never recorded) and the extension itself.
SELECT is(ARRAY(
	WITH member AS (
		SELECT d.classid, d.objid FROM pg_depend d
		WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
			AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'wabill')),
	user_ AS (
		SELECT 'pg_rewrite'::regclass AS classid, r.oid AS objid FROM pg_rewrite r
			JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = r.ev_class
		UNION ALL SELECT 'pg_policy'::regclass, p.oid FROM pg_policy p
			JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = p.polrelid
		UNION ALL SELECT 'pg_constraint'::regclass, c.oid FROM pg_constraint c
			JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = c.conrelid
		UNION ALL SELECT 'pg_attrdef'::regclass, a.oid FROM pg_attrdef a
			JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = a.adrelid
		UNION ALL SELECT 'pg_trigger'::regclass, t.oid FROM pg_trigger t
			JOIN member m ON m.classid = 'pg_class'::regclass AND m.objid = t.tgrelid
		UNION ALL SELECT classid, objid FROM member WHERE classid = 'pg_proc'::regclass)
	SELECT DISTINCT pg_describe_object(d.refclassid, d.refobjid, 0)
	FROM user_ u JOIN pg_depend d ON d.classid = u.classid AND d.objid = u.objid
	WHERE d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass)
		AND NOT EXISTS (SELECT FROM member m WHERE m.classid = d.refclassid AND m.objid = d.refobjid)
	ORDER BY 1), ARRAY[]::text[],
	'no object of the extension calls a function or operator that is not pg_catalog''s or its own');

SELECT * FROM finish();
ROLLBACK;
