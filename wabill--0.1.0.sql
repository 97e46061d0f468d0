/* wabill--0.1.0.sql: install script of the wabill extension */

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
