-- A 0.1.0 installation in use, as the update must find it: the sample month
-- loaded through the report view, rows that only the table accepts (malformed
-- session IDs, unknown destinations), a tenant granted one operation and a
-- reader granted the report by hand.  What it shows is recorded in the schema
-- upgrade_before, which belongs to the user, not to the extension.
SET TimeZone = 'America/Bogota';
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	('upgrade-malformed-1', 'no dots at all', '2026-10-05 08:00-05', true),
	('upgrade-malformed-2', '573001234567..wa-1', '2026-10-05 08:01-05', false),
	('upgrade-no-country', '8881234567.Acme.wa-1', '2026-10-05 08:02-05', true),
	('upgrade-long-phone', '5730012345678901234.Acme.wa-1', '2026-10-05 08:03-05', true),
	('upgrade-december', '573001234567.Acme.wa-9', '2026-12-31 23:59:59.999999-05', true);

SELECT wabill_grant_operation('wabill_upgrade_tenant', 'Acme Cobranzas');
GRANT SELECT ON wabill_billing_report TO wabill_upgrade_reader;
GRANT USAGE ON SCHEMA public TO wabill_upgrade_tenant, wabill_upgrade_reader;
-- A role whose name needs quoting, and a role dropped with its grant kept
-- (0.1.0 keeps grants by name; the update drops the grants of names that
-- name no role).
SELECT wabill_grant_operation('wabill_upgrade Mixed', 'Acme Ventas S.A.S.');
GRANT USAGE ON SCHEMA public TO "wabill_upgrade Mixed";
SELECT wabill_grant_operation('wabill_upgrade_gone', 'Acme Ventas S.A.S.');
REVOKE ALL ON wabill_interactions, wabill_billing_report, wabill_interaction_problems FROM wabill_upgrade_gone;
DROP ROLE wabill_upgrade_gone;

CREATE SCHEMA upgrade_before;
CREATE TABLE upgrade_before.interactions AS SELECT * FROM wabill_interactions;
CREATE TABLE upgrade_before.report AS SELECT * FROM wabill_report(NULL, NULL);
CREATE TABLE upgrade_before.report_view AS SELECT * FROM wabill_billing_report;
CREATE TABLE upgrade_before.problems AS SELECT * FROM wabill_interaction_problems;
SET ROLE wabill_upgrade_tenant;
CREATE TEMP TABLE tenant_seen AS SELECT conn_id FROM wabill_billing_report;
RESET ROLE;
CREATE TABLE upgrade_before.tenant_seen AS SELECT * FROM tenant_seen;
SET ROLE "wabill_upgrade Mixed";
CREATE TEMP TABLE mixed_seen AS SELECT conn_id FROM wabill_billing_report;
RESET ROLE;
CREATE TABLE upgrade_before.mixed_seen AS SELECT * FROM mixed_seen;
CREATE TABLE upgrade_before.grants AS SELECT role_name, operation FROM wabill_operation_grants;

-- A user's index and materialized view on the country functions, in the
-- user's schema: the update must rebuild them, since 0.2.0 answers with
-- newer rules than 0.1.0 did.
CREATE TABLE upgrade_before.phones AS
	SELECT wabill_session_phone(session_id) AS phone FROM wabill_interactions;
CREATE INDEX phones_country_idx ON upgrade_before.phones (wabill_phone_country(phone));
CREATE MATERIALIZED VIEW upgrade_before.destinies AS
	SELECT destiny, count(*) FROM wabill_billing_report GROUP BY destiny;
-- data_built: what the database recorded as built with (0.1.0 recorded nothing)
CREATE TABLE upgrade_before.filenodes AS
	SELECT relname, pg_relation_filenode(oid) AS filenode, NULL::text AS data_built FROM pg_class
	WHERE oid IN ('upgrade_before.phones_country_idx'::regclass, 'upgrade_before.destinies'::regclass);
