-- NULL arguments and no rate card: the pricing path answers (a documented
-- NULL, or a row whose problem says why) and never crashes the server.  A
-- C function that is not STRICT receives NULL arguments itself; before this
-- test the pricing function (then a window function) unpacked its currency
-- before looking at its NULL flag, and a database with no rate card loaded
-- (currency NULL) lost its server on every cost query.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';
SET LOCAL wabill.billing_timezone = 'UTC';

DELETE FROM wabill_rate_cards;
INSERT INTO wabill_interactions (conn_id, session_id, date, template)
VALUES ('n1', '573001234567.Acme.wa-1', '2026-10-05 12:00+00', true);

------------------------------------------------------------------------------
-- No rate card loaded, no currency given
------------------------------------------------------------------------------
SELECT results_eq($$SELECT conn_id, market, category, currency, unit_price, cost, problem
		FROM wabill_price_rows('2026-10-01', '2026-11-01', NULL)$$,
	$$VALUES ('n1', 'Colombia', 'marketing', NULL::text, NULL::numeric, NULL::numeric,
		'no rate card is loaded')$$,
	'wabill_price_rows with no card: the row, unpriced, with its reason');
SELECT results_eq($$SELECT conn_id, market, currency, cost FROM wabill_price_rows_for(NULL, NULL, NULL)$$,
	$$VALUES ('n1', 'Colombia', NULL::text, NULL::numeric)$$,
	'wabill_price_rows_for(NULL, NULL, NULL): every row, unpriced');
SELECT results_eq($$SELECT conn_id, market, category, currency, unit_price, cost
		FROM wabill_cost_report(NULL, NULL)$$,
	$$VALUES ('n1', 'Colombia', 'marketing', NULL::text, NULL::numeric, NULL::numeric)$$,
	'wabill_cost_report with no card: NULL currency and cost');
SELECT results_eq($$SELECT month, operation, market, messages, amount FROM wabill_invoice(NULL, NULL)$$,
	$$VALUES ('2026-10-01'::date, 'Acme', 'Colombia', 1::bigint, NULL::numeric)$$,
	'wabill_invoice with no card: the message counted, no amount');
SELECT results_eq($$SELECT conn_id, currency, problem FROM wabill_cost_problems$$,
	$$VALUES ('n1', NULL::text, 'no rate card is loaded')$$,
	'wabill_cost_problems with no card: every row, "no rate card is loaded"');
SELECT is((SELECT count(*) FROM wabill_meta_reconciliation(NULL, NULL))::int, 0,
	'wabill_meta_reconciliation(NULL, NULL) with no card and no Meta rows: no rows');
SELECT throws_ok($$SELECT * FROM wabill_cost_report(NULL, NULL, 'dollars')$$, '22023', NULL,
	'an unknown currency is a clear error');

------------------------------------------------------------------------------
-- NULL for each argument of every C function that is not STRICT
------------------------------------------------------------------------------
SELECT is((SELECT wabill_price_in_order(NULL::text, now(), 'n', true, 'USD', 'UTC') IS NULL),
	true, 'wabill_price_in_order: NULL session_id gives NULL');
SELECT is((SELECT wabill_price_in_order('573001234567.Acme.wa-1', NULL, 'n', true, 'USD', 'UTC') IS NULL),
	true, 'wabill_price_in_order: NULL at gives NULL');
SELECT is((SELECT wabill_price_in_order('573001234567.Acme.wa-1', now(), NULL, true, 'USD', 'UTC') IS NULL),
	true, 'wabill_price_in_order: NULL conn_id gives NULL');
SELECT is((SELECT (wabill_price_in_order('573001234567.Acme.wa-1', '2026-10-05', 'n', NULL, 'USD', 'UTC')).category),
	NULL, 'wabill_price_in_order: NULL template gives no category');
SELECT is((SELECT (wabill_price_in_order('573001234567.Acme.wa-1', '2026-10-05', 'n', true, NULL, 'UTC')).market),
	'Colombia', 'wabill_price_in_order: NULL currency gives the market and no price');
SELECT is((SELECT (wabill_price_in_order('573001234567.Acme.wa-1', '2026-10-05', 'n', true, NULL, NULL)).billing_date),
	'2026-10-05'::date, 'wabill_price_in_order: NULL zone is UTC');
SELECT is((SELECT wabill_price_in_order(NULL, NULL, NULL, NULL, NULL, NULL) IS NULL),
	true, 'wabill_price_in_order: all NULL gives NULL');
SELECT is((SELECT count(*) FROM (SELECT wabill_price_in_order(s, d, 'n', t, c, z)
		FROM (VALUES (NULL::text, NULL::timestamptz, NULL::boolean, NULL::text, NULL::text),
			('573001234567.Acme.wa-1', '2026-10-05', true, NULL, NULL),
			(NULL, '2026-10-06', NULL, 'USD', NULL)) v(s, d, t, c, z)) w)::int,
	3, 'wabill_price_in_order: NULLs among rows of one query');
SELECT is((SELECT (wabill_price_in_order('573001234567.Acme.wa-1', '2026-10-05', 'n', true, NULL, NULL)).customer_phone),
	'573001234567', 'wabill_price_in_order: the customer phone');
SELECT is((SELECT (wabill_price_in_order('not a session', '2026-10-05', 'n', true, NULL, NULL)).market),
	NULL, 'wabill_price_in_order: a malformed session ID has no market');

SELECT is(wabill_template_category(NULL, NULL, NULL), NULL, 'wabill_template_category(NULL, NULL, NULL) is NULL');
SELECT is(wabill_template_category(true, NULL, NULL), 'marketing', 'wabill_template_category: NULL operation and connector mean no rule');
SELECT is(wabill_template_category(false, NULL, NULL), 'service', 'wabill_template_category: no template is service');

SELECT is(wabill_unit_price(NULL, NULL, NULL, NULL, NULL), NULL, 'wabill_unit_price: all NULL is NULL');
SELECT is(wabill_unit_price(NULL, '2026-10-05', 'Colombia', 'marketing', NULL), NULL, 'wabill_unit_price: NULL currency is NULL');
SELECT is(wabill_unit_price('USD', NULL, 'Colombia', 'marketing', 1), NULL, 'wabill_unit_price: NULL date is NULL');
SELECT is(wabill_unit_price('USD', '2026-10-05', NULL, 'marketing', 1), NULL, 'wabill_unit_price: NULL market is NULL');
SELECT is(wabill_unit_price('USD', '2026-10-05', 'Colombia', NULL, 1), NULL, 'wabill_unit_price: NULL category is NULL');
SELECT is(wabill_price_problem(NULL, NULL, NULL, NULL, NULL), NULL, 'wabill_price_problem: all NULL is NULL');
SELECT is(wabill_price_problem(NULL, '2026-10-05', 'Colombia', 'marketing', NULL), 'no rate card is loaded',
	'wabill_price_problem: NULL currency and no card');
SELECT is(wabill_price_problem('USD', '2026-10-05', 'Colombia', 'utility', NULL), 'no USD rate card is in force on 2026-10-05',
	'wabill_price_problem: NULL position');

SELECT * FROM finish();
ROLLBACK;
