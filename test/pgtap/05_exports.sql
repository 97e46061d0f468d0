-- The README's export recipes: a BI reader role and a monthly pg_cron job.
BEGIN;
SELECT * FROM no_plan();

INSERT INTO wabill_interactions (conn_id, session_id, date, template)
SELECT 'm' || g, '573001234567.Acme.wa-1', date_trunc('month', now()) - interval '1 month' + g * interval '1 hour', true
FROM generate_series(0, 9) g;
INSERT INTO wabill_interactions VALUES ('now', '573001234567.Acme.wa-1', now(), true);

-- README: "BI tools": one tenant's BI role, and one that reads every operation
CREATE ROLE wabill_test_bi LOGIN;
GRANT USAGE ON SCHEMA public TO wabill_test_bi;
SELECT wabill_grant_operation('wabill_test_bi', 'Acme');
ALTER ROLE wabill_test_bi SET default_transaction_read_only = on;
CREATE ROLE wabill_test_bi_all LOGIN BYPASSRLS;
GRANT USAGE ON SCHEMA public TO wabill_test_bi_all;
GRANT SELECT ON wabill_billing_report, wabill_interactions TO wabill_test_bi_all;

SET LOCAL ROLE wabill_test_bi;
SELECT is((SELECT count(*) FROM wabill_billing_report), 11::bigint, 'the tenant''s BI role reads the view');
SELECT is((SELECT count(*) FROM wabill_report(NULL, NULL)), 11::bigint, 'and the report');
SELECT throws_ok($$INSERT INTO wabill_interactions VALUES ('x', 'x', now(), true)$$, '42501', NULL,
	'but cannot write');
RESET ROLE;
INSERT INTO wabill_interactions VALUES ('other', '573001234567.Other.wa-9', now(), true);
SET LOCAL ROLE wabill_test_bi;
SELECT is((SELECT count(*) FROM wabill_billing_report), 11::bigint, 'nor see another operation');
RESET ROLE;
SET LOCAL ROLE wabill_test_bi_all;
SELECT is((SELECT count(*) FROM wabill_billing_report), 12::bigint, 'a BYPASSRLS BI role reads every operation');
RESET ROLE;
DELETE FROM wabill_interactions WHERE conn_id = 'other';

-- README: "A monthly snapshot with pg_cron"; dynamic SQL because the cron
-- schema exists only where pg_cron is installed.
CREATE TABLE wabill_monthly_snapshot AS
	SELECT NULL::date AS month, r.* FROM wabill_report(NULL, NULL) r WITH NO DATA;
CREATE FUNCTION pg_temp.cron_checks() RETURNS SETOF text LANGUAGE plpgsql AS $f$
DECLARE
	job_id bigint;
	job_schedule text;
	job_command text;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_cron') THEN
		RETURN NEXT skip('pg_cron is not installed in this database', 3);
		RETURN;
	END IF;
	EXECUTE $schedule$
		SELECT cron.schedule('wabill-monthly-snapshot', '0 6 1 * *', $$
			INSERT INTO wabill_monthly_snapshot
			SELECT date_trunc('month', now() - interval '1 month')::date, r.*
			FROM wabill_report(date_trunc('month', now()) - interval '1 month',
				date_trunc('month', now())) r
		$$)
	$schedule$ INTO job_id;
	EXECUTE 'SELECT schedule, command FROM cron.job WHERE jobid = $1'
		INTO job_schedule, job_command USING job_id;
	RETURN NEXT is(job_schedule, '0 6 1 * *', 'the snapshot job runs at 06:00 on the 1st');
	-- what pg_cron will run, run now
	EXECUTE job_command;
	RETURN NEXT results_eq(
		'SELECT conn_id FROM wabill_monthly_snapshot ORDER BY date, conn_id',
		$$SELECT conn_id FROM wabill_report(date_trunc('month', now()) - interval '1 month', date_trunc('month', now()))$$,
		'the job writes last month''s report');
	RETURN NEXT is((SELECT count(*) FROM wabill_monthly_snapshot
		WHERE month = date_trunc('month', now() - interval '1 month')::date), 10::bigint,
		'ten interactions of last month, none of this month');
END
$f$;
SELECT * FROM pg_temp.cron_checks();

SELECT * FROM finish();
ROLLBACK;
