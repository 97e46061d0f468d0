-- What depends on the server's major version.  PostgreSQL 18 records a
-- module's name and version (PG_MODULE_MAGIC_EXT): the loaded wabill.so must
-- say it is wabill, of the installed extension's version.  Earlier servers
-- have no pg_get_loaded_modules(), so the test is skipped there (its query is
-- text, parsed only on 18).
BEGIN;
SELECT plan(2);

SELECT is(wabill_phone_country('573001234567'), 'CO', 'the module loads and answers');

SELECT CASE WHEN pg_catalog.current_setting('server_version_num')::int >= 180000
	THEN results_eq(
		$$SELECT (module_name || ' ' || version) COLLATE "C"
		  FROM pg_catalog.pg_get_loaded_modules() WHERE file_name = 'wabill.so'$$,
		$$SELECT (extname || ' ' || extversion) COLLATE "C"
		  FROM pg_catalog.pg_extension WHERE extname = 'wabill'$$,
		'PostgreSQL 18: the loaded module is named wabill, of the extension''s version')
	ELSE skip('pg_get_loaded_modules() and PG_MODULE_MAGIC_EXT are new in PostgreSQL 18', 1)
END;

SELECT * FROM finish();
ROLLBACK;
