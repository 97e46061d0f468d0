-- Meta's figures beside wabill's: the recorded pricing_analytics pages of
-- test/data/meta against interactions planted to agree and to disagree, with
-- costs from an example rate card (made-up prices).  Every expected value
-- below was worked out by hand.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

\set page1 `cat test/data/meta/pricing_analytics_page1.json`
\set page2 `cat test/data/meta/pricing_analytics_page2.json`
\set card `cat test/data/meta/card_usd_2026-07-01_example.csv`
SELECT wabill_load_meta_pricing(:'page1');
SELECT wabill_load_meta_pricing(:'page2');
SELECT wabill_load_rate_card(:'card', '2026-07-01');

-- No category rule: templates are marketing, other rows service.
INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	-- 1 October: three marketing messages to CO (Meta billed four),
	('m1', '573001234567.Acme Ventas.wa-acme', '2026-10-01 10:00+00', true),
	('m2', '573104567890.Acme Ventas.wa-acme', '2026-10-01 11:00+00', true),
	('m3', '573001112233.Beta Cobranzas.wa-beta', '2026-10-01 12:00+00', true),
	-- one to Puerto Rico (Meta's cost is North America's price, wabill's
	-- the Rest of Latin America's),
	('p1', '17875551234.Acme Ventas.wa-acme', '2026-10-01 13:00+00', true),
	-- two service messages to CO, free,
	('s1', '573001234567.Acme Ventas.wa-acme', '2026-10-01 14:00+00', false),
	('s2', '573104567890.Acme Ventas.wa-acme', '2026-10-01 23:59:59.999999+00', false),
	-- 2 October: two marketing messages to CO (as Meta), one to the US (Meta
	-- none), and none of the five utility messages Meta billed to MX;
	('m4', '573001234567.Acme Ventas.wa-acme', '2026-10-02 00:00+00', true),
	('m5', '573104567890.Acme Ventas.wa-acme', '2026-10-02 09:00+00', true),
	('u1', '12125550123.Acme Ventas.wa-acme', '2026-10-02 10:00+00', true),
	-- 3 October: no Meta period covers it.
	('x1', '573001234567.Acme Ventas.wa-acme', '2026-10-03 00:00+00', true);

SELECT results_eq(
	$$SELECT period_start, period_end, country, category, pricing_type, meta_volume, meta_cost,
		wabill_messages, wabill_cost, volume_difference
	FROM wabill_meta_reconciliation('2026-10-01', '2026-11-01')$$,
	$$VALUES
		('2026-10-01 00:00+00'::timestamptz, '2026-10-02 00:00+00'::timestamptz, 'CO'::text, 'marketing'::text,
			'REGULAR'::text, 4::numeric, 0.0500::numeric, 3::bigint, 0.0375::numeric, 1::numeric),
		('2026-10-01 00:00+00', '2026-10-02 00:00+00', 'PR', 'marketing', 'REGULAR', 1, 0.025, 1, 0.074, 0),
		('2026-10-01 00:00+00', '2026-10-02 00:00+00', 'CO', 'marketing', 'FREE_ENTRY_POINT', 1, 0, NULL, NULL, NULL),
		('2026-10-01 00:00+00', '2026-10-02 00:00+00', 'CO', 'service', 'FREE_CUSTOMER_SERVICE', 2, 0, 2, 0, 0),
		('2026-10-02 00:00+00', '2026-10-03 00:00+00', 'CO', 'marketing', 'REGULAR', 2, 0.025, 2, 0.0250, 0),
		('2026-10-02 00:00+00', '2026-10-03 00:00+00', 'MX', 'utility', 'REGULAR', 5, 0.04, 0, 0, 5),
		('2026-10-02 00:00+00', '2026-10-03 00:00+00', 'US', 'marketing', 'REGULAR', 0, 0, 1, 0.025, -1)$$,
	'per Meta period, billed rows before free ones: the planted differences and nothing else');

SELECT results_eq(
	$$SELECT country, meta_volume, wabill_messages FROM wabill_meta_reconciliation('2026-10-02', '2026-10-03')
		WHERE category = 'marketing'$$,
	$$VALUES ('CO'::text, 2::numeric, 2::bigint), ('US', 0, 1)$$,
	'periods are chosen by their start: one day');
SELECT is((SELECT count(*) FROM wabill_meta_reconciliation('2026-10-03', '2026-11-01')), 0::bigint,
	'no Meta period, nothing to compare (x1 is in no period)');
SELECT is((SELECT count(*) FROM wabill_meta_reconciliation(NULL, NULL)), 7::bigint, 'NULL bounds: every period');
SELECT throws_ok($$SELECT * FROM wabill_meta_reconciliation('2026-11-01', '2026-10-01')$$, '22000',
	'report range starts after it ends', 'reversed bounds are an error');

-- wabill's side is the pricing's: a category rule moves Beta's template.
SELECT wabill_set_category('utility', 'Beta Cobranzas');
SELECT results_eq(
	$$SELECT category, wabill_messages, wabill_cost FROM wabill_meta_reconciliation('2026-10-01', '2026-10-02')
		WHERE country = 'CO' AND pricing_type = 'REGULAR' ORDER BY category$$,
	$$VALUES ('marketing'::text, 2::bigint, 0.0250::numeric), ('utility', 1, 0.0008)$$,
	'categories and prices as the pricing rules assign them (no tiers loaded: the card''s utility rate)');
SELECT wabill_unset_category('Beta Cobranzas');

-- Meta's figures are not per tenant: a tenant cannot reconcile them.
CREATE ROLE wabill_recon_tenant;
SELECT wabill_grant_operation('wabill_recon_tenant', 'Acme Ventas');
SET LOCAL ROLE wabill_recon_tenant;
SELECT throws_ok($$SELECT * FROM wabill_meta_reconciliation(NULL, NULL)$$, '42501', NULL,
	'a tenant is refused Meta''s account-wide figures');
RESET ROLE;

-- A BI role the owner grants Meta's figures, reading one operation, compares
-- them with that operation's messages only.
GRANT SELECT ON wabill_meta_pricing TO wabill_recon_tenant;
SET LOCAL ROLE wabill_recon_tenant;
CREATE TEMP TABLE tenant_recon AS
	SELECT country, category, pricing_type, wabill_messages FROM wabill_meta_reconciliation('2026-10-01', '2026-10-02')
	WHERE country = 'CO' AND pricing_type = 'REGULAR';
RESET ROLE;
SELECT results_eq('SELECT wabill_messages FROM tenant_recon', ARRAY[2::bigint],
	'wabill''s count is of the rows the reader may read (m3 is Beta''s)');

SELECT * FROM finish();
ROLLBACK;
