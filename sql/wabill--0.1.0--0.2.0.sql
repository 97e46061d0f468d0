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
