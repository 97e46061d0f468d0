-- Phone-data releases: the database records the data its stored results were
-- built with; what depends on the data-derived functions is found through
-- pg_depend, listed when the data differs, and rebuilt.
BEGIN;
SELECT plan(22);
SET LOCAL client_min_messages = error;

SELECT is((SELECT array_agg(data_version) FROM wabill_phone_data_built), ARRAY[wabill_phone_data_version()],
	'CREATE EXTENSION records the phone data the server runs, in one row');
SELECT is((SELECT count(*)::int FROM wabill_phone_data_check()), 0, 'nothing is stale after it');

-- Every kind of stored dependent, and things that are not.
CREATE SCHEMA pd;
CREATE TABLE pd.phones (phone text,
	country text GENERATED ALWAYS AS (wabill_phone_country(phone)) STORED,
	CONSTRAINT known CHECK (wabill_phone_e164(phone) IS NOT NULL));
INSERT INTO pd.phones VALUES ('573001234567'), ('12125550123'), ('447400123456');
CREATE INDEX phones_country ON pd.phones (wabill_phone_country(phone));
CREATE INDEX phones_code ON pd.phones (phone) WHERE wabill_phone_calling_code(phone) = 57;
CREATE INDEX phones_plain ON pd.phones (phone);
CREATE FUNCTION pd.region(p text) RETURNS text LANGUAGE sql IMMUTABLE
	BEGIN ATOMIC SELECT wabill_phone_country(p); END;
CREATE INDEX phones_region ON pd.phones (pd.region(phone));
CREATE STATISTICS pd.phones_stats ON (wabill_phone_country(phone)) FROM pd.phones;
CREATE MATERIALIZED VIEW pd.by_destiny AS SELECT destiny, count(*) FROM wabill_billing_report GROUP BY 1;
CREATE VIEW pd.report_ids AS SELECT conn_id FROM wabill_billing_report;
CREATE MATERIALIZED VIEW pd.ids AS SELECT * FROM pd.report_ids;
CREATE INDEX interactions_operation ON pd.phones (wabill_session_operation(phone));
CREATE TABLE pd.by_country (phone text) PARTITION BY LIST (wabill_phone_country(phone));
CREATE TABLE pd.by_country_co PARTITION OF pd.by_country FOR VALUES IN ('CO');
CREATE INDEX by_country_idx ON pd.by_country (wabill_phone_country(phone));

SELECT results_eq($$SELECT kind, object, rebuild FROM wabill_phone_data_dependents() WHERE object LIKE 'pd.%' OR object LIKE '% on pd.%'$$,
	$$VALUES
		('generated column', 'pd.phones.country', 'UPDATE pd.phones SET country = DEFAULT'),
		('check constraint', 'known on pd.phones', 'ALTER TABLE pd.phones DROP CONSTRAINT known, ADD CONSTRAINT known CHECK ((public.wabill_phone_e164(phone) IS NOT NULL))'),
		('index', 'pd.by_country_co_wabill_phone_country_idx', 'REINDEX INDEX pd.by_country_co_wabill_phone_country_idx'),
		('index', 'pd.phones_code', 'REINDEX INDEX pd.phones_code'),
		('index', 'pd.phones_country', 'REINDEX INDEX pd.phones_country'),
		('index', 'pd.phones_region', 'REINDEX INDEX pd.phones_region'),
		('materialized view', 'pd.by_destiny', 'REFRESH MATERIALIZED VIEW pd.by_destiny'),
		('materialized view', 'pd.ids', 'REFRESH MATERIALIZED VIEW pd.ids'),
		('statistics', 'pd.phones_stats', 'ANALYZE pd.phones'),
		('partition key', 'pd.by_country', NULL)$$,
	'the dependents: a generated column, a check, indexes (by expression, predicate, a function, a partitioned one by its leaves), materialized views (directly and through a view), statistics, a partition key');
SELECT is((SELECT count(*)::int FROM wabill_phone_data_check()), 0,
	'while the data is the one recorded, none is stale');

-- A new release of the data, as the server would run it after an upgrade.
UPDATE wabill_phone_data_built SET data_version = 'v0.0.1-old';
SELECT is((SELECT count(*)::int FROM wabill_phone_data_check() WHERE object LIKE 'pd.%' OR object LIKE '% on pd.%'), 10,
	'with other data recorded, wabill_phone_data_check lists them');
SELECT is((SELECT DISTINCT built_with || ' ' || server_data FROM wabill_phone_data_check()),
	'v0.0.1-old ' || wabill_phone_data_version(), 'with the recorded and the server''s data');

CREATE TEMP TABLE filenodes AS
	SELECT relname, pg_relation_filenode(oid) AS filenode, (SELECT array_agg(ctid::text) FROM pd.phones) AS ctids
	FROM pg_class WHERE relnamespace = 'pd'::regnamespace;

-- An update script's step, with rebuilding turned off: it lists, rebuilds nothing.
SET LOCAL wabill.phone_data_rebuild = off;
SELECT throws_ok($$SELECT wabill_phone_data_after_update('v0.0.2-not-this-one')$$, '55000',
	'this session runs wabill''s phone data ' || wabill_phone_data_version() || ', not v0.0.2-not-this-one',
	'an update refuses to rebuild with a library older than its release');
SELECT lives_ok(format('SELECT wabill_phone_data_after_update(%L)', wabill_phone_data_version()),
	'with wabill.phone_data_rebuild off, the update step only warns');
SELECT is((SELECT filenode FROM filenodes WHERE relname = 'phones_country'), pg_relation_filenode('pd.phones_country'),
	'and rebuilds nothing');
SELECT is((SELECT data_version FROM wabill_phone_data_built), 'v0.0.1-old', 'nor records the new data');
RESET wabill.phone_data_rebuild;

-- The update step by default rebuilds everything and records the new data.
SELECT lives_ok(format('SELECT wabill_phone_data_after_update(%L)', wabill_phone_data_version()),
	'the update step rebuilds');
SELECT isnt((SELECT filenode FROM filenodes WHERE relname = 'phones_country'), pg_relation_filenode('pd.phones_country'),
	'the expression index on wabill_phone_country is rebuilt');
SELECT isnt((SELECT filenode FROM filenodes WHERE relname = 'phones_region'), pg_relation_filenode('pd.phones_region'),
	'and the one on a function calling it');
SELECT isnt((SELECT filenode FROM filenodes WHERE relname = 'by_country_co_wabill_phone_country_idx'),
	pg_relation_filenode('pd.by_country_co_wabill_phone_country_idx'), 'and the partition''s index');
SELECT is((SELECT filenode FROM filenodes WHERE relname = 'phones_plain'), pg_relation_filenode('pd.phones_plain'),
	'an index on the plain column is not (the table was not rewritten)');
SELECT isnt((SELECT filenode FROM filenodes WHERE relname = 'ids'), pg_relation_filenode('pd.ids'),
	'the materialized view over a view of the report is refreshed');
SELECT isnt((SELECT ctids FROM filenodes LIMIT 1), (SELECT array_agg(ctid::text) FROM pd.phones),
	'the generated column is recomputed (every row rewritten)');
SELECT is((SELECT data_version FROM wabill_phone_data_built), wabill_phone_data_version(), 'the new data is recorded');
SELECT is((SELECT count(*)::int FROM wabill_phone_data_check()), 0, 'and nothing is stale');

-- Rebuilt by hand: record only.
UPDATE wabill_phone_data_built SET data_version = 'v0.0.1-old';
SELECT is((SELECT count(*)::int FROM wabill_phone_data_refresh(false)), 0,
	'wabill_phone_data_refresh(false) runs no command');
SELECT is((SELECT data_version FROM wabill_phone_data_built), wabill_phone_data_version(), 'and records the data');

CREATE ROLE wabill_pd_tenant;
SELECT ok(NOT has_function_privilege('wabill_pd_tenant', 'wabill_phone_data_refresh(boolean)', 'EXECUTE'),
	'only the owner may refresh');

SELECT * FROM finish();
ROLLBACK;
