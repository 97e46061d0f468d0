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

-- Issue 14: grants belong to roles (regrole), nobody but the owner reads
-- them, grants and revokes take turns, error messages quote bounded values.

-- Grants of 0.1.0 name roles.  A name that still names a role becomes that
-- role; a grant of a name that names no role is dropped: it granted nothing,
-- and kept it would go to whichever role takes the name later.
DROP POLICY wabill_own_grants ON @extschema@.wabill_operation_grants;
REVOKE ALL ON @extschema@.wabill_operation_grants FROM PUBLIC;
DELETE FROM @extschema@.wabill_operation_grants g
WHERE pg_catalog.to_regrole(pg_catalog.quote_ident(g.role_name)) IS NULL;
ALTER TABLE @extschema@.wabill_operation_grants
	ALTER COLUMN role_name TYPE pg_catalog.regrole
		USING pg_catalog.to_regrole(pg_catalog.quote_ident(role_name));
ALTER TABLE @extschema@.wabill_operation_grants RENAME COLUMN role_name TO grantee;
-- PostgreSQL 18 names NOT NULL constraints after their column, and renaming
-- the column keeps the old name: give it the name a fresh install has
-- (earlier majors have no such constraint).
DO $$
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_constraint
			WHERE conrelid OPERATOR(pg_catalog.=) '@extschema@.wabill_operation_grants'::pg_catalog.regclass
				AND conname OPERATOR(pg_catalog.=) 'wabill_operation_grants_role_name_not_null') THEN
		ALTER TABLE @extschema@.wabill_operation_grants
			RENAME CONSTRAINT wabill_operation_grants_role_name_not_null
			TO wabill_operation_grants_grantee_not_null;
	END IF;
END
$$;

COMMENT ON TABLE @extschema@.wabill_operation_grants IS
'Operations (tenants) each role may read in wabill_interactions; managed with wabill_grant_operation and wabill_revoke_operation; readable by its owner only';
COMMENT ON COLUMN @extschema@.wabill_operation_grants.grantee IS
'A role (by OID: renames follow it); its members read the operation too';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_operation_grants',
	'WHERE EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) grantee)');

CREATE FUNCTION @extschema@.wabill_outer_role()
RETURNS regrole
AS 'MODULE_PATHNAME', 'wabill_outer_role'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_outer_role() IS
'The session''s role (SET ROLE''s, else the login role), which SECURITY DEFINER functions do not change; used by wabill_granted_operations';

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_outer_role() FROM PUBLIC;

CREATE FUNCTION @extschema@.wabill_granted_operations(reader name DEFAULT NULL)
RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path TO pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT coalesce(pg_catalog.array_agg(DISTINCT g.operation), '{}')
	FROM @extschema@.wabill_operation_grants g
		JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) g.grantee
	WHERE CASE WHEN wabill_granted_operations.reader IS NULL
		THEN pg_catalog.pg_has_role(@extschema@.wabill_outer_role(), g.grantee, 'USAGE')
		ELSE pg_catalog.pg_has_role(@extschema@.wabill_outer_role(), wabill_granted_operations.reader, 'MEMBER')
			AND pg_catalog.pg_has_role(wabill_granted_operations.reader, g.grantee, 'USAGE')
	END;
END;

COMMENT ON FUNCTION @extschema@.wabill_granted_operations(name) IS
'Operations granted to a reader (a role the session''s role is a member of, else none), or with no argument to the session''s role, through the roles whose privileges it has (USAGE: NOINHERIT memberships need SET ROLE); what row-level security on wabill_interactions lets current_user read';

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_granted_operations(name) FROM PUBLIC;

ALTER POLICY wabill_granted_operations ON @extschema@.wabill_interactions
	USING (@extschema@.wabill_session_operation(session_id) OPERATOR(pg_catalog.=) ANY (
		(SELECT @extschema@.wabill_granted_operations(CURRENT_USER))::pg_catalog.text[]));

COMMENT ON POLICY wabill_granted_operations ON @extschema@.wabill_interactions IS
'A role reads only the rows of operations granted to it (wabill_grant_operation), as wabill_granted_operations tells';

-- The policy now calls wabill_granted_operations: the roles granted in
-- 0.1.0 may, as the roles granted from now on.
DO $$
DECLARE
	role_id regrole;
BEGIN
	FOR role_id IN SELECT DISTINCT g.grantee FROM @extschema@.wabill_operation_grants g LOOP
		EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s',
			'@extschema@.wabill_granted_operations(name)'::pg_catalog.regprocedure, role_id);
	END LOOP;
END
$$;

DROP FUNCTION @extschema@.wabill_grant_operation(name, text);

CREATE FUNCTION @extschema@.wabill_grant_operation(role name, operation text,
	grant_select boolean DEFAULT true)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	role_id regrole;
BEGIN
	LOCK TABLE @extschema@.wabill_operation_grants IN SHARE ROW EXCLUSIVE MODE;
	SELECT r.oid INTO role_id FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) role;
	IF role_id IS NULL THEN
		RAISE EXCEPTION 'role "%" does not exist', role USING ERRCODE = 'undefined_object';
	END IF;
	DELETE FROM @extschema@.wabill_operation_grants g
	WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) g.grantee);
	INSERT INTO @extschema@.wabill_operation_grants (grantee, operation)
	VALUES (role_id, operation)
	ON CONFLICT DO NOTHING;
	IF grant_select THEN
		EXECUTE format('GRANT SELECT ON %s, %s, %s, %s TO %I',
			'@extschema@.wabill_interactions'::pg_catalog.regclass,
			'@extschema@.wabill_billing_report'::pg_catalog.regclass,
			'@extschema@.wabill_interaction_problems'::pg_catalog.regclass,
			'@extschema@.wabill_source_disagreements'::pg_catalog.regclass, role);
		EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I',
			'@extschema@.wabill_granted_operations(name)'::pg_catalog.regprocedure, role);
		-- the costs (Pricing section): a tenant's prices are counted over
		-- every row of its portfolios, then only its rows returned
		EXECUTE format('GRANT SELECT ON %s TO %I',
			'@extschema@.wabill_cost_problems'::pg_catalog.regclass, role);
		EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I',
			'@extschema@.wabill_price_rows_for(timestamptz, timestamptz, text, bigint)'::pg_catalog.regprocedure, role);
	END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_grant_operation(name, text, boolean) IS
'Lets a role read one operation''s rows; with grant_select (the default) also grants it what reading wabill_interactions, its views and wabill_report directly needs';

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_grant_operation(name, text, boolean) FROM PUBLIC;

CREATE OR REPLACE FUNCTION @extschema@.wabill_revoke_operation(role name, operation text)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	LOCK TABLE @extschema@.wabill_operation_grants IN SHARE ROW EXCLUSIVE MODE;
	DELETE FROM @extschema@.wabill_operation_grants g
	WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) g.grantee)
		OR (g.grantee OPERATOR(pg_catalog.=) (SELECT r.oid FROM pg_catalog.pg_roles r
				WHERE r.rolname OPERATOR(pg_catalog.=) role)
			AND g.operation OPERATOR(pg_catalog.=) wabill_revoke_operation.operation);
END
$$;

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_revoke_operation(name, text) FROM PUBLIC;

-- Bounded error messages: the PL/pgSQL functions (the wolkvox and Meta
-- loaders, wabill_phone_data_after_update) quote values through
-- wabill_quotable_value, as the C functions (the loader among them) do.
CREATE FUNCTION @extschema@.wabill_quotable_value(value text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_quotable_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_quotable_value(text) IS
'A value as wabill''s error messages quote it: at most its first 64 bytes, cut at a character boundary, then "..." if anything was cut';

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

-- Any server encoding.  The C functions read text as UTF-8; in a database of
-- another encoding they convert it first, so that every encoding gives the
-- same answers for the same characters.  SQL_ASCII does not say what its
-- bytes are, and an encoding that cannot convert to UTF-8 or cannot write a
-- country name would answer differently or fail in a report: refuse them now.
DO $$
DECLARE
	db_encoding text := pg_catalog.getdatabaseencoding();
	problem text;
BEGIN
	IF db_encoding OPERATOR(pg_catalog.=) 'UTF8' THEN
		RETURN;
	END IF;
	IF db_encoding OPERATOR(pg_catalog.=) 'SQL_ASCII' THEN
		problem := 'SQL_ASCII does not say which characters its bytes are, so session IDs could not be read as in other databases.';
	ELSE
		BEGIN
			PERFORM pg_catalog.convert_from(pg_catalog.convert_to('x', 'UTF8'), 'UTF8');
			PERFORM @extschema@.wabill_country_name(pg_catalog.chr(a) OPERATOR(pg_catalog.||) pg_catalog.chr(b), lang)
			FROM pg_catalog.generate_series(65, 90) a, pg_catalog.generate_series(65, 90) b,
				(VALUES ('en'), ('es')) l(lang);
		EXCEPTION WHEN OTHERS THEN
			problem := pg_catalog.format('Text in %s cannot be converted to and from UTF-8 for every country name: %s.',
				db_encoding, SQLERRM);
		END;
	END IF;
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION 'wabill cannot be installed in a database with encoding %', db_encoding
			USING ERRCODE = 'feature_not_supported', DETAIL = problem,
				HINT = 'Use a UTF8 database (CREATE DATABASE ... ENCODING ''UTF8'' TEMPLATE template0) and load the data there.';
	END IF;
END
$$;


-- Phone-data releases.  The country functions are IMMUTABLE for one release
-- of the phone data (and of the rules that read it); a new release changes
-- some answers, and indexes, generated columns and materialized views keep
-- the old ones.  As PostgreSQL does with collation versions, the release
-- this database's stored results were built with is recorded here, every
-- session warns once when the library answers with another, and update
-- scripts that change answers rebuild what depends on them (or, with
-- wabill.phone_data_rebuild off, list it).  Not dumped: a restore builds
-- everything anew with the restoring server's data, which the install
-- script records.
CREATE TABLE @extschema@.wabill_phone_data_built (
	data_version text NOT NULL,
	recorded_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX wabill_phone_data_built_one_row
	ON @extschema@.wabill_phone_data_built ((true));

COMMENT ON TABLE @extschema@.wabill_phone_data_built IS
'The phone-data release (as wabill_phone_data_version() says it) that this database''s indexes, generated columns and materialized views on wabill''s country functions were built with; one row';
COMMENT ON COLUMN @extschema@.wabill_phone_data_built.data_version IS
'wabill_phone_data_version() of the library they were built with';
COMMENT ON COLUMN @extschema@.wabill_phone_data_built.recorded_at IS
'When it was recorded';
COMMENT ON INDEX @extschema@.wabill_phone_data_built_one_row IS
'Keeps the table to one row';

GRANT SELECT ON @extschema@.wabill_phone_data_built TO PUBLIC;

-- Stored objects whose values come from the phone data: what depends on
-- the data-derived functions directly or through functions (BEGIN ATOMIC
-- bodies) and views, read from pg_depend.  A view's dependents are followed
-- as a whole, so an object reading only other columns of a view is listed
-- too.  What pg_depend cannot see (a function whose body is a string, a
-- table filled by INSERT ... SELECT) is not listed.
CREATE FUNCTION @extschema@.wabill_phone_data_dependents()
RETURNS TABLE (kind text, object text, rebuild text)
LANGUAGE sql STABLE
SET search_path TO pg_catalog, pg_temp
BEGIN ATOMIC
	WITH RECURSIVE reached(classid, objid, objsubid) AS (
		SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid, f.oid::pg_catalog.oid, 0
		FROM pg_catalog.unnest(ARRAY[
			'@extschema@.wabill_phone_e164(text)'::pg_catalog.regprocedure,
			'@extschema@.wabill_phone_calling_code(text)'::pg_catalog.regprocedure,
			'@extschema@.wabill_phone_country(text)'::pg_catalog.regprocedure,
			'@extschema@.wabill_phone_problem(text)'::pg_catalog.regprocedure,
			'@extschema@.wabill_session_country(text)'::pg_catalog.regprocedure]) AS f(oid)
		UNION
		SELECT n.classid, n.objid, n.objsubid
		FROM reached r
			JOIN pg_catalog.pg_depend d
				ON d.refclassid OPERATOR(pg_catalog.=) r.classid
				AND d.refobjid OPERATOR(pg_catalog.=) r.objid
				AND d.deptype OPERATOR(pg_catalog.=) 'n'
			LEFT JOIN pg_catalog.pg_rewrite w
				ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
				AND w.oid OPERATOR(pg_catalog.=) d.objid
			LEFT JOIN pg_catalog.pg_class v
				ON v.oid OPERATOR(pg_catalog.=) w.ev_class AND v.relkind OPERATOR(pg_catalog.=) 'v'
			CROSS JOIN LATERAL (VALUES (d.classid, d.objid, d.objsubid),
				('pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid, v.oid, 0)) n(classid, objid, objsubid)
		-- only functions and views pass their dependence on
		WHERE n.objid IS NOT NULL
			AND (r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
				OR EXISTS (SELECT FROM pg_catalog.pg_class c
					WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
						AND c.oid OPERATOR(pg_catalog.=) r.objid AND c.relkind OPERATOR(pg_catalog.=) 'v'))
	)
	SELECT k.kind, k.object, k.rebuild
	FROM reached r
		CROSS JOIN LATERAL (
			SELECT 1, 'generated column', pg_catalog.format('%s.%I', a.attrelid::pg_catalog.regclass, a.attname),
				pg_catalog.format('UPDATE %s SET %I = DEFAULT', a.attrelid::pg_catalog.regclass, a.attname)
			FROM pg_catalog.pg_attrdef ad
				JOIN pg_catalog.pg_attribute a
					ON a.attrelid OPERATOR(pg_catalog.=) ad.adrelid AND a.attnum OPERATOR(pg_catalog.=) ad.adnum
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
				AND ad.oid OPERATOR(pg_catalog.=) r.objid AND a.attgenerated OPERATOR(pg_catalog.=) 's'
				AND a.attislocal	-- a partition's column is rebuilt through its parent's
			UNION ALL
			SELECT 2, 'check constraint', pg_catalog.format('%I on %s', c.conname, c.conrelid::pg_catalog.regclass),
				pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I, ADD CONSTRAINT %I %s',
					c.conrelid::pg_catalog.regclass, c.conname, c.conname, pg_catalog.pg_get_constraintdef(c.oid))
			FROM pg_catalog.pg_constraint c
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_constraint'::pg_catalog.regclass
				AND c.oid OPERATOR(pg_catalog.=) r.objid AND c.contype OPERATOR(pg_catalog.=) 'c'
				AND c.conrelid OPERATOR(pg_catalog.<>) 0 AND c.conislocal
			UNION ALL
			-- a partitioned index by its leaves: REINDEX of the whole cannot run in a transaction block
			SELECT 3, 'index', l.relid::pg_catalog.regclass::text,
				pg_catalog.format('REINDEX INDEX %s', l.relid::pg_catalog.regclass)
			FROM pg_catalog.pg_class i
				CROSS JOIN LATERAL (
					SELECT i.oid::pg_catalog.regclass WHERE i.relkind OPERATOR(pg_catalog.=) 'i'
					UNION ALL
					SELECT p.relid FROM pg_catalog.pg_partition_tree(i.oid) p
					WHERE i.relkind OPERATOR(pg_catalog.=) 'I' AND p.isleaf
				) l(relid)
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
				AND i.oid OPERATOR(pg_catalog.=) r.objid AND i.relkind IN ('i', 'I')
				AND NOT i.relispartition
			UNION ALL
			SELECT 4, 'materialized view', m.oid::pg_catalog.regclass::text,
				pg_catalog.format('REFRESH MATERIALIZED VIEW %s', m.oid::pg_catalog.regclass)
			FROM pg_catalog.pg_rewrite w
				JOIN pg_catalog.pg_class m ON m.oid OPERATOR(pg_catalog.=) w.ev_class
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
				AND w.oid OPERATOR(pg_catalog.=) r.objid AND m.relkind OPERATOR(pg_catalog.=) 'm'
			UNION ALL
			SELECT 5, 'statistics', pg_catalog.format('%I.%I', s.stxnamespace::pg_catalog.regnamespace, s.stxname),
				pg_catalog.format('ANALYZE %s', s.stxrelid::pg_catalog.regclass)
			FROM pg_catalog.pg_statistic_ext s
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
				AND s.oid OPERATOR(pg_catalog.=) r.objid
			-- no command rebuilds these: rows may now belong elsewhere, or fail the constraint
			UNION ALL
			SELECT 6, 'partition key', t.oid::pg_catalog.regclass::text, NULL
			FROM pg_catalog.pg_class t
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
				AND t.oid OPERATOR(pg_catalog.=) r.objid AND t.relkind OPERATOR(pg_catalog.=) 'p'
				AND r.objsubid OPERATOR(pg_catalog.=) 0
			UNION ALL
			SELECT 6, 'domain constraint', pg_catalog.format('%I on %s', c.conname, c.contypid::pg_catalog.regtype), NULL
			FROM pg_catalog.pg_constraint c
			WHERE r.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_constraint'::pg_catalog.regclass
				AND c.oid OPERATOR(pg_catalog.=) r.objid AND c.contypid OPERATOR(pg_catalog.<>) 0
		) k(rank, kind, object, rebuild)
	ORDER BY k.rank, k.object;
END;

COMMENT ON FUNCTION @extschema@.wabill_phone_data_dependents() IS
'Indexes, generated columns, materialized views, check constraints, statistics and partition keys whose stored values come from wabill''s phone data (through functions and views too), with the command that rebuilds each (NULL: by hand)';

CREATE FUNCTION @extschema@.wabill_phone_data_check()
RETURNS TABLE (kind text, object text, rebuild text, built_with text, server_data text)
LANGUAGE sql STABLE
SET search_path TO pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT d.kind, d.object, d.rebuild, b.data_version, @extschema@.wabill_phone_data_version()
	FROM @extschema@.wabill_phone_data_built b
		CROSS JOIN @extschema@.wabill_phone_data_dependents() d
	WHERE b.data_version OPERATOR(pg_catalog.<>) @extschema@.wabill_phone_data_version();
END;

COMMENT ON FUNCTION @extschema@.wabill_phone_data_check() IS
'What holds answers of other phone data than the server gives (built_with is not server_data), with the command that rebuilds each; no rows when nothing is stale';

CREATE FUNCTION @extschema@.wabill_phone_data_refresh(rebuild boolean DEFAULT true)
RETURNS SETOF text
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	stale record;
BEGIN
	IF rebuild THEN
		FOR stale IN SELECT * FROM @extschema@.wabill_phone_data_dependents() LOOP
			IF stale.rebuild IS NULL THEN
				RAISE WARNING '% % depends on wabill''s phone data and cannot be rebuilt by a command', stale.kind, stale.object
					USING DETAIL = 'Rows placed or checked with the old data may now belong in another partition or fail the constraint.',
						HINT = 'Check its rows by hand.';
			ELSE
				RAISE NOTICE 'rebuilding % %', stale.kind, stale.object USING DETAIL = stale.rebuild || ';';
				EXECUTE stale.rebuild;
				RETURN NEXT stale.rebuild;
			END IF;
		END LOOP;
	END IF;
	DELETE FROM @extschema@.wabill_phone_data_built;
	INSERT INTO @extschema@.wabill_phone_data_built (data_version, recorded_at)
	VALUES (@extschema@.wabill_phone_data_version(), pg_catalog.now());
END
$$;

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_phone_data_refresh(boolean) FROM PUBLIC;

COMMENT ON FUNCTION @extschema@.wabill_phone_data_refresh(boolean) IS
'Rebuilds everything wabill_phone_data_dependents() lists (rebuild => false: nothing, they were rebuilt by hand) and records the server''s phone data as what this database is built with; returns the commands run';

-- The step of every update script that changes the phone answers (a data
-- release, or new rules): after it, nothing built with the old answers is
-- left unsaid.  expected is the data the new release's library reports: a
-- session that loaded the old library before it was installed still runs
-- it (a library is never reloaded), and would rebuild with the old answers,
-- so that is refused; a step in the middle of a longer update (0.1.0 to a
-- later data release) runs with a newer library and leaves the work to the
-- last step.
CREATE FUNCTION @extschema@.wabill_phone_data_after_update(expected text)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	stale record;
	commands text := '';
BEGIN
	IF @extschema@.wabill_phone_data_version() <> expected THEN
		-- A step of a longer update runs with the newest library: the
		-- last step rebuilds with its data.
		IF (SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'wabill')
				IS DISTINCT FROM (SELECT a.default_version FROM pg_catalog.pg_available_extensions a
					WHERE a.name = 'wabill') THEN
			RETURN;
		END IF;
		RAISE EXCEPTION 'this session runs wabill''s phone data %, not %', @extschema@.wabill_phone_data_version(),
				@extschema@.wabill_quotable_value(expected)
			USING ERRCODE = 'object_not_in_prerequisite_state',
				DETAIL = 'The session loaded wabill''s library before the new release was installed, and a library is never reloaded.',
				HINT = 'Reconnect, then run ALTER EXTENSION wabill UPDATE again.';
	END IF;
	IF NOT EXISTS (SELECT FROM @extschema@.wabill_phone_data_check()) THEN
		PERFORM @extschema@.wabill_phone_data_refresh(false);
	ELSIF pg_catalog.current_setting('wabill.phone_data_rebuild')::boolean THEN
		-- An extension script shows no NOTICE: say what was rebuilt in one WARNING.
		SELECT pg_catalog.string_agg(c OPERATOR(pg_catalog.||) ';', E'\n') INTO commands
		FROM @extschema@.wabill_phone_data_refresh(true) c;
		RAISE WARNING 'wabill''s phone data changed: rebuilt what was built with the old answers'
			USING DETAIL = 'Ran:' OPERATOR(pg_catalog.||) E'\n' OPERATOR(pg_catalog.||) coalesce(commands, '(nothing)');
	ELSE
		FOR stale IN SELECT * FROM @extschema@.wabill_phone_data_check() LOOP
			commands := commands || E'\n' || coalesce(stale.rebuild || ';', '-- ' || stale.kind || ' ' || stale.object || ': check by hand');
		END LOOP;
		RAISE WARNING 'wabill''s phone data changed; what was built with the old answers was not rebuilt'
			USING DETAIL = 'Rebuild it with:' || commands,
				HINT = 'Then run SELECT wabill_phone_data_refresh(false) to record it, or run SELECT wabill_phone_data_refresh() to do both.';
	END IF;
END
$$;

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_phone_data_after_update(text) FROM PUBLIC;

COMMENT ON FUNCTION @extschema@.wabill_phone_data_after_update(text) IS
'Step of update scripts that change phone answers: rebuilds what depends on them (or, with wabill.phone_data_rebuild off, lists it in a WARNING) and records the new data';

-- 0.1.0's library read the same metadata (v9.0.35) with older rules, so a
-- 0.1.0 database's indexes and the like hold 0.1.0's answers: rebuild them.
INSERT INTO @extschema@.wabill_phone_data_built (data_version, recorded_at)
VALUES ('v9.0.35 (wabill 0.1.0)', pg_catalog.now());

SELECT @extschema@.wabill_phone_data_after_update('v9.0.35');

-- (end of section)

--------------------------------------------------------------------------
-- Scale: partitions and bulk loading
--------------------------------------------------------------------------
-- BEGIN scale update

-- 0.1.0 kept wabill_interactions as one plain table with a primary key on
-- conn_id.  It is set aside, a partitioned table takes its name (exactly as
-- a fresh install makes it), the views are pointed at it, its rows move in,
-- and the privileges granted on it are carried over.

ALTER TABLE @extschema@.wabill_interactions RENAME TO wabill_interactions_0_1_0;
ALTER TABLE @extschema@.wabill_interactions_0_1_0
	RENAME CONSTRAINT wabill_interactions_pkey TO wabill_interactions_0_1_0_pkey;
ALTER INDEX @extschema@.wabill_interactions_date_idx RENAME TO wabill_interactions_0_1_0_date_idx;

-- PostgreSQL 18 names NOT NULL constraints, and the set-aside table still
-- holds the default names: they are given here, as a fresh install has them
-- (earlier majors accept and ignore the names).
CREATE TABLE @extschema@.wabill_interactions (
	conn_id text CONSTRAINT wabill_interactions_conn_id_not_null NOT NULL,
	session_id text CONSTRAINT wabill_interactions_session_id_not_null NOT NULL,
	date timestamptz CONSTRAINT wabill_interactions_date_not_null NOT NULL,
	template boolean CONSTRAINT wabill_interactions_template_not_null NOT NULL,
	CONSTRAINT wabill_interactions_date_finite CHECK (pg_catalog.isfinite(date))
) PARTITION BY RANGE (date);

COMMENT ON TABLE @extschema@.wabill_interactions IS
'Interactions on Official WhatsApp connectors, as recorded: one row per conversation (conn_id); partitioned by UTC month of date. Load through wabill_billing_report';
COMMENT ON COLUMN @extschema@.wabill_interactions.conn_id IS
'The interaction''s identifier; identifies one conversation uniquely';
COMMENT ON COLUMN @extschema@.wabill_interactions.session_id IS
'CustomerPhone.Operation.OfficialWhatsAppConnectorID; stored as recorded, even if malformed';
COMMENT ON COLUMN @extschema@.wabill_interactions.date IS
'When the event was recorded';
COMMENT ON COLUMN @extschema@.wabill_interactions.template IS
'Whether a WhatsApp template was used (Meta bills template messages)';

ALTER TABLE @extschema@.wabill_interactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY wabill_granted_operations ON @extschema@.wabill_interactions
	FOR SELECT
	USING (@extschema@.wabill_session_operation(session_id) OPERATOR(pg_catalog.=) ANY (
		(SELECT @extschema@.wabill_granted_operations(CURRENT_USER))::pg_catalog.text[]));

COMMENT ON POLICY wabill_granted_operations ON @extschema@.wabill_interactions IS
'A role reads only the rows of operations granted to it (wabill_grant_operation), as wabill_granted_operations tells';

-- The same view text: it now reads the partitioned table.  The views keep
-- their OIDs, privileges and comments.
CREATE OR REPLACE VIEW @extschema@.wabill_billing_report WITH (security_invoker = true) AS
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
'Official WhatsApp Billing report, one row per interaction: the six report columns, then operation, connector_id, destiny_name and calling_code for slicing. The one way to load: INSERT or COPY into it (conn_id, session_id, date, template [, customer_phone, destiny]) stores records idempotently (see wabill_billing_report_insert)';

CREATE OR REPLACE VIEW @extschema@.wabill_interaction_problems WITH (security_invoker = true) AS
SELECT i.conn_id, i.session_id, i.date, i.template, p.problem
FROM @extschema@.wabill_interactions i
	CROSS JOIN LATERAL (
		SELECT coalesce(
			@extschema@.wabill_session_problem(i.session_id),
			'customer phone: ' OPERATOR(pg_catalog.||) @extschema@.wabill_phone_problem(@extschema@.wabill_session_phone(i.session_id))
		) AS problem
	) p
WHERE p.problem IS NOT NULL;

CREATE OR REPLACE FUNCTION @extschema@.wabill_billing_report_insert()
RETURNS trigger
AS 'MODULE_PATHNAME', 'wabill_billing_report_insert'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.wabill_billing_report_insert() IS
'INSTEAD OF INSERT row trigger of wabill_billing_report: checks a record (required columns, template) and collects it, with the customer_phone and destiny it carries as the source recorded them, for wabill_billing_report_store';

CREATE FUNCTION @extschema@.wabill_billing_report_store()
RETURNS trigger
AS 'MODULE_PATHNAME', 'wabill_billing_report_store'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.wabill_billing_report_store() IS
'Statement triggers of wabill_billing_report: BEFORE starts collecting a statement''s records, AFTER stores them idempotently (new conn_ids inserted, stored ones compared, a conn_id stored with different data refused, recorded customer_phone and destiny kept where none was), creating the months'' partitions they need';

-- THE loading path, the one entry point of every loader: INSERT or COPY into
-- wabill_billing_report (conn_id, session_id, date, template [, customer_phone,
-- destiny]).  Whatever reads another source (an API, another export) should
-- end in this INSERT.
CREATE FUNCTION @extschema@.wabill_last_load_stored()
RETURNS bigint
AS 'MODULE_PATHNAME', 'wabill_last_load_stored'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;

COMMENT ON FUNCTION @extschema@.wabill_last_load_stored() IS
'How many records the last INSERT or COPY into wabill_billing_report in this session stored as new (COPY and INSERT count every record taken, stored or skipped); 0 before any';

CREATE TRIGGER wabill_billing_report_collect
	BEFORE INSERT ON @extschema@.wabill_billing_report
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_billing_report_store();

CREATE TRIGGER wabill_billing_report_store
	AFTER INSERT ON @extschema@.wabill_billing_report
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_billing_report_store();

COMMENT ON TRIGGER wabill_billing_report_collect ON @extschema@.wabill_billing_report IS
'Starts collecting the statement''s records for wabill_billing_report_store';
COMMENT ON TRIGGER wabill_billing_report_store ON @extschema@.wabill_billing_report IS
'Stores the statement''s records idempotently, in a few set-based statements';

-- pg_dump dumps no data of a partitioned table itself (its partitions hold
-- it), so this registration dumps nothing twice; it says that the table is
-- user data (for the drop protection of the Lifecycle section).  Here, after
-- the Tenants section's, so that fresh and updated installations list the
-- configuration tables in one order.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_interactions', '');

-- Rows inserted straight into wabill_interactions for a month that has no
-- partition yet land here; wabill_add_month moves them into their month.
-- It is the extension's own, so it is a configuration table: its rows are
-- dumped, while the month partitions (the user's data, created as it
-- arrives) are ordinary tables that pg_dump dumps with their rows.
-- Each partition has its own primary key rather than one inherited from the
-- table: pg_dump then restores the months (which are not the extension's)
-- onto the table that CREATE EXTENSION made, without a second key.
CREATE TABLE @extschema@.wabill_interactions_default
	PARTITION OF @extschema@.wabill_interactions DEFAULT;
ALTER TABLE @extschema@.wabill_interactions_default
	ADD CONSTRAINT wabill_interactions_default_pkey PRIMARY KEY (date, conn_id);

COMMENT ON TABLE @extschema@.wabill_interactions_default IS
'Partition of wabill_interactions for rows of a month that has no partition yet; wabill_add_month moves them out';
COMMENT ON INDEX @extschema@.wabill_interactions_default_pkey IS
'(date, conn_id), as in every month''s partition: the report''s order';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_interactions_default', '');

-- conn_id is unique across every month: a partitioned table cannot have a
-- unique index without its partition key, so this table is that index.
-- Byte order (COLLATE "C") makes each probe and insertion a memcmp rather
-- than a locale comparison; equality, all that matters here, is the same.
CREATE TABLE @extschema@.wabill_conn_ids (
	conn_id text COLLATE pg_catalog."C" NOT NULL,
	date timestamptz NOT NULL,
	CONSTRAINT wabill_conn_ids_pkey PRIMARY KEY (conn_id)
);

COMMENT ON TABLE @extschema@.wabill_conn_ids IS
'Every conn_id stored in wabill_interactions, with its date (and so its month): keeps conn_id unique across months; filled by the loader and by a trigger of wabill_interactions, rebuilt on restore';
COMMENT ON COLUMN @extschema@.wabill_conn_ids.conn_id IS
'A conn_id stored in wabill_interactions';
COMMENT ON COLUMN @extschema@.wabill_conn_ids.date IS
'The date it is stored under';

-- Not dumped: restoring the months' rows registers them again (the trigger
-- below), whatever order pg_restore loads tables in.

-- Rows that do not come through the loader (INSERT, UPDATE or DELETE on the
-- table, pg_restore's COPY into a month) keep wabill_conn_ids in step row by
-- row; the loader registers its records itself, set-based, and sets
-- wabill.loading, which the trigger's WHEN reads, so that its rows do not
-- even call the trigger (the call cost a sixth of a plain COPY per row).
-- Row triggers, not statement
-- triggers with transition tables: PostgreSQL cannot collect transition rows
-- from foreign-table partitions, which sharding uses.  The schema is the
-- trigger's argument because the trigger is cloned onto every partition.
CREATE FUNCTION @extschema@.wabill_interactions_key()
RETURNS trigger
AS 'MODULE_PATHNAME', 'wabill_interactions_key'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.wabill_interactions_key() IS
'BEFORE row trigger of wabill_interactions: registers, moves or forgets a row''s conn_id in wabill_conn_ids; a conn_id stored under another date is refused (23505)';

CREATE TRIGGER wabill_conn_ids
	BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.wabill_interactions
	FOR EACH ROW
	WHEN (pg_catalog.current_setting('wabill.loading', true) IS DISTINCT FROM 'on')
	EXECUTE FUNCTION @extschema@.wabill_interactions_key('@extschema@');

COMMENT ON TRIGGER wabill_conn_ids ON @extschema@.wabill_interactions IS
'Keeps wabill_conn_ids in step with rows inserted, updated or deleted other than by the loader';

CREATE FUNCTION @extschema@.wabill_interactions_truncate()
RETURNS trigger
LANGUAGE plpgsql
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	TRUNCATE @extschema@.wabill_conn_ids;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_interactions_truncate() IS
'Statement trigger of wabill_interactions: empties wabill_conn_ids with the table';

CREATE TRIGGER wabill_conn_ids_truncate
	AFTER TRUNCATE ON @extschema@.wabill_interactions
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_interactions_truncate();

COMMENT ON TRIGGER wabill_conn_ids_truncate ON @extschema@.wabill_interactions IS
'Empties wabill_conn_ids with the table';

-- Months are UTC calendar months, so that a partition's bounds never depend
-- on the TimeZone of the session that happened to create it.  A month in
-- another zone reads two partitions, still pruned to those two.
CREATE FUNCTION @extschema@.wabill_month_partition(month timestamptz)
RETURNS regclass
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT c.oid::regclass
	FROM pg_catalog.pg_inherits i
		JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.inhrelid
	WHERE i.inhparent OPERATOR(pg_catalog.=) '@extschema@.wabill_interactions'::regclass
		AND c.relname OPERATOR(pg_catalog.=) ('wabill_interactions_'
			OPERATOR(pg_catalog.||) pg_catalog.to_char(wabill_month_partition.month AT TIME ZONE 'UTC', 'YYYY_MM'))::name;
END;

COMMENT ON FUNCTION @extschema@.wabill_month_partition(timestamptz) IS
'The partition of wabill_interactions holding the UTC month of a timestamp (wabill_interactions_YYYY_MM), or NULL if it has none';

CREATE FUNCTION @extschema@.wabill_add_month(month timestamptz)
RETURNS regclass
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	month_start timestamptz := date_trunc('month', month AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
	month_end timestamptz := (date_trunc('month', month AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC';
	part_name text := 'wabill_interactions_' || to_char(month AT TIME ZONE 'UTC', 'YYYY_MM');
	part regclass := @extschema@.wabill_month_partition(month);
	create_it text;
BEGIN
	IF part IS NOT NULL THEN
		RETURN part;
	END IF;
	IF to_regclass(format('%I.%I', '@extschema@', part_name)) IS NOT NULL THEN
		RAISE EXCEPTION 'month % of wabill_interactions is detached', to_char(month_start AT TIME ZONE 'UTC', 'YYYY-MM')
			USING ERRCODE = 'object_in_use',
				DETAIL = format('Table %I.%I holds it but is no longer a partition.', '@extschema@', part_name),
				HINT = 'Attach it again (ALTER TABLE ... ATTACH PARTITION), or rename or drop it, before loading this month.';
	END IF;
	create_it := format('CREATE TABLE %1$I.%2$I PARTITION OF @extschema@.wabill_interactions FOR VALUES FROM (%3$L) TO (%4$L);
		ALTER TABLE %1$I.%2$I ADD CONSTRAINT %5$I PRIMARY KEY (date, conn_id)',
		'@extschema@', part_name, month_start, month_end, part_name || '_pkey');
	IF EXISTS (SELECT FROM @extschema@.wabill_interactions_default d
			WHERE d.date >= month_start AND d.date < month_end) THEN
		-- The default partition may not hold a month that has a partition:
		-- take it out, create the month, move its rows, put it back.
		ALTER TABLE @extschema@.wabill_interactions DETACH PARTITION @extschema@.wabill_interactions_default;
		EXECUTE create_it;
		EXECUTE format('WITH moved AS (DELETE FROM @extschema@.wabill_interactions_default d
				WHERE d.date >= $1 AND d.date < $2 RETURNING d.*)
			INSERT INTO %I.%I SELECT * FROM moved', '@extschema@', part_name) USING month_start, month_end;
		ALTER TABLE @extschema@.wabill_interactions ATTACH PARTITION @extschema@.wabill_interactions_default DEFAULT;
	ELSE
		EXECUTE create_it;
	END IF;
	RETURN @extschema@.wabill_month_partition(month);
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_add_month(timestamptz) IS
'Creates the partition of wabill_interactions for the UTC month of a timestamp, if missing, and returns it; the loader calls it for every month it meets';

CREATE FUNCTION @extschema@.wabill_detach_month(month timestamptz)
RETURNS regclass
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	part regclass := @extschema@.wabill_month_partition(month);
BEGIN
	IF part IS NULL THEN
		RAISE EXCEPTION 'wabill_interactions has no partition for month %', to_char(month AT TIME ZONE 'UTC', 'YYYY-MM')
			USING ERRCODE = 'undefined_table';
	END IF;
	EXECUTE format('ALTER TABLE @extschema@.wabill_interactions DETACH PARTITION %s', part);
	EXECUTE format('DELETE FROM @extschema@.wabill_conn_ids k USING %s p WHERE k.conn_id = p.conn_id COLLATE pg_catalog."C"', part);
	RETURN part;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_detach_month(timestamptz) IS
'Detaches the partition of a UTC month from wabill_interactions and forgets its conn_ids; returns the table, which keeps the rows for archiving or DROP TABLE';

-- The rows.  Each month's partition is created first; the insert registers
-- every conn_id in wabill_conn_ids (the table's trigger).
SELECT @extschema@.wabill_add_month(m.month)
FROM (SELECT DISTINCT pg_catalog.date_trunc('month', o.date, 'UTC') AS month
	FROM @extschema@.wabill_interactions_0_1_0 o) m;

INSERT INTO @extschema@.wabill_interactions (conn_id, session_id, date, template)
SELECT o.conn_id, o.session_id, o.date, o.template
FROM @extschema@.wabill_interactions_0_1_0 o;

-- Partitions made inside this script would be members of the extension, and
-- pg_dump skips members: the months are the user's data, as when a load
-- creates them.
DO $$
DECLARE
	part regclass;
BEGIN
	FOR part IN
		SELECT i.inhrelid::regclass FROM pg_catalog.pg_inherits i
		WHERE i.inhparent OPERATOR(pg_catalog.=) '@extschema@.wabill_interactions'::regclass
			AND i.inhrelid OPERATOR(pg_catalog.<>) '@extschema@.wabill_interactions_default'::regclass
	LOOP
		EXECUTE pg_catalog.format('ALTER EXTENSION wabill DROP TABLE %s', part);
	END LOOP;
END
$$;

-- Privileges users granted on the old table (wabill_grant_operation's among
-- them; table-wide ones) go to the new one.  Granted in this script they
-- would count as the extension's initial privileges, which pg_dump leaves
-- out, so they are then taken out of pg_init_privs: pg_dump dumps them as
-- the user's, as it did before the update.
DO $$
DECLARE
	acl record;
BEGIN
	FOR acl IN
		SELECT a.grantee, a.privilege_type, a.is_grantable
		FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
		WHERE c.oid OPERATOR(pg_catalog.=) '@extschema@.wabill_interactions_0_1_0'::regclass
			AND a.grantee OPERATOR(pg_catalog.<>) c.relowner
	LOOP
		EXECUTE pg_catalog.format('GRANT %s ON @extschema@.wabill_interactions TO %s%s',
			acl.privilege_type,
			CASE WHEN acl.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
				ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(acl.grantee)) END,
			CASE WHEN acl.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
	END LOOP;
END
$$;
DELETE FROM pg_catalog.pg_init_privs p
WHERE p.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::regclass
	AND p.objoid OPERATOR(pg_catalog.=) '@extschema@.wabill_interactions'::regclass;

ALTER EXTENSION wabill DROP TABLE @extschema@.wabill_interactions_0_1_0;
DROP TABLE @extschema@.wabill_interactions_0_1_0;

-- END scale update

-- (end of section)

--------------------------------------------------------------------------
-- Sources: wolkvox's API and exports, Meta's pricing analytics, the audit
--------------------------------------------------------------------------

-- What the source said: wolkvox's CUSTOMER_PHONE and DESTINY, as recorded,
-- beside the session ID they should agree with.  At the end of the table
-- in every installation, fresh or updated, so that both have one layout.
ALTER TABLE @extschema@.wabill_interactions
	ADD COLUMN recorded_customer_phone text,
	ADD COLUMN recorded_destiny text;

COMMENT ON COLUMN @extschema@.wabill_interactions.recorded_customer_phone IS
'CUSTOMER_PHONE as the source (wolkvox''s API or Manager export) recorded it; NULL if it gave none. The report derives its own from session_id';
COMMENT ON COLUMN @extschema@.wabill_interactions.recorded_destiny IS
'DESTINY as the source recorded it, in the source''s spelling; NULL if it gave none. The report derives its own from session_id';

-- Loading keeps the source's CUSTOMER_PHONE and DESTINY instead of refusing
-- them when they disagree with the session ID: the loader of the Scale
-- section above (wabill_billing_report_insert and _store, in C) does.

-- Tenants read their rows' disagreements too: wabill_grant_operation, as
-- the Tenants section above defines it, grants SELECT on the view.

CREATE FUNCTION @extschema@.wabill_country_code(spelling text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_country_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_country_code(text) IS
'ISO 3166-1 alpha-2 code of a country spelled as an alpha-2 or alpha-3 code or an English or Spanish name, in any case, with or without accents, spaces and punctuation; NULL if not recognised';

-- wolkvox writes local times without a zone in two shapes; both are read
-- in the session's TimeZone.  Anything else is refused, naming the record,
-- rather than guessed at.
CREATE FUNCTION @extschema@.wabill_wolkvox_timestamp(value text, conn_id text)
RETURNS timestamptz
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	IF value ~ '^[0-9]{14}$' THEN
		RETURN format('%s-%s-%s %s:%s:%s', substr(value, 1, 4), substr(value, 5, 2),
			substr(value, 7, 2), substr(value, 9, 2), substr(value, 11, 2),
			substr(value, 13, 2))::timestamp::timestamptz;
	ELSIF value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$' THEN
		RETURN value::timestamp::timestamptz;
	END IF;
	RAISE EXCEPTION 'invalid wolkvox date for conn_id %: "%"',
			@extschema@.wabill_quotable_value(conn_id), @extschema@.wabill_quotable_value(value)
		USING ERRCODE = 'invalid_datetime_format',
			HINT = 'wolkvox writes YYYY-MM-DD HH:MM:SS or YYYYmmddHHiiss.';
EXCEPTION WHEN datetime_field_overflow THEN
	RAISE EXCEPTION 'invalid wolkvox date for conn_id %: "%"',
			@extschema@.wabill_quotable_value(conn_id), @extschema@.wabill_quotable_value(value)
		USING ERRCODE = 'datetime_field_overflow',
			DETAIL = 'A field of the date is out of range.';
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_wolkvox_timestamp(text, text) IS
'Reads a wolkvox date (YYYY-MM-DD HH:MM:SS or YYYYmmddHHiiss, local time without zone) in the session''s TimeZone; an error naming conn_id for anything else';

-- One response of wolkvox's reports API (api=chat_10) as it arrives.  Rows
-- go through the report view like every other load, so one set of rules
-- applies; wabill_last_load_stored counts the records it stored.
CREATE FUNCTION @extschema@.wabill_load_wolkvox(response jsonb)
RETURNS bigint
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	status text;
BEGIN
	IF jsonb_typeof(response) <> 'object' THEN
		RAISE EXCEPTION 'wolkvox response is not a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('It is a JSON %s.', jsonb_typeof(response));
	END IF;
	status := response ->> 'code';
	IF status IS DISTINCT FROM '200' THEN
		RAISE EXCEPTION 'wolkvox answered code %: %', @extschema@.wabill_quotable_value(coalesce(status, '(none)')),
				@extschema@.wabill_quotable_value(coalesce(nullif(response ->> 'error', ''), nullif(response ->> 'msg', ''), '(no message)'))
			USING ERRCODE = 'data_exception',
				DETAIL = format('Its error field is %s and its msg field is %s. Nothing was loaded.',
					@extschema@.wabill_quotable_value(coalesce(response ->> 'error', '(none)')),
					@extschema@.wabill_quotable_value(coalesce(response ->> 'msg', '(none)')));
	END IF;
	IF jsonb_typeof(response -> 'data') IS DISTINCT FROM 'array' THEN
		RAISE EXCEPTION 'wolkvox response has no data array'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('Its data is %s.', coalesce('a JSON ' || jsonb_typeof(response -> 'data'), 'absent'));
	END IF;
	IF EXISTS (SELECT FROM jsonb_array_elements(response -> 'data') r(row)
			WHERE jsonb_typeof(r.row) <> 'object') THEN
		RAISE EXCEPTION 'wolkvox response has a data row that is not a JSON object'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF EXISTS (SELECT FROM jsonb_array_elements(response -> 'data') r(row), LATERAL (VALUES ('conn_id'), ('session_id')) k(key)
			WHERE jsonb_typeof(r.row -> k.key) IN ('object', 'array', 'boolean')
				OR btrim(r.row ->> k.key) = '') THEN
		RAISE EXCEPTION 'wolkvox response has a data row without a usable conn_id or session_id'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'Each row needs its conn_id and session_id as non-empty strings. Nothing was loaded.';
	END IF;

	INSERT INTO @extschema@.wabill_billing_report
		(conn_id, session_id, date, customer_phone, template, destiny)
	SELECT r.row ->> 'conn_id', r.row ->> 'session_id',
		@extschema@.wabill_wolkvox_timestamp(r.row ->> 'date', r.row ->> 'conn_id'),
		r.row ->> 'customer_phone', r.row ->> 'template', r.row ->> 'destiny'
	FROM jsonb_array_elements(response -> 'data') WITH ORDINALITY r(row, n)
	ORDER BY r.n;
	RETURN @extschema@.wabill_last_load_stored();
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_load_wolkvox(jsonb) IS
'Loads one response of wolkvox''s reports API (api=chat_10) idempotently, through wabill_billing_report; returns how many records were new. An error envelope (code other than "200") is refused with wolkvox''s message';


-- Meta's side of the bill: the pricing_analytics of a WhatsApp Business
-- Account, as the Graph API gives it (periods as Unix seconds, volumes,
-- approximate costs).  The data carries no operation, so it has no row-level
-- security and no grant: the owner reads it, and whoever the owner grants.
CREATE TABLE @extschema@.wabill_meta_pricing (
	waba_id text,
	period_start timestamptz NOT NULL,
	period_end timestamptz NOT NULL,
	country text,
	pricing_category text,
	pricing_type text,
	phone_number text,
	tier text,
	volume bigint,
	cost numeric,
	-- A dimension not asked for is NULL, and NULL is a value of the key.
	CONSTRAINT wabill_meta_pricing_key UNIQUE NULLS NOT DISTINCT (waba_id, period_start, period_end,
		country, pricing_category, pricing_type, phone_number, tier),
	CONSTRAINT wabill_meta_pricing_period CHECK (period_start OPERATOR(pg_catalog.<) period_end),
	CONSTRAINT wabill_meta_pricing_volume CHECK (volume OPERATOR(pg_catalog.>=) 0)
);

COMMENT ON TABLE @extschema@.wabill_meta_pricing IS
'Meta''s pricing_analytics of WhatsApp Business Accounts, one row per data point, as loaded by wabill_load_meta_pricing';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.waba_id IS
'The WhatsApp Business Account (the response''s id, else the waba_id argument of wabill_load_meta_pricing); NULL when neither says';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.period_start IS
'The data point''s start (Meta''s Unix seconds)';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.period_end IS
'The data point''s end, exclusive (Meta''s Unix seconds)';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.country IS
'Country of the recipients (ISO 3166-1 alpha-2), as Meta writes it but upper-case; NULL if not a dimension of the request';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.pricing_category IS
'MARKETING, UTILITY, AUTHENTICATION, AUTHENTICATION_INTERNATIONAL, SERVICE, ... as Meta writes it';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.pricing_type IS
'REGULAR (billed), FREE_CUSTOMER_SERVICE, FREE_ENTRY_POINT, ... as Meta writes it';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.phone_number IS
'The business phone number, when a dimension of the request';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.tier IS
'The volume tier, when a dimension of the request';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.volume IS
'Messages delivered';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.cost IS
'Meta''s approximate cost, in the account''s currency';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_meta_pricing', '');

-- One response as it arrives: a field expansion (?fields=pricing_analytics...,
-- {"pricing_analytics": {"data": [{"data_points": [...]}]}, "id": ...}) or the
-- edge (/pricing_analytics, {"data": [{"data_points": [...]}]}).  A data
-- point loaded again replaces its figures (Meta revises them as they
-- settle); the same response twice changes nothing.  The edge's answer
-- carries no account id, and the account is part of a data point's key: the
-- caller gives it (waba_id), so that the same figures loaded through either
-- form are one row.  Countries are stored upper-case ('co' is CO).
CREATE FUNCTION @extschema@.wabill_load_meta_pricing(response jsonb, waba_id text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	analytics jsonb;
	waba text;
	points jsonb;
	bad jsonb;
	changed bigint;
BEGIN
	IF response IS NULL THEN
		RETURN NULL;
	END IF;
	IF jsonb_typeof(response) <> 'object' THEN
		RAISE EXCEPTION 'pricing_analytics response is not a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('It is a JSON %s.', jsonb_typeof(response));
	END IF;
	IF response ? 'error' THEN
		RAISE EXCEPTION 'the Graph API answered with an error: %',
				@extschema@.wabill_quotable_value(coalesce(response -> 'error' ->> 'message', response ->> 'error'))
			USING ERRCODE = 'data_exception',
				DETAIL = format('The error''s type is %s and its code is %s. Nothing was loaded.',
					@extschema@.wabill_quotable_value(coalesce(response -> 'error' ->> 'type', '(none)')),
					@extschema@.wabill_quotable_value(coalesce(response -> 'error' ->> 'code', '(none)')));
	END IF;
	analytics := coalesce(response -> 'pricing_analytics', response);
	waba := coalesce(response ->> 'id', nullif(wabill_load_meta_pricing.waba_id, ''));
	IF response ->> 'id' <> nullif(wabill_load_meta_pricing.waba_id, '') THEN
		RAISE EXCEPTION 'pricing_analytics response is of account %, not %',
				@extschema@.wabill_quotable_value(response ->> 'id'),
				@extschema@.wabill_quotable_value(wabill_load_meta_pricing.waba_id)
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The response''s id and the waba_id argument name different WhatsApp Business Accounts. Nothing was loaded.';
	END IF;
	IF jsonb_typeof(analytics -> 'data') IS DISTINCT FROM 'array'
			OR EXISTS (SELECT FROM jsonb_array_elements(analytics -> 'data') d(e)
				WHERE jsonb_typeof(d.e -> 'data_points') IS DISTINCT FROM 'array') THEN
		RAISE EXCEPTION 'not a pricing_analytics response'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'Expected {"pricing_analytics": {"data": [{"data_points": [...]}]}} or {"data": [{"data_points": [...]}]}.';
	END IF;

	points := (SELECT coalesce(jsonb_agg(p.point), '[]')
		FROM jsonb_array_elements(analytics -> 'data') d(e),
			jsonb_array_elements(d.e -> 'data_points') p(point));

	SELECT p.point INTO bad FROM jsonb_array_elements(points) p(point)
	WHERE CASE
		WHEN jsonb_typeof(p.point) <> 'object' THEN true
		WHEN coalesce(p.point ->> 'start', '') !~ '^[0-9]{1,12}$'
			OR coalesce(p.point ->> 'end', '') !~ '^[0-9]{1,12}$' THEN true
		WHEN (p.point ->> 'start')::bigint >= (p.point ->> 'end')::bigint THEN true
		WHEN p.point ? 'volume' AND coalesce(p.point ->> 'volume', '') !~ '^[0-9]{1,18}$' THEN true
		WHEN p.point ? 'cost' AND jsonb_typeof(p.point -> 'cost') <> 'number' THEN true
		WHEN (p.point ->> 'cost')::numeric < 0 THEN true
		ELSE false
	END
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'invalid pricing_analytics data point: %', @extschema@.wabill_quotable_value(bad::text)
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'A data point needs start and end as Unix seconds with start before end, volume as a whole number and cost as a number that is not negative. Nothing was loaded.';
	END IF;

	SELECT min(p.point::text)::jsonb INTO bad FROM jsonb_array_elements(points) p(point)
	GROUP BY p.point ->> 'start', p.point ->> 'end', p.point ->> 'country', p.point ->> 'pricing_category',
		p.point ->> 'pricing_type', p.point ->> 'phone_number', p.point ->> 'tier'
	HAVING count(*) > 1
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'pricing_analytics response has two data points for one period and dimensions'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('One of them: %s. Nothing was loaded.', @extschema@.wabill_quotable_value(bad::text));
	END IF;

	INSERT INTO @extschema@.wabill_meta_pricing AS m (waba_id, period_start, period_end, country,
		pricing_category, pricing_type, phone_number, tier, volume, cost)
	SELECT waba, to_timestamp((p.point ->> 'start')::bigint), to_timestamp((p.point ->> 'end')::bigint),
		upper(p.point ->> 'country'), p.point ->> 'pricing_category', p.point ->> 'pricing_type',
		p.point ->> 'phone_number', p.point ->> 'tier', (p.point ->> 'volume')::bigint,
		(p.point ->> 'cost')::numeric
	FROM jsonb_array_elements(points) p(point)
	ON CONFLICT ON CONSTRAINT wabill_meta_pricing_key DO UPDATE
		SET volume = excluded.volume, cost = excluded.cost
		WHERE (m.volume, m.cost) IS DISTINCT FROM (excluded.volume, excluded.cost);
	GET DIAGNOSTICS changed = ROW_COUNT;
	RETURN changed;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_load_meta_pricing(jsonb, text) IS
'Loads one pricing_analytics response of the Graph API idempotently; returns how many data points were new or had new figures. waba_id names the account when the response does not (the edge form), so that both forms store the same rows. A Graph API error is refused with its message';

-- (end of section)

--------------------------------------------------------------------------
-- Pricing: markets, rate cards, volume tiers, categories and costs
--------------------------------------------------------------------------

-- Meta bills each delivered template message at the rate of its category in
-- the market of the customer's number, from the rate card in force; utility
-- and authentication messages by volume tier within a calendar month.  What
-- the user supplies (rate cards, tiers, category rules, portfolios, market
-- mapping changes) is in tables that pg_dump dumps; the shipped market
-- mapping is recreated by CREATE EXTENSION.  Lookups per row are in C
-- (pricing.c, tier.c), each reading its tables once per query.

-- Meta switches cards at midnight in the business's time zone: dates are
-- read in wabill.billing_timezone, or in the session's TimeZone when unset.
CREATE FUNCTION @extschema@.wabill_billing_timezone()
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT coalesce(nullif(pg_catalog.current_setting('wabill.billing_timezone', true), ''),
		pg_catalog.current_setting('TimeZone'));
END;

COMMENT ON FUNCTION @extschema@.wabill_billing_timezone() IS
'The billing time zone: the setting wabill.billing_timezone, or the session''s TimeZone when it is unset or empty';

-- The start of the billing month that holds a moment, as a moment.
CREATE FUNCTION @extschema@.wabill_month_start(at timestamptz)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.timezone(@extschema@.wabill_billing_timezone(),
		pg_catalog.date_trunc('month', pg_catalog.timezone(@extschema@.wabill_billing_timezone(), at)));
END;

COMMENT ON FUNCTION @extschema@.wabill_month_start(timestamptz) IS
'Midnight of the first day of the billing month (billing time zone) that holds a moment';

--------------------------------------------------------------------------
-- Markets: a versioned mapping of E.164 prefixes
--------------------------------------------------------------------------

CREATE TABLE @extschema@.wabill_shipped_market_prefixes (
	effective_from date NOT NULL,
	prefix text NOT NULL,
	market text NOT NULL,
	CONSTRAINT wabill_shipped_market_prefixes_pkey PRIMARY KEY (effective_from, prefix)
);

COMMENT ON TABLE @extschema@.wabill_shipped_market_prefixes IS
'Meta''s market mapping as shipped with the extension, one complete version per effective_from; "" is the prefix of Other. Recreated by CREATE EXTENSION; change the mapping in wabill_user_market_prefixes';

CREATE TABLE @extschema@.wabill_user_market_prefixes (
	effective_from date NOT NULL,
	prefix text NOT NULL,
	market text NOT NULL,
	CONSTRAINT wabill_user_market_prefixes_pkey PRIMARY KEY (effective_from, prefix),
	CONSTRAINT wabill_user_market_prefixes_prefix CHECK (prefix OPERATOR(pg_catalog.~) '^[0-9]{0,15}$'),
	CONSTRAINT wabill_user_market_prefixes_market CHECK (pg_catalog.btrim(market) OPERATOR(pg_catalog.<>) '')
);

COMMENT ON TABLE @extschema@.wabill_user_market_prefixes IS
'The user''s market mapping versions: a version (all rows of one effective_from) replaces the shipped version of the same date, or adds one; prefix "" matches every number (Other)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_user_market_prefixes', '');

CREATE VIEW @extschema@.wabill_market_prefixes AS
SELECT u.effective_from, u.prefix, u.market, 'user'::text AS source
FROM @extschema@.wabill_user_market_prefixes u
UNION ALL
SELECT s.effective_from, s.prefix, s.market, 'shipped'::text
FROM @extschema@.wabill_shipped_market_prefixes s
WHERE NOT EXISTS (SELECT FROM @extschema@.wabill_user_market_prefixes u
	WHERE u.effective_from OPERATOR(pg_catalog.=) s.effective_from);

COMMENT ON VIEW @extschema@.wabill_market_prefixes IS
'The market mapping in use: every version, the user''s replacing the shipped one of the same date; a number''s market is that of its longest prefix in the version in force';

GRANT SELECT ON @extschema@.wabill_shipped_market_prefixes, @extschema@.wabill_user_market_prefixes,
	@extschema@.wabill_market_prefixes TO PUBLIC;

-- 2025-07-01 and 2025-10-01: Meta's pricing page as of 2026-03-30.
INSERT INTO @extschema@.wabill_shipped_market_prefixes (effective_from, prefix, market)
SELECT DATE '2025-07-01', p.prefix, v.market
FROM (VALUES
	('Argentina', '{54}'::text[]), ('Brazil', '{55}'), ('Chile', '{56}'), ('Colombia', '{57}'),
	('Egypt', '{20}'), ('France', '{33}'), ('Germany', '{49}'), ('India', '{91}'),
	('Indonesia', '{62}'), ('Israel', '{972}'), ('Italy', '{39}'), ('Malaysia', '{60}'),
	('Mexico', '{52}'), ('Netherlands', '{31}'), ('Nigeria', '{234}'), ('Pakistan', '{92}'),
	('Peru', '{51}'), ('Russia', '{7}'), ('Saudi Arabia', '{966}'), ('South Africa', '{27}'),
	('Spain', '{34}'), ('Turkey', '{90}'), ('United Arab Emirates', '{971}'),
	('United Kingdom', '{44}'),
	('North America', '{1}'),
	('Rest of Latin America', '{591,506,593,503,502,509,504,505,507,595,598,58,1809,1829,1849,1658,1876,1787,1939}'),
	('Rest of Africa', '{213,244,229,267,226,257,237,235,242,291,251,241,220,233,245,225,254,266,231,218,261,265,223,222,212,258,264,227,250,221,232,252,211,249,268,255,228,216,256,260}'),
	('Rest of Asia Pacific', '{93,61,880,855,86,852,81,856,976,977,64,675,63,65,94,886,992,66,993,998,84}'),
	('Rest of Central & Eastern Europe', '{355,374,994,375,359,385,420,995,30,36,371,370,373,389,48,40,381,421,386,380}'),
	('Rest of Western Europe', '{43,32,45,358,353,47,351,46,41}'),
	('Rest of Middle East', '{973,964,962,965,961,968,974,967}'),
	('Other', '{""}')
) v (market, prefixes)
	CROSS JOIN LATERAL pg_catalog.unnest(v.prefixes) p (prefix);

INSERT INTO @extschema@.wabill_shipped_market_prefixes (effective_from, prefix, market)
SELECT DATE '2025-10-01', s.prefix, s.market
FROM @extschema@.wabill_shipped_market_prefixes s
WHERE s.effective_from OPERATOR(pg_catalog.=) DATE '2025-07-01'
UNION ALL
SELECT DATE '2025-10-01', '263', 'Rest of Africa';

-- 2026-07-01: Meta's announcement of 10 June 2026, as solution providers
-- reported it.
INSERT INTO @extschema@.wabill_shipped_market_prefixes (effective_from, prefix, market)
SELECT DATE '2026-07-01', s.prefix, coalesce(n.market, s.market)
FROM @extschema@.wabill_shipped_market_prefixes s
	LEFT JOIN (VALUES ('852', 'Hong Kong'), ('36', 'Hungary'), ('48', 'Poland'), ('974', 'Qatar'),
		('40', 'Romania'), ('65', 'Singapore')) n (prefix, market)
		ON n.prefix OPERATOR(pg_catalog.=) s.prefix
WHERE s.effective_from OPERATOR(pg_catalog.=) DATE '2025-10-01';

-- 2026-10-01: solution providers' reports of Meta's notice.
INSERT INTO @extschema@.wabill_shipped_market_prefixes (effective_from, prefix, market)
SELECT DATE '2026-10-01', s.prefix, coalesce(n.market, s.market)
FROM @extschema@.wabill_shipped_market_prefixes s
	LEFT JOIN (VALUES ('880', 'Bangladesh'), ('964', 'Iraq'), ('977', 'Nepal'), ('94', 'Sri Lanka'),
		('965', 'Kuwait'), ('212', 'Morocco'), ('968', 'Oman'), ('380', 'Ukraine')) n (prefix, market)
		ON n.prefix OPERATOR(pg_catalog.=) s.prefix
WHERE s.effective_from OPERATOR(pg_catalog.=) DATE '2026-07-01'
UNION ALL
SELECT DATE '2026-10-01', k.prefix, 'Kazakhstan' FROM (VALUES ('76'), ('77')) k (prefix);

CREATE FUNCTION @extschema@.wabill_phone_market(phone text, "on" date)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_phone_market'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_phone_market(text, date) IS
'Meta pricing market of an E.164 number (digits, optionally after "+") on a date: the longest matching prefix of the mapping version in force (wabill_market_prefixes); NULL before the first version or for anything but digits';

--------------------------------------------------------------------------
-- Rate cards and volume tiers, as Meta publishes them
--------------------------------------------------------------------------

CREATE TABLE @extschema@.wabill_rate_cards (
	currency text NOT NULL,
	effective_from date NOT NULL,
	market text NOT NULL,
	category text NOT NULL,
	rate numeric,
	CONSTRAINT wabill_rate_cards_pkey PRIMARY KEY (currency, effective_from, market, category),
	CONSTRAINT wabill_rate_cards_currency CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
	CONSTRAINT wabill_rate_cards_category CHECK (category OPERATOR(pg_catalog.=) ANY (ARRAY['marketing',
		'utility', 'authentication', 'authentication_international', 'service'])),
	CONSTRAINT wabill_rate_cards_rate CHECK (rate OPERATOR(pg_catalog.>=) 0)
);

COMMENT ON TABLE @extschema@.wabill_rate_cards IS
'Meta''s rate cards as loaded by wabill_load_rate_card: the price of one message per currency (ISO 4217), card date, market and category; rate NULL where the card says n/a';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_rate_cards', '');

CREATE TABLE @extschema@.wabill_volume_tiers (
	currency text NOT NULL,
	effective_from date NOT NULL,
	market text NOT NULL,
	category text NOT NULL,
	tier_from bigint NOT NULL,
	tier_to bigint,
	rate numeric NOT NULL,
	CONSTRAINT wabill_volume_tiers_pkey PRIMARY KEY (currency, effective_from, market, category, tier_from),
	CONSTRAINT wabill_volume_tiers_category CHECK (category OPERATOR(pg_catalog.=) ANY (ARRAY['utility',
		'authentication', 'authentication_international'])),
	CONSTRAINT wabill_volume_tiers_bounds CHECK (tier_from OPERATOR(pg_catalog.>=) 0
		AND (tier_to IS NULL OR tier_to OPERATOR(pg_catalog.>=) tier_from)),
	CONSTRAINT wabill_volume_tiers_rate CHECK (rate OPERATOR(pg_catalog.>=) 0)
);

COMMENT ON TABLE @extschema@.wabill_volume_tiers IS
'Meta''s volume tiers as loaded by wabill_load_volume_tiers: the n-th message of a month (per portfolio, market and category) costs the rate of the tier whose tier_from..tier_to holds n; tier_to NULL for no upper bound';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_volume_tiers', '');

GRANT SELECT ON @extschema@.wabill_rate_cards, @extschema@.wabill_volume_tiers TO PUBLIC;

-- One CSV record per row: RFC 4180 quoting, a quoted field may span lines.
-- The line is the one the record starts on, for error messages.  In C: it
-- must stay linear in a field's length (see src/csv.c).
CREATE FUNCTION @extschema@.wabill_csv_records(csv text)
RETURNS TABLE (line integer, fields text[])
AS 'MODULE_PATHNAME', 'wabill_csv_records'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_csv_records(text) IS
'Splits CSV text into records (RFC 4180 quoting; a quoted field may span lines), each with the line it starts on; used by the rate-card and tier loaders';

-- A header cell as a name: "Authentication-\nInternational" is
-- "authentication-international".
CREATE FUNCTION @extschema@.wabill_csv_name(cell text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.lower(pg_catalog.regexp_replace(pg_catalog.regexp_replace(pg_catalog.btrim(cell, E' \t\r\n'),
		'\s*-\s*', '-', 'g'), '\s+', ' ', 'g'));
END;

COMMENT ON FUNCTION @extschema@.wabill_csv_name(text) IS
'A CSV header cell as a lowercase name, whitespace collapsed and none around hyphens';

CREATE FUNCTION @extschema@.wabill_currency_code(written text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE
		WHEN pg_catalog.btrim(written) OPERATOR(pg_catalog.~) '^[A-Za-z]{3}$' THEN pg_catalog.upper(pg_catalog.btrim(written))
		ELSE (SELECT s.code FROM (VALUES ('$US', 'USD'), ('US$', 'USD'), ('$', 'USD'), ('€', 'EUR'),
			('£', 'GBP'), ('₹', 'INR'), ('A$', 'AUD'), ('AU$', 'AUD'), ('Rp', 'IDR'), ('R$', 'BRL'),
			('MX$', 'MXN'), ('Mex$', 'MXN'), ('CA$', 'CAD'), ('C$', 'CAD'), ('¥', 'JPY'), ('S$', 'SGD'),
			('HK$', 'HKD'), ('NZ$', 'NZD'), ('CHF', 'CHF'), ('R', 'ZAR'), ('COL$', 'COP'))
			s (symbol, code) WHERE s.symbol OPERATOR(pg_catalog.=) pg_catalog.btrim(written))
	END;
END;

COMMENT ON FUNCTION @extschema@.wabill_currency_code(text) IS
'ISO 4217 code of a currency as Meta''s CSV files write it ($US, €, ₹, A$, ... or the code itself); NULL if unknown';

-- A money cell: digits with an optional fraction, thousands separators
-- allowed; the caller says what a bad one is.
CREATE FUNCTION @extschema@.wabill_csv_number(cell text)
RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE WHEN pg_catalog.btrim(cell) OPERATOR(pg_catalog.~) '^[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$|^[0-9]+(\.[0-9]+)?$|^\.[0-9]+$'
		THEN pg_catalog.replace(pg_catalog.btrim(cell), ',', '')::numeric END;
END;

COMMENT ON FUNCTION @extschema@.wabill_csv_number(text) IS
'A non-negative number as a CSV cell writes it (thousands separators allowed); NULL if it is not one';

CREATE FUNCTION @extschema@.wabill_load_rate_card(card text, effective_from date)
RETURNS integer
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	categories constant text[] := ARRAY['marketing', 'utility', 'authentication',
		'authentication_international', 'service'];
	headings constant text[] := ARRAY['marketing', 'utility', 'authentication',
		'authentication-international', 'service'];
	r record;
	header_found boolean := false;
	market_col integer;
	currency_col integer;
	cols integer[];
	k integer;
	cell text;
	cur text;
	mkt text;
	rate numeric;
	markets text[] := '{}';
	currencies text[] := '{}';
	cats text[] := '{}';
	rates numeric[] := '{}';
	seen text[] := '{}';
	loaded integer := 0;
BEGIN
	FOR r IN SELECT * FROM @extschema@.wabill_csv_records(card) LOOP
		-- blank lines anywhere, and the preamble before the header, are skipped
		CONTINUE WHEN coalesce(array_to_string(r.fields, ''), '') ~ '^\s*$';
		IF NOT header_found THEN
			market_col := array_position(ARRAY(SELECT @extschema@.wabill_csv_name(f) FROM unnest(r.fields) f), 'market');
			CONTINUE WHEN market_col IS NULL;
			header_found := true;
			currency_col := array_position(ARRAY(SELECT @extschema@.wabill_csv_name(f) FROM unnest(r.fields) f), 'currency');
			cols := ARRAY(SELECT array_position(ARRAY(SELECT @extschema@.wabill_csv_name(f) FROM unnest(r.fields) f), h)
				FROM unnest(headings) WITH ORDINALITY h(h, o) ORDER BY o);
			IF currency_col IS NULL OR array_position(cols, NULL) IS NOT NULL THEN
				RAISE EXCEPTION 'rate card line %: the header lacks column %', r.line,
					coalesce(CASE WHEN currency_col IS NULL THEN 'Currency' END,
						initcap(headings[array_position(cols, NULL)]))
					USING ERRCODE = 'bad_copy_file_format',
						DETAIL = 'The header must name Market, Currency, Marketing, Utility, Authentication, Authentication-International and Service. Nothing was loaded.';
			END IF;
			CONTINUE;
		END IF;

		mkt := btrim(coalesce(r.fields[market_col], ''));
		IF mkt = '' THEN
			RAISE EXCEPTION 'rate card line %: the market is empty', r.line
				USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
		END IF;
		cur := @extschema@.wabill_currency_code(coalesce(r.fields[currency_col], ''));
		IF cur IS NULL THEN
			RAISE EXCEPTION 'rate card line %: unknown currency "%"', r.line, @extschema@.wabill_quotable_value(r.fields[currency_col])
				USING ERRCODE = 'bad_copy_file_format',
					DETAIL = 'Write the currency as Meta does ($US, €, ₹, A$, ...) or as its ISO 4217 code. Nothing was loaded.';
		END IF;
		IF (cur || ' ' || mkt) = ANY (seen) THEN
			RAISE EXCEPTION 'rate card line %: market "%" appears twice', r.line, @extschema@.wabill_quotable_value(mkt)
				USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
		END IF;
		seen := seen || (cur || ' ' || mkt);
		FOR k IN 1 .. 5 LOOP
			cell := btrim(coalesce(r.fields[cols[k]], ''));
			IF lower(cell) = 'n/a' THEN
				rate := NULL;
			ELSE
				rate := @extschema@.wabill_csv_number(cell);
				IF rate IS NULL THEN
					RAISE EXCEPTION 'rate card line %: the % rate "%" of % is not a number or n/a',
						r.line, initcap(headings[k]), @extschema@.wabill_quotable_value(cell), @extschema@.wabill_quotable_value(mkt)
						USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
				END IF;
			END IF;
			markets := markets || mkt;
			currencies := currencies || cur;
			cats := cats || categories[k];
			rates := rates || rate;
		END LOOP;
		loaded := loaded + 1;
	END LOOP;

	IF NOT header_found THEN
		RAISE EXCEPTION 'rate card has no header row'
			USING ERRCODE = 'bad_copy_file_format',
				DETAIL = 'No line has a Market column. Nothing was loaded.';
	END IF;
	IF loaded = 0 THEN
		RAISE EXCEPTION 'rate card has no market rows'
			USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
	END IF;

	-- a card replaces the card of the same currency and date
	DELETE FROM @extschema@.wabill_rate_cards c
	WHERE c.effective_from = wabill_load_rate_card.effective_from
		AND c.currency = ANY (currencies);
	INSERT INTO @extschema@.wabill_rate_cards (currency, effective_from, market, category, rate)
	SELECT u.cur, wabill_load_rate_card.effective_from, u.mkt, u.cat, u.rate
	FROM unnest(currencies, markets, cats, rates) u (cur, mkt, cat, rate);
	RETURN loaded;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_load_rate_card(text, date) IS
'Loads Meta''s rate-card CSV as downloaded (preamble, header, one row per market; n/a where there is no rate) as the card in force from a date, replacing the card of the same currency and date; a malformed file is refused whole, naming the line. Returns the number of markets loaded';

CREATE FUNCTION @extschema@.wabill_load_volume_tiers(tiers text, effective_from date)
RETURNS integer
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	group_names constant text[] := ARRAY['from', 'to', 'rate type', 'rate', 'vs. list rate'];
	r record;
	previous text[];
	header_line integer;
	group_start integer[] := '{}';
	group_category text[] := '{}';
	g integer;
	k integer;
	name text;
	cur text;
	mkt text;
	c_from text;
	c_to text;
	c_rate text;
	v_from bigint;
	v_to bigint;
	v_rate numeric;
	last_to jsonb := '{}';	-- "market|category" -> the previous tier's To (null: open)
	lkey text;
	markets text[] := '{}';
	currencies text[] := '{}';
	cats text[] := '{}';
	froms bigint[] := '{}';
	tos bigint[] := '{}';
	rates numeric[] := '{}';
	seen text[] := '{}';
	loaded integer := 0;
BEGIN
	FOR r IN SELECT * FROM @extschema@.wabill_csv_records(tiers) LOOP
		CONTINUE WHEN coalesce(array_to_string(r.fields, ''), '') ~ '^\s*$';
		IF header_line IS NULL THEN
			IF @extschema@.wabill_csv_name(coalesce(r.fields[1], '')) = 'market'
					AND @extschema@.wabill_csv_name(coalesce(r.fields[2], '')) = 'currency' THEN
				header_line := r.line;
				-- the categories are named on the line above, over their groups
				FOR k IN 1 .. coalesce(cardinality(previous), 0) LOOP
					name := replace(@extschema@.wabill_csv_name(previous[k]), '-', '_');
					CONTINUE WHEN name = '';
					IF name NOT IN ('utility', 'authentication', 'authentication_international') THEN
						RAISE EXCEPTION 'volume tiers line %: unknown category "%" over the columns', header_line - 1,
							@extschema@.wabill_quotable_value(previous[k])
							USING ERRCODE = 'bad_copy_file_format',
								DETAIL = 'Tiered categories are Utility, Authentication and Authentication-International. Nothing was loaded.';
					END IF;
					FOR g IN 0 .. 4 LOOP
						IF @extschema@.wabill_csv_name(coalesce(r.fields[k + g], '')) <> group_names[g + 1] THEN
							RAISE EXCEPTION 'volume tiers line %: column % should be "%" under %', r.line, k + g,
								initcap(group_names[g + 1]), @extschema@.wabill_quotable_value(previous[k])
								USING ERRCODE = 'bad_copy_file_format',
									DETAIL = 'Each category has the columns From, To, Rate type, Rate and vs. List rate. Nothing was loaded.';
						END IF;
					END LOOP;
					group_start := group_start || k;
					group_category := group_category || name;
				END LOOP;
				IF cardinality(group_start) = 0 THEN
					RAISE EXCEPTION 'volume tiers line %: no category is named above the header', r.line
						USING ERRCODE = 'bad_copy_file_format',
							DETAIL = 'The line before "Market, Currency, From, ..." names Utility, Authentication and Authentication-International over their columns. Nothing was loaded.';
				END IF;
			END IF;
			previous := r.fields;
			CONTINUE;
		END IF;

		-- a market's name and currency are written on its first row only
		IF btrim(coalesce(r.fields[1], '')) <> '' THEN
			mkt := btrim(r.fields[1]);
			cur := @extschema@.wabill_currency_code(coalesce(r.fields[2], ''));
			IF cur IS NULL THEN
				RAISE EXCEPTION 'volume tiers line %: unknown currency "%"', r.line, @extschema@.wabill_quotable_value(r.fields[2])
					USING ERRCODE = 'bad_copy_file_format',
						DETAIL = 'Write the currency as Meta does ($US, €, ₹, A$, ...) or as its ISO 4217 code. Nothing was loaded.';
			END IF;
			IF (cur || ' ' || mkt) = ANY (seen) THEN
				RAISE EXCEPTION 'volume tiers line %: market "%" appears again after other markets', r.line, @extschema@.wabill_quotable_value(mkt)
					USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
			END IF;
			seen := seen || (cur || ' ' || mkt);
			loaded := loaded + 1;
		ELSIF mkt IS NULL THEN
			RAISE EXCEPTION 'volume tiers line %: a tier row before any market', r.line
				USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
		END IF;

		FOR g IN 1 .. cardinality(group_start) LOOP
			k := group_start[g];
			c_from := btrim(coalesce(r.fields[k], ''));
			c_to := btrim(coalesce(r.fields[k + 1], ''));
			c_rate := btrim(coalesce(r.fields[k + 3], ''));
			IF c_from = '' THEN
				-- a category with fewer tiers leaves its cells empty
				IF c_to <> '' OR c_rate <> '' THEN
					RAISE EXCEPTION 'volume tiers line %: % of % has no From', r.line, initcap(group_category[g]), @extschema@.wabill_quotable_value(mkt)
						USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
				END IF;
				CONTINUE;
			END IF;
			v_from := @extschema@.wabill_csv_number(c_from);
			IF v_from IS NULL OR v_from <> trunc(v_from) THEN
				RAISE EXCEPTION 'volume tiers line %: From "%" of % in % is not a whole number', r.line, @extschema@.wabill_quotable_value(c_from),
					initcap(group_category[g]), @extschema@.wabill_quotable_value(mkt)
					USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
			END IF;
			IF c_to IN ('--', '-', '—', '') THEN
				v_to := NULL;
			ELSE
				v_to := @extschema@.wabill_csv_number(c_to);
				IF v_to IS NULL OR v_to < v_from THEN
					RAISE EXCEPTION 'volume tiers line %: To "%" of % in % is not a whole number from From on, nor --', r.line,
						@extschema@.wabill_quotable_value(c_to), initcap(group_category[g]), @extschema@.wabill_quotable_value(mkt)
						USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
				END IF;
			END IF;
			v_rate := @extschema@.wabill_csv_number(c_rate);
			IF v_rate IS NULL THEN
				RAISE EXCEPTION 'volume tiers line %: the Rate "%" of % in % is not a number', r.line, @extschema@.wabill_quotable_value(c_rate),
					initcap(group_category[g]), @extschema@.wabill_quotable_value(mkt)
					USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
			END IF;
			-- tiers follow each other with neither gap nor overlap
			lkey := cur || '|' || mkt || '|' || group_category[g];
			IF last_to ? lkey AND (last_to -> lkey = 'null'::jsonb OR (last_to ->> lkey)::bigint + 1 <> v_from) THEN
				RAISE EXCEPTION 'volume tiers line %: the % tier of % from % does not follow the previous one', r.line,
					initcap(group_category[g]), @extschema@.wabill_quotable_value(mkt), @extschema@.wabill_quotable_value(c_from)
					USING ERRCODE = 'bad_copy_file_format',
						DETAIL = format('The previous tier ends at %s.', coalesce(last_to ->> lkey, '-- (no upper bound)'));
			ELSIF NOT last_to ? lkey AND v_from > 1 THEN
				RAISE EXCEPTION 'volume tiers line %: the first % tier of % starts at %', r.line,
					initcap(group_category[g]), @extschema@.wabill_quotable_value(mkt), @extschema@.wabill_quotable_value(c_from)
					USING ERRCODE = 'bad_copy_file_format', DETAIL = 'The first tier starts at 0 or 1. Nothing was loaded.';
			END IF;
			last_to := last_to || jsonb_build_object(lkey, v_to);
			markets := markets || mkt;
			currencies := currencies || cur;
			cats := cats || group_category[g];
			froms := froms || v_from;
			tos := tos || v_to;
			rates := rates || v_rate;
		END LOOP;
	END LOOP;

	IF header_line IS NULL THEN
		RAISE EXCEPTION 'volume tiers have no header row'
			USING ERRCODE = 'bad_copy_file_format',
				DETAIL = 'No line starts with Market, Currency. Nothing was loaded.';
	END IF;
	IF loaded = 0 THEN
		RAISE EXCEPTION 'volume tiers have no market rows'
			USING ERRCODE = 'bad_copy_file_format', DETAIL = 'Nothing was loaded.';
	END IF;

	DELETE FROM @extschema@.wabill_volume_tiers t
	WHERE t.effective_from = wabill_load_volume_tiers.effective_from
		AND t.currency = ANY (currencies);
	INSERT INTO @extschema@.wabill_volume_tiers (currency, effective_from, market, category, tier_from, tier_to, rate)
	SELECT u.cur, wabill_load_volume_tiers.effective_from, u.mkt, u.cat, u.f, u.t, u.rate
	FROM unnest(currencies, markets, cats, froms, tos, rates) u (cur, mkt, cat, f, t, rate);
	RETURN loaded;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_load_volume_tiers(text, date) IS
'Loads Meta''s volume-tier CSV as downloaded (preamble, category header over column groups, a row per tier with the market written on its first) as the tiers in force from a date, replacing those of the same currency and date; a malformed file is refused whole, naming the line. Returns the number of markets loaded';

-- Every place where a card or a tier file and the market mapping disagree:
-- a market the mapping does not know would cost nothing silently, a market
-- the card lacks leaves its messages unpriced.  A card is compared with each
-- mapping version in force while it is (from its date to the next card).
CREATE VIEW @extschema@.wabill_rate_card_check AS
WITH cards AS (
	SELECT 'rate card'::text AS source, c.currency, c.effective_from,
		pg_catalog.lead(c.effective_from) OVER (PARTITION BY c.currency ORDER BY c.effective_from) AS until
	FROM (SELECT DISTINCT currency, effective_from FROM @extschema@.wabill_rate_cards) c
	UNION ALL
	SELECT 'volume tiers', t.currency, t.effective_from,
		pg_catalog.lead(t.effective_from) OVER (PARTITION BY t.currency ORDER BY t.effective_from)
	FROM (SELECT DISTINCT currency, effective_from FROM @extschema@.wabill_volume_tiers) t
), versions AS (
	SELECT DISTINCT m.effective_from AS mapping_from FROM @extschema@.wabill_market_prefixes m
), pairs AS (
	SELECT c.*, v.mapping_from
	FROM cards c, versions v
	WHERE v.mapping_from OPERATOR(pg_catalog.<) coalesce(c.until, 'infinity')
		AND v.mapping_from OPERATOR(pg_catalog.>=) coalesce((SELECT pg_catalog.max(w.mapping_from) FROM versions w
			WHERE w.mapping_from OPERATOR(pg_catalog.<=) c.effective_from), '-infinity')
), file_markets AS (
	SELECT DISTINCT 'rate card'::text AS source, currency, effective_from, market FROM @extschema@.wabill_rate_cards
	UNION
	SELECT DISTINCT 'volume tiers', currency, effective_from, market FROM @extschema@.wabill_volume_tiers
)
SELECT p.source, p.currency, p.effective_from, p.mapping_from, f.market,
	'not in the market mapping'::text AS problem
FROM pairs p
	JOIN file_markets f USING (source, currency, effective_from)
WHERE NOT EXISTS (SELECT FROM @extschema@.wabill_market_prefixes m
	WHERE m.effective_from OPERATOR(pg_catalog.=) p.mapping_from AND m.market OPERATOR(pg_catalog.=) f.market)
UNION ALL
SELECT p.source, p.currency, p.effective_from, p.mapping_from, m.market, 'missing from the file'
FROM pairs p
	JOIN (SELECT DISTINCT effective_from, market FROM @extschema@.wabill_market_prefixes) m
		ON m.effective_from OPERATOR(pg_catalog.=) p.mapping_from
WHERE p.source OPERATOR(pg_catalog.=) 'rate card'
	AND NOT EXISTS (SELECT FROM file_markets f
		WHERE f.source OPERATOR(pg_catalog.=) p.source AND f.currency OPERATOR(pg_catalog.=) p.currency
			AND f.effective_from OPERATOR(pg_catalog.=) p.effective_from AND f.market OPERATOR(pg_catalog.=) m.market);

COMMENT ON VIEW @extschema@.wabill_rate_card_check IS
'Markets on which a rate card or tier file and a mapping version in force during its validity disagree: in the file but not the mapping, or (for cards) in the mapping but not the card';

GRANT SELECT ON @extschema@.wabill_rate_card_check TO PUBLIC;

--------------------------------------------------------------------------
-- Categories and portfolios
--------------------------------------------------------------------------

CREATE TABLE @extschema@.wabill_category_rules (
	operation text,
	connector_id text,
	category text NOT NULL,
	CONSTRAINT wabill_category_rules_scope UNIQUE NULLS NOT DISTINCT (operation, connector_id),
	CONSTRAINT wabill_category_rules_category CHECK (category OPERATOR(pg_catalog.=) ANY (ARRAY['marketing',
		'utility', 'authentication', 'authentication_international', 'service']))
);

COMMENT ON TABLE @extschema@.wabill_category_rules IS
'Category of template messages per scope (NULL: any operation, any connector), set with wabill_set_category; the most specific rule wins, marketing without one';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_category_rules', '');

CREATE TABLE @extschema@.wabill_portfolios (
	operation text NOT NULL,
	portfolio text NOT NULL,
	CONSTRAINT wabill_portfolios_pkey PRIMARY KEY (operation)
);

COMMENT ON TABLE @extschema@.wabill_portfolios IS
'Operations grouped into one portfolio for volume tiers (set with wabill_set_portfolio); an operation not listed is a portfolio of its own';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_portfolios', '');

CREATE FUNCTION @extschema@.wabill_set_category(category text, operation text DEFAULT NULL,
	connector_id text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	IF category IS NULL OR category NOT IN ('marketing', 'utility', 'authentication',
			'authentication_international', 'service') THEN
		RAISE EXCEPTION 'unknown category "%"', @extschema@.wabill_quotable_value(category)
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Use marketing, utility, authentication, authentication_international or service.';
	END IF;
	INSERT INTO @extschema@.wabill_category_rules AS r (operation, connector_id, category)
	VALUES (wabill_set_category.operation, wabill_set_category.connector_id, wabill_set_category.category)
	ON CONFLICT ON CONSTRAINT wabill_category_rules_scope DO UPDATE SET category = EXCLUDED.category;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_set_category(text, text, text) IS
'Sets the category of template messages of an operation and/or connector (NULL: any), replacing the rule of the same scope; the most specific rule wins: operation and connector, then connector, then operation, then the rule for any';

CREATE FUNCTION @extschema@.wabill_unset_category(operation text DEFAULT NULL, connector_id text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM @extschema@.wabill_category_rules r
	WHERE r.operation IS NOT DISTINCT FROM wabill_unset_category.operation
		AND r.connector_id IS NOT DISTINCT FROM wabill_unset_category.connector_id;
	RETURN FOUND;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_unset_category(text, text) IS
'Removes the category rule of exactly this scope (NULL: any); true if there was one';

CREATE FUNCTION @extschema@.wabill_set_portfolio(operation text, portfolio text)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	IF operation IS NULL THEN
		RAISE EXCEPTION 'operation must not be NULL' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF portfolio IS NULL OR portfolio = operation THEN
		DELETE FROM @extschema@.wabill_portfolios p WHERE p.operation = wabill_set_portfolio.operation;
	ELSE
		INSERT INTO @extschema@.wabill_portfolios AS p (operation, portfolio)
		VALUES (wabill_set_portfolio.operation, wabill_set_portfolio.portfolio)
		ON CONFLICT ON CONSTRAINT wabill_portfolios_pkey DO UPDATE SET portfolio = EXCLUDED.portfolio;
	END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_set_portfolio(text, text) IS
'Puts an operation in a portfolio, whose messages count together for volume tiers; NULL (or the operation''s own name) makes it a portfolio of its own again';

CREATE FUNCTION @extschema@.wabill_template_category(template boolean, operation text, connector_id text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_template_category'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_template_category(boolean, text, text) IS
'Category of an interaction: service without a template, else the most specific rule of wabill_category_rules, else marketing';

CREATE FUNCTION @extschema@.wabill_operation_portfolio(operation text)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_operation_portfolio'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_operation_portfolio(text) IS
'Portfolio of an operation for volume tiers: as set with wabill_set_portfolio, else the operation itself';

--------------------------------------------------------------------------
-- The price of every interaction
--------------------------------------------------------------------------

CREATE FUNCTION @extschema@.wabill_unit_price(currency text, "on" date, market text,
	category text, tier_position bigint)
RETURNS numeric
AS 'MODULE_PATHNAME', 'wabill_unit_price'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_unit_price(text, date, text, text, bigint) IS
'Price of one message: the rate of its category and market on the card in force in that currency on that date, or for a tiered category the rate of the tier in force holding its position; service n/a is 0; NULL when it cannot be priced (see wabill_price_problem)';

CREATE FUNCTION @extschema@.wabill_price_problem(currency text, "on" date, market text,
	category text, tier_position bigint)
RETURNS text
AS 'MODULE_PATHNAME', 'wabill_price_problem'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_price_problem(text, date, text, text, bigint) IS
'Why wabill_unit_price is NULL for the same arguments (no card in force, market not on the card, n/a, no tier), or NULL';

CREATE FUNCTION @extschema@.wabill_billing_month(billing_date date)
RETURNS date
AS 'MODULE_PATHNAME', 'wabill_billing_month'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.wabill_billing_month(date) IS
'The first day of a date''s month (the invoice''s month; infinite dates unchanged)';

-- The currency of a query: the one asked for, else the only one loaded.
CREATE FUNCTION @extschema@.wabill_resolve_currency(currency text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	loaded text[];
	code text;
BEGIN
	IF currency IS NOT NULL THEN
		code := @extschema@.wabill_currency_code(currency);
		IF code IS NULL THEN
			RAISE EXCEPTION 'unknown currency "%"', @extschema@.wabill_quotable_value(currency)
				USING ERRCODE = 'invalid_parameter_value',
					HINT = 'Give an ISO 4217 code such as USD.';
		END IF;
		RETURN code;
	END IF;
	loaded := ARRAY(SELECT DISTINCT c.currency FROM @extschema@.wabill_rate_cards c ORDER BY 1);
	IF cardinality(loaded) > 1 THEN
		RAISE EXCEPTION 'rate cards of several currencies are loaded'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('Loaded: %s.', array_to_string(loaded, ', ')),
				HINT = 'Give the currency argument.';
	END IF;
	RETURN loaded[1];
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_resolve_currency(text) IS
'ISO 4217 code of a currency argument; for NULL, the only currency of the loaded rate cards (NULL if none, an error if several)';

CREATE TYPE @extschema@.wabill_price_parts AS (
	unit_price numeric,
	customer_phone text,
	destiny text,
	operation text,
	connector_id text,
	portfolio text,
	billing_date date,
	market text,
	category text,
	tier_position bigint
);

COMMENT ON TYPE @extschema@.wabill_price_parts IS
'What wabill_price_in_order derives for one interaction';

-- VOLATILE because it counts the rows it is called for (see
-- wabill_price_rows); that is also what makes the planner call it after the
-- rows are in the query's order.
CREATE FUNCTION @extschema@.wabill_price_in_order(session_id text, at timestamptz, conn_id text,
	template boolean, currency text, zone text)
RETURNS @extschema@.wabill_price_parts
AS 'MODULE_PATHNAME', 'wabill_price_in_order'
LANGUAGE C VOLATILE PARALLEL RESTRICTED;

COMMENT ON FUNCTION @extschema@.wabill_price_in_order(text, timestamptz, text, boolean, text, text) IS
'Internal: for interactions given in (date, conn_id) order from a month''s start, each one''s customer phone, destination, operation, connector, portfolio, billing date in the zone, market, category, tier position and unit price in one call (what wabill_session_phone, wabill_session_country, wabill_phone_market, wabill_template_category, wabill_operation_portfolio and wabill_unit_price give one by one); a row that does not follow the one before starts the counts again';

-- The computation behind wabill_cost_report, wabill_invoice and the
-- problems view.  It reads wabill_interactions as its caller does, so its
-- tier positions are right only for a caller who sees every row: use
-- wabill_priced_interactions, which takes care of that.  Inlined into the
-- caller's query: the month's rows come through the (date, conn_id) index,
-- in order, and wabill_price_in_order prices each as it comes (no sort, no
-- window); positions are counted from the start of the month of "from", and
-- rows before "from" dropped only afterwards (OFFSET 0 keeps that filter
-- out of the inner query).  The inner ORDER BY is what the counting relies
-- on: the planner evaluates a volatile function after the sort it implies.
CREATE FUNCTION @extschema@.wabill_price_rows("from" timestamptz, "to" timestamptz, currency text)
RETURNS TABLE (conn_id text, session_id text, date timestamptz, customer_phone text, template text,
	destiny text, operation text, connector_id text, portfolio text, billing_date date, market text,
	category text, tier_position bigint, currency text, unit_price numeric, cost numeric, problem text)
LANGUAGE sql STABLE
BEGIN ATOMIC
	SELECT p.conn_id, p.session_id, p.date, (p.parts).customer_phone,
		CASE WHEN p.is_template THEN 'yes' ELSE 'no' END,
		(p.parts).destiny, (p.parts).operation, (p.parts).connector_id, (p.parts).portfolio,
		(p.parts).billing_date, (p.parts).market, (p.parts).category, (p.parts).tier_position,
		p.currency,
		(p.parts).unit_price,
		(p.parts).unit_price,	-- the cost of one message
		-- a priced row has no problem: the reasons are looked for only where
		-- there is no price, not parsed and probed again for every row
		CASE WHEN (p.parts).unit_price IS NULL THEN
			coalesce('session ID: ' OPERATOR(pg_catalog.||) @extschema@.wabill_session_problem(p.session_id),
				CASE WHEN (p.parts).market IS NULL THEN pg_catalog.format('no market for +%s on %s',
					(p.parts).customer_phone, (p.parts).billing_date) END,
				@extschema@.wabill_price_problem(p.currency, (p.parts).billing_date, (p.parts).market,
					(p.parts).category, (p.parts).tier_position)) END
	FROM (
		SELECT r.conn_id, r.session_id, r.date, r.template AS is_template,
			(SELECT @extschema@.wabill_resolve_currency(wabill_price_rows.currency)) AS currency,
			@extschema@.wabill_price_in_order(r.session_id, r.date, r.conn_id, r.template,
				(SELECT @extschema@.wabill_resolve_currency(wabill_price_rows.currency)),
				(SELECT @extschema@.wabill_billing_timezone())) AS parts
		FROM @extschema@.wabill_interactions r
		WHERE @extschema@.wabill_check_report_range(wabill_price_rows."from", wabill_price_rows."to")
			AND r.date OPERATOR(pg_catalog.>=) coalesce(@extschema@.wabill_month_start(wabill_price_rows."from"), '-infinity')
			AND r.date OPERATOR(pg_catalog.<) coalesce(wabill_price_rows."to", 'infinity')
		ORDER BY r.date, r.conn_id
		OFFSET 0) p
	WHERE p.date OPERATOR(pg_catalog.>=) coalesce(wabill_price_rows."from", '-infinity')
	ORDER BY p.date, p.conn_id;
END;

COMMENT ON FUNCTION @extschema@.wabill_price_rows(timestamptz, timestamptz, text) IS
'Internal: every interaction of from <= date < to with its report columns, operation, portfolio, billing date, market, category, tier position, currency, unit price, cost and problem, as the caller sees wabill_interactions; use wabill_priced_interactions';

-- Who calls wabill_price_rows_for: its argument caller, a ticket
-- (wabill_caller_ticket) that only the calling role can have obtained, so
-- that the rows returned are those row-level security would give the role
-- at the call site (current_user there), whatever the session's role: a
-- tenant's SECURITY DEFINER function reads as the tenant even when a
-- superuser calls it, and nobody passes another role's name to borrow its
-- rows.
CREATE FUNCTION @extschema@.wabill_caller_ticket()
RETURNS bigint
AS 'MODULE_PATHNAME', 'wabill_caller_ticket'
LANGUAGE C STABLE PARALLEL RESTRICTED;

COMMENT ON FUNCTION @extschema@.wabill_caller_ticket() IS
'Internal: a random number standing for current_user in this session, which wabill_price_rows_for turns back into the role; a role obtains only its own';

CREATE FUNCTION @extschema@.wabill_ticket_role(ticket bigint)
RETURNS regrole
AS 'MODULE_PATHNAME', 'wabill_ticket_role'
LANGUAGE C STABLE PARALLEL RESTRICTED;

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_ticket_role(bigint) FROM PUBLIC;

COMMENT ON FUNCTION @extschema@.wabill_ticket_role(bigint) IS
'Internal: the role a wabill_caller_ticket ticket of this session stands for; an error for any other number';

-- The operations a role reads, as row-level security decides it: NULL for
-- all (superuser, BYPASSRLS, the table's owner or a member with its
-- privileges), else those wabill_granted_operations gives; none for a role
-- that no longer exists.
CREATE FUNCTION @extschema@.wabill_reader_operations(reader regrole)
RETURNS text[]
LANGUAGE sql STABLE
SET search_path TO pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT CASE WHEN r.oid IS NULL THEN '{}'::pg_catalog.text[]
		WHEN r.rolsuper OR r.rolbypassrls
			OR pg_catalog.pg_has_role(r.oid, (SELECT c.relowner FROM pg_catalog.pg_class c
				WHERE c.oid OPERATOR(pg_catalog.=) '@extschema@.wabill_interactions'::pg_catalog.regclass), 'USAGE')
		THEN NULL
		ELSE @extschema@.wabill_granted_operations(r.rolname) END
	FROM (SELECT) one
		LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) wabill_reader_operations.reader;
END;

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_reader_operations(regrole) FROM PUBLIC;

COMMENT ON FUNCTION @extschema@.wabill_reader_operations(regrole) IS
'Internal: the operations a role reads under row-level security on wabill_interactions (NULL: all)';

-- Prices need every row of a portfolio, also those its tenants may not read:
-- this counts as the extension's owner and returns only the rows its
-- caller (current_user where it is called, by the default ticket) reads.
CREATE FUNCTION @extschema@.wabill_price_rows_for("from" timestamptz, "to" timestamptz, currency text,
	caller bigint DEFAULT @extschema@.wabill_caller_ticket())
RETURNS TABLE (conn_id text, session_id text, date timestamptz, customer_phone text, template text,
	destiny text, operation text, connector_id text, portfolio text, billing_date date, market text,
	category text, tier_position bigint, currency text, unit_price numeric, cost numeric, problem text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path TO pg_catalog, pg_temp
BEGIN ATOMIC
	SELECT p.*
	FROM @extschema@.wabill_price_rows(wabill_price_rows_for."from", wabill_price_rows_for."to",
			wabill_price_rows_for.currency) p,
		(SELECT @extschema@.wabill_reader_operations(
			@extschema@.wabill_ticket_role(wabill_price_rows_for.caller)) AS operations) o
	WHERE o.operations IS NULL OR p.operation OPERATOR(pg_catalog.=) ANY (o.operations);
END;

REVOKE EXECUTE ON FUNCTION @extschema@.wabill_price_rows_for(timestamptz, timestamptz, text, bigint) FROM PUBLIC;

COMMENT ON FUNCTION @extschema@.wabill_price_rows_for(timestamptz, timestamptz, text, bigint) IS
'Internal, SECURITY DEFINER: wabill_price_rows counted over every row, returning only the rows its caller (the role whose wabill_caller_ticket is given; by default current_user where it is called) reads under row-level security; granted by wabill_grant_operation';

-- One function for every caller: who reads every row gets the inlined
-- computation; a tenant gets the same prices through the owner's count.
-- Each branch is ordered so that a caller's ORDER BY date, conn_id merges
-- them instead of sorting a month of rows again.
CREATE FUNCTION @extschema@.wabill_priced_interactions("from" timestamptz, "to" timestamptz,
	currency text DEFAULT NULL)
RETURNS TABLE (conn_id text, session_id text, date timestamptz, customer_phone text, template text,
	destiny text, operation text, connector_id text, portfolio text, billing_date date, market text,
	category text, tier_position bigint, currency text, unit_price numeric, cost numeric, problem text)
LANGUAGE sql STABLE
BEGIN ATOMIC
	(SELECT p.*
	FROM @extschema@.wabill_price_rows(wabill_priced_interactions."from", wabill_priced_interactions."to",
		wabill_priced_interactions.currency) p
	WHERE NOT pg_catalog.row_security_active('@extschema@.wabill_interactions'::pg_catalog.regclass)
	ORDER BY p.date, p.conn_id)
	UNION ALL
	(SELECT p.*
	FROM @extschema@.wabill_price_rows_for(wabill_priced_interactions."from", wabill_priced_interactions."to",
		wabill_priced_interactions.currency) p
	WHERE pg_catalog.row_security_active('@extschema@.wabill_interactions'::pg_catalog.regclass)
	ORDER BY p.date, p.conn_id);
END;

COMMENT ON FUNCTION @extschema@.wabill_priced_interactions(timestamptz, timestamptz, text) IS
'Every interaction of from <= date < to (NULL: open) that the caller may read, priced: the six report columns, operation, connector_id, portfolio, billing_date, market, category, tier_position, currency, unit_price, cost (NULL if it cannot be priced) and problem (why). The one per-row price computation: wabill_invoice and wabill_cost_problems use it, wabill_cost_report has the same two branches, and so can reconciliations; prices do not depend on the range nor on who asks';

-- Not through wabill_priced_interactions, though it is the same two
-- branches: a UNION ALL that is a function's result keeps all of its
-- columns, and computing the five this one does not return (problem among
-- them) costs a month of rows a tenth more.
CREATE FUNCTION @extschema@.wabill_cost_report("from" timestamptz, "to" timestamptz,
	currency text DEFAULT NULL, operation text DEFAULT NULL)
RETURNS TABLE (conn_id text, session_id text, date timestamptz, customer_phone text, template text,
	destiny text, operation text, market text, category text, currency text, unit_price numeric,
	cost numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
	(SELECT p.conn_id, p.session_id, p.date, p.customer_phone, p.template, p.destiny, p.operation,
		p.market, p.category, p.currency, p.unit_price, p.cost
	FROM @extschema@.wabill_price_rows(wabill_cost_report."from", wabill_cost_report."to",
		wabill_cost_report.currency) p
	WHERE NOT pg_catalog.row_security_active('@extschema@.wabill_interactions'::pg_catalog.regclass)
		AND (wabill_cost_report.operation IS NULL OR p.operation OPERATOR(pg_catalog.=) wabill_cost_report.operation)
	ORDER BY p.date, p.conn_id)
	UNION ALL
	(SELECT p.conn_id, p.session_id, p.date, p.customer_phone, p.template, p.destiny, p.operation,
		p.market, p.category, p.currency, p.unit_price, p.cost
	FROM @extschema@.wabill_price_rows_for(wabill_cost_report."from", wabill_cost_report."to",
		wabill_cost_report.currency) p
	WHERE pg_catalog.row_security_active('@extschema@.wabill_interactions'::pg_catalog.regclass)
		AND (wabill_cost_report.operation IS NULL OR p.operation OPERATOR(pg_catalog.=) wabill_cost_report.operation)
	ORDER BY p.date, p.conn_id)
	ORDER BY date, conn_id;
END;

COMMENT ON FUNCTION @extschema@.wabill_cost_report(timestamptz, timestamptz, text, text) IS
'wabill_report''s rows, order and six columns with operation, market, category, currency, unit price and cost (NULL where it cannot be priced: see wabill_cost_problems); currency may be omitted when one is loaded';

CREATE FUNCTION @extschema@.wabill_invoice("from" timestamptz, "to" timestamptz, currency text DEFAULT NULL)
RETURNS TABLE (month date, portfolio text, operation text, market text, category text, currency text,
	messages bigint, amount numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
	SELECT @extschema@.wabill_billing_month(p.billing_date), p.portfolio, p.operation, p.market,
		p.category, p.currency, pg_catalog.count(*),
		-- a line with an unpriced message has no amount: never a silent zero
		CASE WHEN pg_catalog.count(p.cost) OPERATOR(pg_catalog.=) pg_catalog.count(*) THEN pg_catalog.sum(p.cost) END
	FROM @extschema@.wabill_priced_interactions(wabill_invoice."from", wabill_invoice."to",
		wabill_invoice.currency) p
	GROUP BY 1, 2, 3, 4, 5, 6
	ORDER BY 1, 2, 3, 4, 5, 6;
END;

COMMENT ON FUNCTION @extschema@.wabill_invoice(timestamptz, timestamptz, text) IS
'Messages and amount per billing month, portfolio, operation, market, category and currency for from <= date < to; amount is the exact sum of wabill_cost_report''s costs of the same rows, NULL if one of them is NULL';

CREATE VIEW @extschema@.wabill_cost_problems WITH (security_invoker = true) AS
SELECT p.conn_id, p.session_id, p.date, p.operation, p.market, p.category, p.currency, p.problem
FROM (SELECT c.currency FROM @extschema@.wabill_rate_cards c GROUP BY c.currency
	UNION ALL
	SELECT NULL WHERE NOT EXISTS (SELECT FROM @extschema@.wabill_rate_cards)) cur
	CROSS JOIN LATERAL @extschema@.wabill_priced_interactions(NULL, NULL, cur.currency) p
WHERE p.problem IS NOT NULL;

COMMENT ON VIEW @extschema@.wabill_cost_problems IS
'Interactions that cannot be priced, per loaded currency, with the reason: malformed session ID, no market, no card in force, market not on the card, n/a for the category, no tier';

-- Roles granted operations under 0.1.0 read costs as those granted now.
DO $$
DECLARE
	role_id regrole;
BEGIN
	FOR role_id IN SELECT DISTINCT g.grantee FROM @extschema@.wabill_operation_grants g LOOP
		EXECUTE pg_catalog.format('GRANT SELECT ON %s TO %s', '@extschema@.wabill_cost_problems'::pg_catalog.regclass, role_id);
		EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s',
			'@extschema@.wabill_price_rows_for(timestamptz, timestamptz, text, bigint)'::pg_catalog.regprocedure, role_id);
	END LOOP;
END
$$;

-- (end of section)

--------------------------------------------------------------------------
-- Sources, continued: the audit (after Pricing, whose markets and per-row
-- costs it uses)
--------------------------------------------------------------------------

-- Where the source's CUSTOMER_PHONE or DESTINY disagrees with wabill's
-- derivation.  Spellings are compared by meaning: a destiny by the country
-- it names (wabill_country_code), a phone by its digits or its E.164 form;
-- a country disagreement names the market Meta bills the number in.
CREATE VIEW @extschema@.wabill_source_disagreements WITH (security_invoker = true) AS
SELECT i.conn_id,
	i.session_id,
	i.date,
	@extschema@.wabill_session_operation(i.session_id) AS operation,
	d.field,
	d.source_value,
	d.source_reading,
	d.wabill_value,
	d.reason
FROM @extschema@.wabill_interactions i
	CROSS JOIN LATERAL (
		SELECT 'destiny'::text AS field,
			i.recorded_destiny AS source_value,
			s.code AS source_reading,
			w.code AS wabill_value,
			CASE
				WHEN s.code IS NULL THEN
					pg_catalog.format('wabill does not recognise "%s" as a country', i.recorded_destiny)
				WHEN w.code IS NULL THEN
					pg_catalog.format('the source says %s (%s), wabill derives no country: %s',
						@extschema@.wabill_country_name(s.code, 'en'), s.code,
						coalesce(@extschema@.wabill_session_problem(i.session_id),
							@extschema@.wabill_phone_problem(@extschema@.wabill_session_phone(i.session_id))))
				ELSE
					pg_catalog.format('the source says %s (%s), but +%s is a %s (%s) number%s',
						@extschema@.wabill_country_name(s.code, 'en'), s.code,
						@extschema@.wabill_session_phone(i.session_id),
						@extschema@.wabill_country_name(w.code, 'en'), w.code,
						', in Meta''s market ' OPERATOR(pg_catalog.||) @extschema@.wabill_phone_market(
							@extschema@.wabill_session_phone(i.session_id),
							pg_catalog.timezone(@extschema@.wabill_billing_timezone(), i.date)::date))
			END AS reason
		FROM (SELECT @extschema@.wabill_country_code(i.recorded_destiny) AS code) s,
			(SELECT @extschema@.wabill_session_country(i.session_id) AS code) w
		WHERE i.recorded_destiny IS NOT NULL
			AND s.code IS DISTINCT FROM w.code
		UNION ALL
		SELECT 'customer_phone'::text,
			i.recorded_customer_phone,
			@extschema@.wabill_phone_e164(i.recorded_customer_phone),
			w.phone,
			CASE
				WHEN w.phone IS NULL THEN
					pg_catalog.format('the session ID is malformed (%s), so wabill has no number to compare',
						@extschema@.wabill_session_problem(i.session_id))
				WHEN w.phone OPERATOR(pg_catalog.=) (@extschema@.wabill_phone_calling_code(w.phone)::text
						OPERATOR(pg_catalog.||) pg_catalog.regexp_replace(i.recorded_customer_phone, '[^0-9]', '', 'g')) THEN
					pg_catalog.format('the source''s number lacks the calling code +%s of the session ID''s %s',
						@extschema@.wabill_phone_calling_code(w.phone), w.phone)
				ELSE
					pg_catalog.format('the source''s number is not the session ID''s %s', w.phone)
			END
		FROM (SELECT @extschema@.wabill_session_phone(i.session_id) AS phone) w
		WHERE i.recorded_customer_phone IS NOT NULL
			AND w.phone IS DISTINCT FROM pg_catalog.regexp_replace(i.recorded_customer_phone, '[^0-9]', '', 'g')
			AND @extschema@.wabill_phone_e164(i.recorded_customer_phone)
				IS DISTINCT FROM @extschema@.wabill_phone_e164(w.phone)
	) d;

COMMENT ON VIEW @extschema@.wabill_source_disagreements IS
'Stored interactions whose recorded DESTINY or CUSTOMER_PHONE disagrees with wabill''s derivation from the session ID, spelling aside: both values and the reason, one row per field';
COMMENT ON COLUMN @extschema@.wabill_source_disagreements.field IS
'destiny or customer_phone';
COMMENT ON COLUMN @extschema@.wabill_source_disagreements.source_value IS
'The value as the source recorded it';
COMMENT ON COLUMN @extschema@.wabill_source_disagreements.source_reading IS
'How wabill reads the source''s value: the country code it spells (wabill_country_code), or the number in E.164 (wabill_phone_e164); NULL if unreadable';
COMMENT ON COLUMN @extschema@.wabill_source_disagreements.wabill_value IS
'wabill''s derivation from the session ID: the destination country, or the customer phone''s digits';
COMMENT ON COLUMN @extschema@.wabill_source_disagreements.reason IS
'Why the two disagree, in words';

-- Roles granted an operation before the update read its disagreements too,
-- as wabill_grant_operation now arranges for new grants.
DO $$
DECLARE
	r regrole;
BEGIN
	FOR r IN SELECT DISTINCT g.grantee FROM @extschema@.wabill_operation_grants g LOOP
		EXECUTE pg_catalog.format('GRANT SELECT ON %s TO %s',
			'@extschema@.wabill_source_disagreements'::regclass, r);
	END LOOP;
END
$$;

-- Meta's figures beside wabill's, per Meta period (as given), country,
-- category and pricing type.  wabill's side is the pricing's own per-row
-- computation (wabill_priced_interactions): the same categories and costs
-- as the invoice, counted over the same instants as Meta's periods.  wabill
-- cannot tell which messages Meta made free (entry points, a customer's
-- window) but a free service message: its counts sit on the REGULAR row, or
-- FREE_CUSTOMER_SERVICE for service that costs nothing, and Meta's other
-- free rows show with wabill's columns NULL.
CREATE FUNCTION @extschema@.wabill_meta_reconciliation("from" timestamptz, "to" timestamptz,
	currency text DEFAULT NULL)
RETURNS TABLE (period_start timestamptz, period_end timestamptz, country text, category text,
	pricing_type text, meta_volume numeric, meta_cost numeric, wabill_messages bigint,
	wabill_cost numeric, volume_difference numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH meta AS (
		SELECT m.period_start AS s, m.period_end AS e, pg_catalog.upper(m.country) AS country,
			pg_catalog.lower(m.pricing_category) AS category, pg_catalog.upper(m.pricing_type) AS pricing_type,
			-- numeric, as sum(bigint) gives: a bigint could overflow
			pg_catalog.sum(m.volume) AS volume, pg_catalog.sum(m.cost) AS cost
		FROM @extschema@.wabill_meta_pricing m
		WHERE @extschema@.wabill_check_report_range(wabill_meta_reconciliation."from", wabill_meta_reconciliation."to")
			AND m.period_start OPERATOR(pg_catalog.>=) coalesce(wabill_meta_reconciliation."from", '-infinity'::timestamptz)
			AND m.period_start OPERATOR(pg_catalog.<) coalesce(wabill_meta_reconciliation."to", 'infinity'::timestamptz)
		GROUP BY 1, 2, 3, 4, 5
	), periods AS (
		SELECT DISTINCT meta.s, meta.e FROM meta
	), ours AS (
		SELECT pe.s, pe.e, p.destiny AS country, p.category,
			CASE WHEN p.category OPERATOR(pg_catalog.=) 'service' AND coalesce(p.cost, 0) OPERATOR(pg_catalog.=) 0
				THEN 'FREE_CUSTOMER_SERVICE' ELSE 'REGULAR' END AS pricing_type,
			pg_catalog.count(*) AS messages,
			-- a group with an unpriced message has no cost: never a silent zero
			CASE WHEN pg_catalog.count(p.cost) OPERATOR(pg_catalog.=) pg_catalog.count(*) THEN pg_catalog.sum(p.cost) END AS cost
		FROM @extschema@.wabill_priced_interactions(
				(SELECT pg_catalog.min(periods.s) FROM periods),
				(SELECT pg_catalog.max(periods.e) FROM periods),
				wabill_meta_reconciliation.currency) p
			JOIN periods pe ON p.date OPERATOR(pg_catalog.>=) pe.s AND p.date OPERATOR(pg_catalog.<) pe.e
		WHERE EXISTS (SELECT FROM periods)
		GROUP BY 1, 2, 3, 4, 5
	), joined AS (
		SELECT coalesce(meta.s, ours.s) AS s, coalesce(meta.e, ours.e) AS e,
			coalesce(meta.country, ours.country) AS country, coalesce(meta.category, ours.category) AS category,
			coalesce(meta.pricing_type, ours.pricing_type) AS pricing_type,
			CASE WHEN meta.s IS NULL THEN 0 ELSE meta.volume END AS meta_volume,
			CASE WHEN meta.s IS NULL THEN 0 ELSE meta.cost END AS meta_cost,
			ours.s IS NOT NULL AS counted, ours.messages, ours.cost
		FROM meta FULL JOIN ours
			ON ours.s OPERATOR(pg_catalog.=) meta.s AND ours.e OPERATOR(pg_catalog.=) meta.e
			AND ours.country OPERATOR(pg_catalog.=) meta.country AND ours.category OPERATOR(pg_catalog.=) meta.category
			AND ours.pricing_type OPERATOR(pg_catalog.=) meta.pricing_type
	), compared AS (
		SELECT j.*,
			-- the rows wabill assigns a message to; others it cannot count
			j.counted OR j.pricing_type OPERATOR(pg_catalog.=) 'REGULAR'
				OR (j.pricing_type OPERATOR(pg_catalog.=) 'FREE_CUSTOMER_SERVICE'
					AND j.category OPERATOR(pg_catalog.=) 'service') AS comparable
		FROM joined j
	)
	SELECT c.s, c.e, c.country, c.category, c.pricing_type, c.meta_volume, c.meta_cost,
		CASE WHEN c.comparable THEN coalesce(c.messages, 0) END,
		CASE WHEN c.counted THEN c.cost WHEN c.comparable THEN 0 END,
		c.meta_volume OPERATOR(pg_catalog.-) CASE WHEN c.comparable THEN coalesce(c.messages, 0) END
	FROM compared c
	ORDER BY c.s, c.e, c.pricing_type OPERATOR(pg_catalog.<>) 'REGULAR', c.country, c.category, c.pricing_type;
END;

COMMENT ON FUNCTION @extschema@.wabill_meta_reconciliation(timestamptz, timestamptz, text) IS
'Meta''s pricing_analytics beside wabill''s count and cost, per Meta period starting in from <= start < to (NULL: open), country, category and pricing type; volume_difference is meta_volume - wabill_messages. Billed (REGULAR) rows of a period come before its free ones; wabill''s columns are NULL on free rows it cannot tell apart';

-- (end of section)
