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
		THEN pg_catalog.pg_has_role(@extschema@.wabill_outer_role(), g.grantee, 'MEMBER')
		ELSE pg_catalog.pg_has_role(@extschema@.wabill_outer_role(), wabill_granted_operations.reader, 'MEMBER')
			AND pg_catalog.pg_has_role(wabill_granted_operations.reader, g.grantee, 'MEMBER')
	END;
END;

COMMENT ON FUNCTION @extschema@.wabill_granted_operations(name) IS
'Operations granted to a reader (a role the session''s role is a member of, else none), or with no argument to the session''s role; what row-level security on wabill_interactions lets current_user read';

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
-- it (a library is never reloaded), and would rebuild with the old answers.
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
		RAISE EXCEPTION 'this session runs wabill''s phone data %, not %', @extschema@.wabill_phone_data_version(),
				@extschema@.wabill_quotable_value(expected)
			USING ERRCODE = 'object_not_in_prerequisite_state',
				DETAIL = 'The session loaded wabill''s library before the new release was installed, and a library is never reloaded.',
				HINT = 'Reconnect, then run ALTER EXTENSION wabill UPDATE again.';
	END IF;
	IF NOT EXISTS (SELECT FROM @extschema@.wabill_phone_data_check()) THEN
		PERFORM @extschema@.wabill_phone_data_refresh(false);
	ELSIF pg_catalog.current_setting('wabill.phone_data_rebuild')::boolean THEN
		PERFORM @extschema@.wabill_phone_data_refresh(true);
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

CREATE TABLE @extschema@.wabill_interactions (
	conn_id text NOT NULL,
	session_id text NOT NULL,
	date timestamptz NOT NULL,
	template boolean NOT NULL,
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
			'customer phone: ' || @extschema@.wabill_phone_problem(@extschema@.wabill_session_phone(i.session_id))
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
'Every conn_id stored in wabill_interactions, with its date (and so its month): keeps conn_id unique across months; maintained by triggers of wabill_interactions';
COMMENT ON COLUMN @extschema@.wabill_conn_ids.conn_id IS
'A conn_id stored in wabill_interactions';
COMMENT ON COLUMN @extschema@.wabill_conn_ids.date IS
'The date it is stored under';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.wabill_conn_ids', '');

-- Set-based: one statement per INSERT, UPDATE or DELETE on the table, over
-- its transition table.  A conn_id already stored under any month fails the
-- primary key of wabill_conn_ids, as it failed the table's own before.
CREATE FUNCTION @extschema@.wabill_interactions_conn_ids()
RETURNS trigger
LANGUAGE plpgsql
SET search_path TO pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		TRUNCATE @extschema@.wabill_conn_ids;
		RETURN NULL;
	END IF;
	IF TG_OP = 'DELETE' THEN
		DELETE FROM @extschema@.wabill_conn_ids k
		USING old_rows o
		WHERE k.conn_id = o.conn_id COLLATE pg_catalog."C";
	ELSIF TG_OP = 'INSERT' THEN
		INSERT INTO @extschema@.wabill_conn_ids (conn_id, date)
		SELECT n.conn_id, n.date FROM new_rows n;
	ELSE
		-- only the keys an update changed (most change other columns)
		DELETE FROM @extschema@.wabill_conn_ids k
		USING (SELECT o.conn_id, o.date FROM old_rows o
			EXCEPT SELECT n.conn_id, n.date FROM new_rows n) c
		WHERE k.conn_id = c.conn_id COLLATE pg_catalog."C";
		INSERT INTO @extschema@.wabill_conn_ids (conn_id, date)
		SELECT n.conn_id, n.date FROM new_rows n
		EXCEPT SELECT o.conn_id, o.date FROM old_rows o;
	END IF;
	RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.wabill_interactions_conn_ids() IS
'Statement triggers of wabill_interactions: keep wabill_conn_ids equal to the stored conn_ids and dates';

CREATE TRIGGER wabill_conn_ids_insert
	AFTER INSERT ON @extschema@.wabill_interactions
	REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_interactions_conn_ids();
CREATE TRIGGER wabill_conn_ids_update
	AFTER UPDATE ON @extschema@.wabill_interactions
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_interactions_conn_ids();
CREATE TRIGGER wabill_conn_ids_delete
	AFTER DELETE ON @extschema@.wabill_interactions
	REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_interactions_conn_ids();
CREATE TRIGGER wabill_conn_ids_truncate
	AFTER TRUNCATE ON @extschema@.wabill_interactions
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.wabill_interactions_conn_ids();

COMMENT ON TRIGGER wabill_conn_ids_insert ON @extschema@.wabill_interactions IS
'Registers inserted conn_ids in wabill_conn_ids; a conn_id stored under any month is refused';
COMMENT ON TRIGGER wabill_conn_ids_update ON @extschema@.wabill_interactions IS
'Keeps wabill_conn_ids in step with updated conn_ids and dates';
COMMENT ON TRIGGER wabill_conn_ids_delete ON @extschema@.wabill_interactions IS
'Forgets deleted conn_ids in wabill_conn_ids';
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
				DETAIL = format('error: %s; msg: %s. Nothing was loaded.',
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

-- Where the source's CUSTOMER_PHONE or DESTINY disagrees with wabill's
-- derivation.  Spellings are compared by meaning: a destiny by the country
-- it names (wabill_country_code), a phone by its digits or its E.164 form.
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
					format('wabill does not recognise "%s" as a country', i.recorded_destiny)
				WHEN w.code IS NULL THEN
					format('the source says %s (%s), wabill derives no country: %s',
						@extschema@.wabill_country_name(s.code, 'en'), s.code,
						coalesce(@extschema@.wabill_session_problem(i.session_id),
							@extschema@.wabill_phone_problem(@extschema@.wabill_session_phone(i.session_id))))
				ELSE
					format('the source says %s (%s), but +%s is a %s (%s) number',
						@extschema@.wabill_country_name(s.code, 'en'), s.code,
						@extschema@.wabill_session_phone(i.session_id),
						@extschema@.wabill_country_name(w.code, 'en'), w.code)
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
					format('the session ID is malformed (%s), so wabill has no number to compare',
						@extschema@.wabill_session_problem(i.session_id))
				WHEN w.phone = @extschema@.wabill_phone_calling_code(w.phone)::text
						|| pg_catalog.regexp_replace(i.recorded_customer_phone, '[^0-9]', '', 'g') THEN
					format('the source''s number lacks the calling code +%s of the session ID''s %s',
						@extschema@.wabill_phone_calling_code(w.phone), w.phone)
				ELSE
					format('the source''s number is not the session ID''s %s', w.phone)
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
	CONSTRAINT wabill_meta_pricing_period CHECK (period_start < period_end),
	CONSTRAINT wabill_meta_pricing_volume CHECK (volume >= 0)
);

COMMENT ON TABLE @extschema@.wabill_meta_pricing IS
'Meta''s pricing_analytics of WhatsApp Business Accounts, one row per data point, as loaded by wabill_load_meta_pricing';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.waba_id IS
'The WhatsApp Business Account (the response''s id); NULL when the response does not say';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.period_start IS
'The data point''s start (Meta''s Unix seconds)';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.period_end IS
'The data point''s end, exclusive (Meta''s Unix seconds)';
COMMENT ON COLUMN @extschema@.wabill_meta_pricing.country IS
'Country of the recipients (ISO 3166-1 alpha-2), as Meta writes it; NULL if not a dimension of the request';
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
-- settle); the same response twice changes nothing.
CREATE FUNCTION @extschema@.wabill_load_meta_pricing(response jsonb)
RETURNS bigint
LANGUAGE plpgsql VOLATILE STRICT
SET search_path TO pg_catalog, pg_temp
AS $$
DECLARE
	analytics jsonb;
	waba text;
	points jsonb;
	bad jsonb;
	changed bigint;
BEGIN
	IF jsonb_typeof(response) <> 'object' THEN
		RAISE EXCEPTION 'pricing_analytics response is not a JSON object'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('It is a JSON %s.', jsonb_typeof(response));
	END IF;
	IF response ? 'error' THEN
		RAISE EXCEPTION 'the Graph API answered with an error: %',
				@extschema@.wabill_quotable_value(coalesce(response -> 'error' ->> 'message', response ->> 'error'))
			USING ERRCODE = 'data_exception',
				DETAIL = format('type %s, code %s. Nothing was loaded.',
					@extschema@.wabill_quotable_value(coalesce(response -> 'error' ->> 'type', '(none)')),
					@extschema@.wabill_quotable_value(coalesce(response -> 'error' ->> 'code', '(none)')));
	END IF;
	analytics := coalesce(response -> 'pricing_analytics', response);
	waba := response ->> 'id';
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
		ELSE false
	END
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'invalid pricing_analytics data point: %', @extschema@.wabill_quotable_value(bad::text)
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'start and end must be Unix seconds with start < end, volume a whole number, cost a number. Nothing was loaded.';
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
		p.point ->> 'country', p.point ->> 'pricing_category', p.point ->> 'pricing_type',
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

COMMENT ON FUNCTION @extschema@.wabill_load_meta_pricing(jsonb) IS
'Loads one pricing_analytics response of the Graph API idempotently; returns how many data points were new or had new figures. A Graph API error is refused with its message';

-- (end of section)

--------------------------------------------------------------------------
-- Pricing: markets, rate cards, volume tiers, categories and costs
--------------------------------------------------------------------------

-- (end of section)
