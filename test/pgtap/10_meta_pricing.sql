-- Meta's side: recorded pricing_analytics responses of the Graph API (two
-- pages, an error, an empty answer) loaded as they come.  Expected values
-- worked out by hand from test/data/meta.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

\set page1 `cat test/data/meta/pricing_analytics_page1.json`
\set page2 `cat test/data/meta/pricing_analytics_page2.json`
\set graph_error `cat test/data/meta/pricing_analytics_error.json`
\set empty `cat test/data/meta/pricing_analytics_empty.json`

SELECT is(wabill_load_meta_pricing(:'page1'), 5::bigint, 'page 1: five data points');
SELECT is(wabill_load_meta_pricing(:'page2'), 2::bigint, 'page 2: two more');
SELECT is(wabill_load_meta_pricing(:'page1'), 0::bigint, 'page 1 again changes nothing');
SELECT is(wabill_load_meta_pricing(:'empty'), 0::bigint, 'no data points load nothing');
SELECT is((SELECT count(*) FROM wabill_meta_pricing), 7::bigint, 'seven rows');
SELECT throws_ok(format('SELECT wabill_load_meta_pricing(%L)', :'graph_error'), '22000',
	'the Graph API answered with an error: Invalid OAuth access token - Cannot parse access token',
	'a Graph API error is refused with its message');
SELECT is(wabill_load_meta_pricing(NULL), NULL, 'NULL in, NULL out');

SELECT results_eq(
	$$SELECT period_start, period_end, phone_number, volume, cost FROM wabill_meta_pricing
		WHERE country = 'CO' AND pricing_category = 'MARKETING' AND pricing_type = 'REGULAR'
		ORDER BY period_start, phone_number$$,
	$$VALUES ('2026-10-01 00:00+00'::timestamptz, '2026-10-02 00:00+00'::timestamptz, '573001110000'::text, 3::bigint, 0.0375::numeric),
		('2026-10-01 00:00+00', '2026-10-02 00:00+00', '573002220000', 1, 0.0125),
		('2026-10-02 00:00+00', '2026-10-03 00:00+00', '573001110000', 2, 0.025)$$,
	'Unix seconds become instants; costs are exact numerics; each phone number its own row');
SELECT results_eq(
	$$SELECT waba_id, tier FROM wabill_meta_pricing WHERE country = 'MX'$$,
	$$VALUES ('102290129340398'::text, '0:250000'::text)$$,
	'the account''s id and the tier are kept');

-- Meta revises its figures: a point loaded again with new ones replaces them.
SELECT is(wabill_load_meta_pricing(replace(:'page2', '"volume": 5, "cost": 0.04', '"volume": 6, "cost": 0.048')::jsonb),
	1::bigint, 'a revised data point counts as changed');
SELECT results_eq($$SELECT volume, cost FROM wabill_meta_pricing WHERE country = 'MX'$$,
	$$VALUES (6::bigint, 0.048::numeric)$$, 'and carries the new figures');

-- The edge's own shape, without the field expansion and without an id.
SELECT is(wabill_load_meta_pricing('{"data": [{"data_points": [{"start": 1790985600, "end": 1791072000,
	"country": "PE", "pricing_type": "REGULAR", "pricing_category": "UTILITY", "volume": 1, "cost": 0.02}]}]}'),
	1::bigint, 'the /pricing_analytics edge''s response loads too');
SELECT is((SELECT waba_id FROM wabill_meta_pricing WHERE country = 'PE'), NULL, 'with no account id');

-- Malformed responses are refused whole.
SELECT throws_ok($$SELECT wabill_load_meta_pricing('[1]')$$, '22023',
	'pricing_analytics response is not a JSON object', 'an array');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"id": "1"}')$$, '22023',
	'not a pricing_analytics response', 'no data');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [{"data_points": [{"start": "yesterday", "end": 1790985600}]}]}')$$,
	'22023', NULL, 'a start that is not Unix seconds');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [{"data_points": [{"start": 1790985600, "end": 1790899200}]}]}')$$,
	'22023', NULL, 'an end before the start');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [{"data_points": [{"start": 1, "end": 2, "volume": -1}]}]}')$$,
	'22023', NULL, 'a negative volume');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [{"data_points": [{"start": 1, "end": 2, "cost": "0.1"}]}]}')$$,
	'22023', NULL, 'a cost written as a string');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [{"data_points": [
	{"start": 1, "end": 2, "country": "CO", "volume": 1}, {"start": 1, "end": 2, "country": "CO", "volume": 2}]}]}')$$,
	'22023', 'pricing_analytics response has two data points for one period and dimensions',
	'two points for the same period and dimensions');
SELECT is((SELECT count(*) FROM wabill_meta_pricing WHERE period_start < '2000-01-01'), 0::bigint,
	'nothing of a refused response was loaded');

-- Meta's figures carry no operation: tenants are not granted them.
CREATE ROLE wabill_meta_tenant;
SELECT wabill_grant_operation('wabill_meta_tenant', 'Acme Ventas');
SELECT ok(NOT has_table_privilege('wabill_meta_tenant', 'wabill_meta_pricing', 'SELECT'),
	'a tenant cannot read the account''s figures');

-- They are user data: DROP EXTENSION keeps them as it keeps interactions.
SELECT throws_ok('DROP EXTENSION wabill', '2BP01', NULL,
	'DROP EXTENSION is refused while Meta''s figures are stored, even with no interaction');
SELECT is((SELECT count(*) FROM wabill_interactions), 0::bigint, '(there was no interaction)');

SELECT * FROM finish();
ROLLBACK;
