/* wabill--0.2.0.sql: install script of the wabill extension, version 0.2.0 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION wabill" to load this file. \quit

--------------------------------------------------------------------------
-- Session IDs: CustomerPhone.Operation.OfficialWhatsAppConnectorID
--------------------------------------------------------------------------

CREATE FUNCTION @extschema@.wabill_session_phone(session_id text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_session_phone'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_session_phone(text) IS
'Customer phone of a session ID (CustomerPhone.Operation.ConnectorID): its digits, without "+"; NULL if the ID is malformed';

CREATE FUNCTION @extschema@.wabill_session_operation(session_id text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_session_operation'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_session_operation(text) IS
'Operation (tenant) of a session ID: everything between the first and the last dot; NULL if the ID is malformed';

CREATE FUNCTION @extschema@.wabill_session_connector(session_id text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_session_connector'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_session_connector(text) IS
'Official WhatsApp connector ID of a session ID: everything after the last dot; NULL if the ID is malformed';

CREATE FUNCTION @extschema@.wabill_session_problem(session_id text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_session_problem'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_session_problem(text) IS
'What is wrong with a session ID, as a short phrase; NULL for a well-formed ID';

CREATE FUNCTION @extschema@.wabill_parse_session(session_id text,
	OUT customer_phone text, OUT operation text, OUT connector_id text)
RETURNS record
AS 'MODULE_PATHNAME', 'wabill_parse_session'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_parse_session(text) IS
'Splits a session ID into customer phone, operation and connector ID; raises invalid_text_representation (22P02) if it is malformed';

--------------------------------------------------------------------------
-- Phone numbers and destination countries
--------------------------------------------------------------------------

CREATE FUNCTION @extschema@.wabill_session_country(session_id text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_session_country'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_session_country(text) IS
'Destination country (ISO 3166-1 alpha-2) of a session ID''s customer phone; the same as wabill_phone_country(wabill_session_phone(id)) in one call';

CREATE FUNCTION @extschema@.wabill_phone_e164(phone text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_phone_e164'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_phone_e164(text) IS
'International phone number in E.164 form ("+" and digits); NULL if it cannot be one (unassigned calling code, too short or too long)';

CREATE FUNCTION @extschema@.wabill_phone_calling_code(phone text)
RETURNS integer
AS 'MODULE_PATHNAME', 'wabill_phone_calling_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_phone_calling_code(text) IS
'Country calling code of an international phone number, e.g. 57; NULL if it cannot be an international number';

CREATE FUNCTION @extschema@.wabill_phone_country(phone text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_phone_country'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_phone_country(text) IS
'Destination country (ISO 3166-1 alpha-2) of an international phone number, as libphonenumber determines it; NULL for non-geographic calling codes and invalid numbers';

CREATE FUNCTION @extschema@.wabill_phone_problem(phone text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_phone_problem'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_phone_problem(text) IS
'Why a phone number has no destination country, as a short phrase; NULL when wabill_phone_country gives one';

CREATE FUNCTION @extschema@.wabill_phone_data_version()
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_phone_data_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_phone_data_version() IS
'Release of libphonenumber''s metadata that the destination-country tables were generated from';

CREATE FUNCTION @extschema@.wabill_country_name(code text, lang text DEFAULT 'en')
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_country_name'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_country_name(text, text) IS
'Name of a country by ISO 3166-1 alpha-2 code, in English (en) or Spanish (es); NULL for an unknown code';

--------------------------------------------------------------------------
-- The billing report
--------------------------------------------------------------------------

-- What is recorded, and nothing derived: CUSTOMER_PHONE and DESTINY come from
-- the session ID when read, so a better country table fixes old reports too.
CREATE TABLE @extschema@.wabill_interactions (
	conn_id text NOT NULL,
	session_id text NOT NULL,
	date timestamptz NOT NULL,
	template boolean NOT NULL,
	CONSTRAINT wabill_interactions_pkey PRIMARY KEY (conn_id),
	CONSTRAINT wabill_interactions_date_finite CHECK (pg_catalog.isfinite(date))
);

COMMENT ON TABLE @extschema@.wabill_interactions IS
'Interactions on Official WhatsApp connectors, as recorded: one row per conversation (conn_id)';
COMMENT ON COLUMN @extschema@.wabill_interactions.conn_id IS
'The interaction''s identifier; identifies one conversation uniquely';
COMMENT ON COLUMN @extschema@.wabill_interactions.session_id IS
'CustomerPhone.Operation.OfficialWhatsAppConnectorID; stored as recorded, even if malformed';
COMMENT ON COLUMN @extschema@.wabill_interactions.date IS
'When the event was recorded';
COMMENT ON COLUMN @extschema@.wabill_interactions.template IS
'Whether a WhatsApp template was used (Meta bills template messages)';

-- (date, conn_id) is the report's order: narrow ranges need no sort.
CREATE INDEX wabill_interactions_date_idx
	ON @extschema@.wabill_interactions (date, conn_id);

COMMENT ON INDEX @extschema@.wabill_interactions_date_idx IS
'Serves wabill_report''s date range in the report''s order';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_interactions', '');

CREATE VIEW @extschema@.wabill_billing_report WITH (security_invoker = true) AS
SELECT i.conn_id,
	i.session_id,
	i.date,
	@extschema@.wabill_session_phone(i.session_id) AS customer_phone,
	CASE WHEN i.template THEN 'yes' ELSE 'no' END AS template,
	@extschema@.wabill_session_country(i.session_id) AS destiny,
	@extschema@.wabill_session_operation(i.session_id) AS operation,
	@extschema@.wabill_session_connector(i.session_id) AS connector_id,
	@extschema@.wabill_country_name(@extschema@.wabill_session_country(i.session_id), 'en') AS destiny_name,
	@extschema@.wabill_phone_calling_code(@extschema@.wabill_session_phone(i.session_id)) AS calling_code
FROM @extschema@.wabill_interactions i;

COMMENT ON VIEW @extschema@.wabill_billing_report IS
'Official WhatsApp Billing report, one row per interaction: the six report columns, then operation, connector_id, destiny_name and calling_code for slicing. Inserting into it loads records idempotently (see wabill_billing_report_insert)';
COMMENT ON COLUMN @extschema@.wabill_billing_report.customer_phone IS
'Customer phone from the session ID (digits); NULL if the session ID is malformed';
COMMENT ON COLUMN @extschema@.wabill_billing_report.template IS
'yes if a WhatsApp template was used, else no';
COMMENT ON COLUMN @extschema@.wabill_billing_report.destiny IS
'Destination country (ISO 3166-1 alpha-2) of the customer phone; NULL if it cannot be derived';
COMMENT ON COLUMN @extschema@.wabill_billing_report.destiny_name IS
'Destination country''s name in English';

-- Raises if a report's bounds are reversed.  IMMUTABLE so that the planner
-- folds it away (or raises) once, before any row is read.
CREATE FUNCTION @extschema@.wabill_check_report_range("from" timestamptz, "to" timestamptz)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	IF "from" > "to" THEN
		RAISE EXCEPTION 'report range starts after it ends'
			USING ERRCODE = 'data_exception',
				DETAIL = format('"from" is %s and "to" is %s; the range is from <= date < to.', "from", "to");
	END IF;
	RETURN true;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_check_report_range(timestamptz, timestamptz) IS
'Checks a report range (from <= date < to, NULL for an open side): true, or an error if from > to';

-- A SQL function without STRICT, SET or SECURITY DEFINER, so that the planner
-- inlines it and the bounds reach the index; its body is bound at creation
-- (BEGIN ATOMIC), so the caller's search_path cannot change what it calls.
-- Open bounds become infinities rather than "IS NULL OR", which only folds
-- away for literal bounds: parameters and now() keep the index usable too.
-- Stored dates are finite (a CHECK says so), so that is exact.
CREATE FUNCTION @extschema@.wabill_report("from" timestamptz, "to" timestamptz,
	destiny text DEFAULT NULL, operation text DEFAULT NULL)
RETURNS TABLE (conn_id text, session_id text, date timestamptz,
	customer_phone text, template text, destiny text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT r.conn_id, r.session_id, r.date, r.customer_phone, r.template, r.destiny
	FROM @extschema@.wabill_billing_report r
	WHERE @extschema@.wabill_check_report_range(wabill_report."from", wabill_report."to")
		AND r.date >= coalesce(wabill_report."from", '-infinity')
		AND r.date < coalesce(wabill_report."to", 'infinity')
		AND (wabill_report.destiny IS NULL OR r.destiny = upper(wabill_report.destiny))
		AND (wabill_report.operation IS NULL OR r.operation = wabill_report.operation)
	ORDER BY r.date, r.conn_id;
END;

COMMENT ON FUNCTION @extschema@.wabill_report(timestamptz, timestamptz, text, text) IS
'Official WhatsApp Billing report for from <= date < to (NULL leaves a side open), optionally for one destination country and one operation, ordered by date then conn_id';

CREATE VIEW @extschema@.wabill_interaction_problems WITH (security_invoker = true) AS
SELECT i.conn_id, i.session_id, i.date, i.template, p.problem
FROM @extschema@.wabill_interactions i
	CROSS JOIN LATERAL (
		SELECT coalesce(
			@extschema@.wabill_session_problem(i.session_id),
			'customer phone: ' || @extschema@.wabill_phone_problem(@extschema@.wabill_session_phone(i.session_id))
		) AS problem
	) p
WHERE p.problem IS NOT NULL;

COMMENT ON VIEW @extschema@.wabill_interaction_problems IS
'Stored interactions whose report row is incomplete (malformed session ID, no derivable destination country), with the reason';

-- Loading through the report's own shape: a raw export (conn_id, session_id,
-- date, template) or a report exported as CSV (the six columns).  Derived
-- columns in the input are checked against the session ID, never stored,
-- and a record already stored is skipped, so loading twice changes nothing.
CREATE FUNCTION @extschema@.wabill_billing_report_insert()
RETURNS trigger
LANGUAGE plpgsql
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	stored @extschema@.wabill_interactions;
	is_template boolean;
BEGIN
	IF NEW.conn_id IS NULL OR NEW.session_id IS NULL OR NEW.date IS NULL OR NEW.template IS NULL THEN
		RAISE EXCEPTION 'conn_id, session_id, date and template are required'
			USING ERRCODE = 'not_null_violation',
				DETAIL = format('Record with conn_id %L lacks one of them.', NEW.conn_id);
	END IF;
	BEGIN
		is_template := NEW.template::boolean;
	EXCEPTION WHEN invalid_text_representation THEN
		RAISE EXCEPTION 'invalid template value for conn_id %: "%"', NEW.conn_id, NEW.template
			USING ERRCODE = 'invalid_text_representation',
				HINT = 'Use yes or no.';
	END;
	IF NEW.customer_phone IS DISTINCT FROM @extschema@.wabill_session_phone(NEW.session_id)
			AND NEW.customer_phone IS NOT NULL THEN
		RAISE EXCEPTION 'customer_phone of conn_id % does not match its session ID', NEW.conn_id
			USING ERRCODE = 'data_exception',
				DETAIL = format('The file says %L; session ID %L gives %L.', NEW.customer_phone,
					NEW.session_id, @extschema@.wabill_session_phone(NEW.session_id));
	END IF;
	IF NEW.destiny IS DISTINCT FROM @extschema@.wabill_session_country(NEW.session_id)
			AND NEW.destiny IS NOT NULL THEN
		RAISE EXCEPTION 'destiny of conn_id % does not match its session ID', NEW.conn_id
			USING ERRCODE = 'data_exception',
				DETAIL = format('The file says %L; session ID %L gives %L.', NEW.destiny,
					NEW.session_id, @extschema@.wabill_session_country(NEW.session_id));
	END IF;
	IF NEW.operation IS NOT NULL OR NEW.connector_id IS NOT NULL
			OR NEW.destiny_name IS NOT NULL OR NEW.calling_code IS NOT NULL THEN
		RAISE EXCEPTION 'operation, connector_id, destiny_name and calling_code are derived and cannot be loaded'
			USING ERRCODE = 'feature_not_supported';
	END IF;

	INSERT INTO @extschema@.wabill_interactions (conn_id, session_id, date, template)
	VALUES (NEW.conn_id, NEW.session_id, NEW.date, is_template)
	ON CONFLICT (conn_id) DO NOTHING;
	IF NOT FOUND THEN
		SELECT * INTO stored FROM @extschema@.wabill_interactions WHERE conn_id = NEW.conn_id;
		IF (stored.session_id, stored.date, stored.template)
				IS DISTINCT FROM (NEW.session_id, NEW.date, is_template) THEN
			RAISE EXCEPTION 'conn_id % is already stored with different data', NEW.conn_id
				USING ERRCODE = 'unique_violation',
					DETAIL = format('Stored: %s, %s, %s. Loaded: %s, %s, %s.',
						stored.session_id, stored.date, stored.template,
						NEW.session_id, NEW.date, is_template);
		END IF;
		RETURN NULL;
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_billing_report_insert() IS
'INSTEAD OF INSERT trigger of wabill_billing_report: stores a record idempotently, checking customer_phone and destiny against the session ID';

CREATE TRIGGER wabill_billing_report_insert
	INSTEAD OF INSERT ON @extschema@.wabill_billing_report
	FOR EACH ROW EXECUTE FUNCTION @extschema@.wabill_billing_report_insert();

--------------------------------------------------------------------------
-- Tenants: an operation is one company's contact-centre operation
--------------------------------------------------------------------------

-- Which roles may read which operations' rows.  Roles are kept by name so
-- that a dump restores into a cluster whose roles have other OIDs.
CREATE TABLE @extschema@.wabill_operation_grants (
	role_name name NOT NULL,
	operation text NOT NULL,
	CONSTRAINT wabill_operation_grants_pkey PRIMARY KEY (role_name, operation)
);

COMMENT ON TABLE @extschema@.wabill_operation_grants IS
'Operations (tenants) each role may read in wabill_interactions; managed with wabill_grant_operation and wabill_revoke_operation';
COMMENT ON COLUMN @extschema@.wabill_operation_grants.role_name IS
'A role; its members read the operation too';
COMMENT ON COLUMN @extschema@.wabill_operation_grants.operation IS
'An operation as wabill_session_operation gives it';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_operation_grants', '');

-- A role sees its own grants only: tenants must not learn each other's names.
-- Everyone may read it, so that a role with no grant sees no rows rather than
-- an error about a table it never heard of.
ALTER TABLE @extschema@.wabill_operation_grants ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON @extschema@.wabill_operation_grants TO PUBLIC;
CREATE POLICY wabill_own_grants ON @extschema@.wabill_operation_grants
	FOR SELECT
	USING (EXISTS (SELECT FROM pg_catalog.pg_roles r
		WHERE r.rolname OPERATOR(pg_catalog.=) role_name
			AND pg_catalog.pg_has_role(r.oid, 'MEMBER')));

COMMENT ON POLICY wabill_own_grants ON @extschema@.wabill_operation_grants IS
'A role reads the grants of the roles it is a member of';

-- Rows of operations granted to the reader.  The table's owner and
-- superusers are not subject to row-level security and see everything.
-- ARRAY(SELECT ...) makes the grants an init plan, read once per query.
ALTER TABLE @extschema@.wabill_interactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY wabill_granted_operations ON @extschema@.wabill_interactions
	FOR SELECT
	USING (@extschema@.wabill_session_operation(session_id) OPERATOR(pg_catalog.=) ANY (
		ARRAY(SELECT g.operation FROM @extschema@.wabill_operation_grants g)));

COMMENT ON POLICY wabill_granted_operations ON @extschema@.wabill_interactions IS
'A role reads only the rows of operations granted to it (wabill_grant_operation)';

CREATE FUNCTION @extschema@.wabill_grant_operation(role name, operation text)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.rolname = role) THEN
		RAISE EXCEPTION 'role "%" does not exist', role USING ERRCODE = 'undefined_object';
	END IF;
	INSERT INTO @extschema@.wabill_operation_grants (role_name, operation)
	VALUES (role, operation)
	ON CONFLICT DO NOTHING;
	EXECUTE format('GRANT SELECT ON %s, %s, %s TO %I',
		'@extschema@.wabill_interactions'::regclass,
		'@extschema@.wabill_billing_report'::regclass,
		'@extschema@.wabill_interaction_problems'::regclass, role);
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_grant_operation(name, text) IS
'Lets a role read one operation''s rows (through the table, wabill_billing_report and wabill_report), granting it SELECT as needed';

CREATE FUNCTION @extschema@.wabill_revoke_operation(role name, operation text)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM @extschema@.wabill_operation_grants g
	WHERE g.role_name = role AND g.operation = wabill_revoke_operation.operation;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_revoke_operation(name, text) IS
'Stops a role from reading one operation''s rows; with no operation left it reads no rows';

--------------------------------------------------------------------------
-- Lifecycle: data releases, protection of stored rows, encodings
--------------------------------------------------------------------------

-- No accidental data loss.  Dropping the extension drops its tables, and
-- they hold the users' billing records: a statement that would drop it
-- (DROP EXTENSION wabill, with or without CASCADE; DROP SCHEMA ... CASCADE
-- of its schema; DROP OWNED BY its owner) is refused while one of its tables
-- holds user rows, unless the session has SET wabill.allow_drop_data = on.
-- "User rows" are what pg_dump dumps: the rows of every table registered
-- with pg_extension_config_dump that its filter condition selects.  So a new
-- table of user data (partitions of wabill_interactions, pricing, sources)
-- is protected by registering it with pg_extension_config_dump, which it
-- needs anyway to be dumped; rows the extension ships itself are left out by
-- the registration's condition, as pg_dump leaves them out.
CREATE FUNCTION @extschema@.wabill_protect_data()
RETURNS event_trigger
AS 'MODULE_PATHNAME', 'wabill_protect_data'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.wabill_protect_data() IS
'Event trigger function: refuses to drop the extension while its tables hold user rows, unless wabill.allow_drop_data is on';

CREATE EVENT TRIGGER wabill_protect_data ON ddl_command_start
	WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED')
	EXECUTE FUNCTION @extschema@.wabill_protect_data();

COMMENT ON EVENT TRIGGER wabill_protect_data IS
'Refuses DROP EXTENSION wabill (and DROP SCHEMA ... CASCADE or DROP OWNED that would drop it) while its tables hold user rows; SET wabill.allow_drop_data = on to drop them';

-- (end of section)

--------------------------------------------------------------------------
-- Scale: partitions and bulk loading
--------------------------------------------------------------------------

-- (end of section)

--------------------------------------------------------------------------
-- Sources: wolkvox's API and exports, Meta's pricing analytics, the audit
--------------------------------------------------------------------------

-- (end of section)

--------------------------------------------------------------------------
-- Pricing: markets, rate cards, volume tiers, categories and costs
--------------------------------------------------------------------------

-- (end of section)
