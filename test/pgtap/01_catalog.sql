-- The install script's promises: every object commented, C functions
-- IMMUTABLE STRICT PARALLEL SAFE, the report function inlinable.
BEGIN;
SELECT * FROM no_plan();

SELECT has_extension('wabill');

-- every C function of the extension on values: IMMUTABLE STRICT PARALLEL SAFE
-- (an event trigger's function is neither, and takes no values), but
-- wabill_outer_role, the session's role, which is STABLE
SELECT is(
	ARRAY(SELECT p.proname::text FROM pg_proc p
		JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'wabill'
		WHERE p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
			AND p.prorettype <> 'event_trigger'::regtype
			AND p.proname <> 'wabill_outer_role'
			AND p.prorettype <> 'trigger'::regtype	-- the loader's triggers
			AND p.proname <> 'wabill_last_load_stored'	-- and its count
			AND NOT (p.provolatile = 'i' AND p.proisstrict AND p.proparallel = 's')
			-- the pricing lookups read tables (STABLE); NULL arguments mean something to some
			AND p.proname NOT IN ('wabill_phone_market', 'wabill_template_category', 'wabill_operation_portfolio',
				'wabill_unit_price', 'wabill_price_problem', 'wabill_price_in_order')
			-- the caller tickets of the pricing path: per session, and a NULL ticket is an error
			AND p.proname NOT IN ('wabill_caller_ticket', 'wabill_ticket_role')
		ORDER BY 1),
	ARRAY[]::text[],
	'every C function is IMMUTABLE STRICT PARALLEL SAFE');
SELECT ok(p.provolatile = 's' AND p.proparallel = 's', 'wabill_outer_role is STABLE PARALLEL SAFE')
FROM pg_proc p WHERE p.oid = 'wabill_outer_role()'::regprocedure;

SELECT is(
	(SELECT count(*)::int FROM pg_proc p
		JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'wabill'
		WHERE p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
			AND p.prorettype <> 'event_trigger'::regtype
			AND p.prorettype <> 'trigger'::regtype
			AND p.proname <> 'wabill_last_load_stored'),
	25, 'the extension has 25 C functions on values');

SELECT is(
	ARRAY(SELECT p.proname::text FROM pg_proc p
		WHERE p.proname IN ('wabill_phone_market', 'wabill_template_category', 'wabill_operation_portfolio',
				'wabill_unit_price', 'wabill_price_problem')
			-- the caller tickets of the pricing path: per session, and a NULL ticket is an error
			AND p.proname NOT IN ('wabill_caller_ticket', 'wabill_ticket_role')
			AND NOT (p.provolatile = 's' AND p.proparallel = 's')),
	ARRAY[]::text[],
	'the pricing lookups are STABLE PARALLEL SAFE');
SELECT ok(p.provolatile = 'v' AND p.proparallel = 'r' AND NOT p.proisstrict,
	'wabill_price_in_order counts the rows it is called for: VOLATILE, PARALLEL RESTRICTED (the leader, in order), not STRICT')
FROM pg_proc p WHERE p.oid = 'wabill_price_in_order(text, timestamptz, text, boolean, text, text)'::regprocedure;

-- every member object has a comment
SELECT is(
	ARRAY(SELECT pg_describe_object(d.classid, d.objid, 0)
		FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'wabill'
		WHERE d.deptype = 'e'
			AND d.classid <> 'pg_type'::regclass	-- row types of the table and views
			AND d.classid <> 'pg_trigger'::regclass
			AND obj_description(d.objid, d.classid::regclass::name) IS NULL
		ORDER BY 1),
	ARRAY[]::text[],
	'every object of the extension has a comment');

SELECT is(
	ARRAY(SELECT a.attname::text FROM pg_attribute a
		WHERE a.attrelid = 'wabill_interactions'::regclass AND a.attnum > 0
			AND col_description(a.attrelid, a.attnum) IS NULL),
	ARRAY[]::text[], 'every column of wabill_interactions has a comment');

SELECT function_returns('wabill_session_phone', ARRAY['text'], 'text');
SELECT function_returns('wabill_phone_calling_code', ARRAY['text'], 'integer');
SELECT function_returns('wabill_country_name', ARRAY['text', 'text'], 'text');
SELECT function_returns('wabill_report', ARRAY['timestamp with time zone', 'timestamp with time zone', 'text', 'text'], 'setof record');

-- wabill_report must stay inlinable: not STRICT, not VOLATILE, no SET, not SECURITY DEFINER
SELECT ok(NOT p.proisstrict AND p.provolatile = 's' AND p.proconfig IS NULL AND NOT p.prosecdef
		AND p.proparallel = 's',
	'wabill_report is STABLE PARALLEL SAFE and inlinable')
FROM pg_proc p WHERE p.proname = 'wabill_report';

SELECT columns_are('wabill_interactions', ARRAY['conn_id', 'session_id', 'date', 'template',
	'recorded_customer_phone', 'recorded_destiny']);
SELECT col_not_null('wabill_interactions', c) FROM unnest(ARRAY['conn_id', 'session_id', 'date', 'template']) c;
SELECT is((SELECT relkind FROM pg_class WHERE oid = 'wabill_interactions'::regclass), 'p'::"char",
	'wabill_interactions is a partitioned table');
SELECT col_is_pk('wabill_conn_ids', 'conn_id');
SELECT col_is_pk('wabill_interactions_default', ARRAY['date', 'conn_id']);
SELECT col_type_is('wabill_interactions', 'date', 'timestamp with time zone');
SELECT col_type_is('wabill_interactions', 'template', 'boolean');

SELECT is(
	ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = 'wabill_billing_report'::regclass AND attnum > 0 ORDER BY attnum),
	ARRAY['conn_id', 'session_id', 'date', 'customer_phone', 'template', 'destiny',
		'operation', 'connector_id', 'destiny_name', 'calling_code'],
	'wabill_billing_report has the report columns first, in order, then the slicing ones');

SELECT ok('security_invoker=true' = ANY (c.reloptions), 'wabill_billing_report is a security_invoker view')
FROM pg_class c WHERE c.oid = 'wabill_billing_report'::regclass;

-- The months' partitions are ordinary tables, dumped with their rows; the
-- extension's own tables with rows are configuration tables.
SELECT is(
	ARRAY(SELECT t::regclass::text FROM pg_extension e, unnest(e.extconfig) t
		WHERE e.extname = 'wabill' ORDER BY 1),
	ARRAY['wabill_category_rules', 'wabill_interactions', 'wabill_interactions_default', 'wabill_meta_pricing',
		'wabill_operation_grants', 'wabill_portfolios', 'wabill_rate_cards', 'wabill_user_market_prefixes', 'wabill_volume_tiers'],
	'pg_dump dumps the rows of wabill_interactions (its partitions), wabill_interactions_default, wabill_meta_pricing, wabill_operation_grants and the pricing tables the user fills');

SELECT * FROM finish();
ROLLBACK;
