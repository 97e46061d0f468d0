-- A grant reaches a role as PostgreSQL's own privileges do: through
-- membership with INHERIT; a NOINHERIT member must SET ROLE to the grantee.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('a1', '573001234567.Acme.wa-1', '2026-10-01 10:00+00', true),
	('b1', '447400123456.Beta.wa-2', '2026-10-03 10:00+00', true);
CREATE ROLE wabill_ni_grantee;
CREATE ROLE wabill_ni_member NOINHERIT IN ROLE wabill_ni_grantee;
CREATE ROLE wabill_ni_inheritor INHERIT IN ROLE wabill_ni_grantee;
SELECT wabill_grant_operation('wabill_ni_grantee', 'Acme');
GRANT USAGE ON SCHEMA public TO wabill_ni_member, wabill_ni_inheritor;

-- Without its grantee's privileges, a NOINHERIT member cannot even run the
-- policy's function (EXECUTE is granted to the grantee).
SET LOCAL ROLE wabill_ni_member;
SELECT throws_ok('SELECT conn_id FROM wabill_interactions', '42501', NULL,
	'a NOINHERIT member has none of its grantee''s privileges as itself');
RESET ROLE;
-- Given them directly, only the row-level security is judged.
GRANT SELECT ON wabill_interactions TO wabill_ni_member;
GRANT EXECUTE ON FUNCTION wabill_granted_operations(name) TO wabill_ni_member;
SET LOCAL ROLE wabill_ni_member;
SELECT is(ARRAY(SELECT conn_id FROM wabill_interactions ORDER BY 1), ARRAY[]::text[],
	'a NOINHERIT member reads nothing of its grantee''s operations as itself');
SET LOCAL ROLE wabill_ni_grantee;
SELECT is(ARRAY(SELECT conn_id FROM wabill_interactions ORDER BY 1), ARRAY['a1'],
	'after SET ROLE to the grantee it reads the granted operation');
RESET ROLE;
SET LOCAL ROLE wabill_ni_inheritor;
SELECT is(ARRAY(SELECT conn_id FROM wabill_interactions ORDER BY 1), ARRAY['a1'],
	'an INHERIT member reads it directly');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
