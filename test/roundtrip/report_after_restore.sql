-- Run in a database restored from pg_dump: the report must be the one the
-- original database gave (its md5 and row count come as psql variables).
BEGIN;
SELECT plan(6);
SELECT has_extension('wabill');
SELECT is((SELECT count(*) FROM wabill_interactions)::int, :rows, 'every stored row came back');
SELECT is(md5((SELECT string_agg(r::text, E'\n') FROM wabill_report(NULL, NULL) r)), :'report_md5',
	'the restored database gives the same report');
SELECT is((SELECT count(*) FROM wabill_interaction_problems)::int, :problems,
	'and the same problem rows');
SET LOCAL TimeZone = 'America/Bogota';
SELECT is(md5((SELECT string_agg(r::text, E'\n') FROM wabill_invoice(NULL, NULL) r)), :'invoice_md5',
	'the same invoice: rate cards, tiers, category rules, portfolios and the user''s market mapping came back');
SELECT is((SELECT count(*) FROM wabill_shipped_market_prefixes)::int, :shipped,
	'the shipped market mapping is the extension''s, not dumped twice');
SELECT * FROM finish();
ROLLBACK;
