/* wabill--0.1.0--0.2.0.sql: update of the wabill extension from 0.1.0 to 0.2.0 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION wabill UPDATE TO '0.2.0'" to load this file. \quit

-- Every step below keeps the rows a 0.1.0 installation stored.  After it, the
-- extension's objects are exactly those of a fresh 0.2.0 install: the update
-- test (test/upgrade) compares the two.

--------------------------------------------------------------------------
-- Session IDs, phone numbers and countries
--------------------------------------------------------------------------

-- (end of section)

--------------------------------------------------------------------------
-- The billing report and loading
--------------------------------------------------------------------------

-- (end of section)

--------------------------------------------------------------------------
-- Tenants
--------------------------------------------------------------------------

-- (end of section)

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
