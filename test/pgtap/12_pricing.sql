-- Pricing: markets, rate cards, volume tiers, categories, costs and invoices.
-- Every expected number below is worked out by hand from the example files
-- in test/data/pricing (made-up prices, labelled as examples in the files),
-- with the arithmetic in the comments; none was copied from wabill's output.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL wabill.billing_timezone = 'America/Bogota';
SET LOCAL TimeZone = 'UTC';

--------------------------------------------------------------------------
-- Markets: the four shipped versions either side of each date
--------------------------------------------------------------------------

CREATE FUNCTION pg_temp.m(phone text, d date) RETURNS text LANGUAGE sql AS
$$ SELECT wabill_phone_market(phone, d) $$;

SELECT is(pg_temp.m('573001234567', '2025-06-30'), NULL, 'before the first version there is no market');
SELECT is(pg_temp.m('573001234567', '2025-07-01'), 'Colombia', '2025-07-01: +57 is Colombia');
SELECT is(pg_temp.m('+573001234567', '2025-07-01'), 'Colombia', 'a leading + is allowed');
SELECT is(pg_temp.m('57 300', '2025-07-01'), NULL, 'anything but digits has no market');
-- Zimbabwe 263 moves from Other to Rest of Africa on 2025-10-01
SELECT is(pg_temp.m('263771234567', '2025-09-30'), 'Other', '2025-09-30: Zimbabwe is Other');
SELECT is(pg_temp.m('263771234567', '2025-10-01'), 'Rest of Africa', '2025-10-01: Zimbabwe is Rest of Africa');
-- 2026-07-01: Hong Kong, Hungary, Poland, Qatar, Romania, Singapore on their own
SELECT is(pg_temp.m('85291234567', '2026-06-30'), 'Rest of Asia Pacific', '2026-06-30: Hong Kong is Rest of Asia Pacific');
SELECT is(pg_temp.m('85291234567', '2026-07-01'), 'Hong Kong', '2026-07-01: Hong Kong');
SELECT is(pg_temp.m('48501234567', '2026-06-30'), 'Rest of Central & Eastern Europe', '2026-06-30: Poland is Rest of C&E Europe');
SELECT is(pg_temp.m('48501234567', '2026-07-01'), 'Poland', '2026-07-01: Poland');
SELECT is(pg_temp.m('97433123456', '2026-07-01'), 'Qatar', '2026-07-01: Qatar');
SELECT is(pg_temp.m('6581234567', '2026-07-01'), 'Singapore', '2026-07-01: Singapore');
SELECT is(pg_temp.m('36201234567', '2026-07-01'), 'Hungary', '2026-07-01: Hungary');
SELECT is(pg_temp.m('40712345678', '2026-07-01'), 'Romania', '2026-07-01: Romania');
-- 2026-10-01: Bangladesh, Iraq, Nepal, Sri Lanka, Kuwait, Morocco, Oman, Ukraine, Kazakhstan
SELECT is(pg_temp.m('8801712345678', '2026-09-30'), 'Rest of Asia Pacific', '2026-09-30: Bangladesh is Rest of Asia Pacific');
SELECT is(pg_temp.m('8801712345678', '2026-10-01'), 'Bangladesh', '2026-10-01: Bangladesh');
SELECT is(pg_temp.m('9647901234567', '2026-09-30'), 'Rest of Middle East', '2026-09-30: Iraq is Rest of Middle East');
SELECT is(pg_temp.m('9647901234567', '2026-10-01'), 'Iraq', '2026-10-01: Iraq');
SELECT is(pg_temp.m('9779841234567', '2026-10-01'), 'Nepal', '2026-10-01: Nepal');
SELECT is(pg_temp.m('94771234567', '2026-10-01'), 'Sri Lanka', '2026-10-01: Sri Lanka');
SELECT is(pg_temp.m('96550012345', '2026-10-01'), 'Kuwait', '2026-10-01: Kuwait');
SELECT is(pg_temp.m('96892123456', '2026-10-01'), 'Oman', '2026-10-01: Oman');
SELECT is(pg_temp.m('380501234567', '2026-09-30'), 'Rest of Central & Eastern Europe', '2026-09-30: Ukraine is Rest of C&E Europe');
SELECT is(pg_temp.m('380501234567', '2026-10-01'), 'Ukraine', '2026-10-01: Ukraine');
-- +7: Kazakhstan 76 and 77 inside Russia's 7 from 2026-10-01
SELECT is(pg_temp.m('77012345678', '2026-09-30'), 'Russia', '2026-09-30: +7 701 (Kazakhstan) is still Russia');
SELECT is(pg_temp.m('77012345678', '2026-10-01'), 'Kazakhstan', '2026-10-01: +7 701 is Kazakhstan');
SELECT is(pg_temp.m('76012345678', '2026-10-01'), 'Kazakhstan', '2026-10-01: +7 60 is Kazakhstan');
SELECT is(pg_temp.m('74951234567', '2026-10-01'), 'Russia', '2026-10-01: +7 495 (Moscow) stays Russia');
-- +1: the Caribbean exceptions by longest prefix
SELECT is(pg_temp.m('12125550123', '2026-10-01'), 'North America', '+1 212 is North America');
SELECT is(pg_temp.m('18095551234', '2026-10-01'), 'Rest of Latin America', '+1 809 (Dominican Republic) is Rest of Latin America');
SELECT is(pg_temp.m('18295551234', '2025-07-01'), 'Rest of Latin America', '+1 829 too');
SELECT is(pg_temp.m('18765551234', '2025-07-01'), 'Rest of Latin America', '+1 876 (Jamaica) too');
SELECT is(pg_temp.m('19395551234', '2025-07-01'), 'Rest of Latin America', '+1 939 (Puerto Rico) too');
-- the README's examples
SELECT is(pg_temp.m('441481123456', '2026-10-01'), 'United Kingdom', 'Guernsey (+44 1481) is United Kingdom');
SELECT is(pg_temp.m('12423221234', '2026-10-01'), 'North America', 'the Bahamas (+1 242) are North America');
SELECT is(pg_temp.m('262262123456', '2026-10-01'), 'Other', 'Réunion (+262) is Other');
SELECT is(pg_temp.m('212528123456', '2026-09-30'), 'Rest of Africa', 'Western Sahara (+212 528) was Rest of Africa');
SELECT is(pg_temp.m('212528123456', '2026-10-01'), 'Morocco', 'Western Sahara (+212 528) is Morocco''s market from 2026-10-01');

-- the user's version replaces the shipped one of its date, and only that one
INSERT INTO wabill_user_market_prefixes (effective_from, prefix, market)
SELECT effective_from, prefix, market FROM wabill_shipped_market_prefixes WHERE effective_from = '2026-10-01';
INSERT INTO wabill_user_market_prefixes VALUES ('2026-10-01', '1242', 'Bahamas');
SELECT is(pg_temp.m('12423221234', '2026-10-01'), 'Bahamas', 'a user version replaces the shipped one of its date');
SELECT is(pg_temp.m('12423221234', '2026-09-30'), 'North America', 'and leaves earlier versions alone');
DELETE FROM wabill_user_market_prefixes;
SELECT is(pg_temp.m('12423221234', '2026-10-01'), 'North America', 'without it the shipped version is back');
SELECT throws_ok($$INSERT INTO wabill_user_market_prefixes VALUES ('2027-01-01', '1-242', 'X')$$, '23514', NULL,
	'a prefix is digits only');

--------------------------------------------------------------------------
-- Loading rate cards and tiers
--------------------------------------------------------------------------

\set card_usd_0701 `cat test/data/pricing/card_usd_2026-07-01.csv`
\set card_usd_1015 `cat test/data/pricing/card_usd_2026-10-15.csv`
\set card_eur_0701 `cat test/data/pricing/card_eur_2026-07-01.csv`
\set card_bad `cat test/data/pricing/card_malformed.csv`
\set tiers_usd `cat test/data/pricing/tiers_usd_2026-07-01.csv`
\set tiers_gap `cat test/data/pricing/tiers_gap.csv`

SELECT is(wabill_load_rate_card(:'card_usd_0701', '2026-07-01'), 5, 'the USD card has 5 markets');
-- 5 markets x 5 categories
SELECT is((SELECT count(*) FROM wabill_rate_cards), 25::bigint, '25 rates stored');
SELECT is((SELECT rate FROM wabill_rate_cards WHERE market = 'Colombia' AND category = 'marketing'), 0.0125,
	'$US is stored as USD with its rate');
SELECT is((SELECT currency FROM wabill_rate_cards LIMIT 1), 'USD', 'currency as ISO 4217');
SELECT is((SELECT rate FROM wabill_rate_cards WHERE market = 'Colombia' AND category = 'authentication_international'),
	NULL, 'n/a is stored as NULL');
SELECT is((SELECT rate FROM wabill_rate_cards WHERE market = 'India' AND category = 'authentication_international'),
	0.028, 'the two-line "Authentication-International" header is found');
CREATE TEMP TABLE cards_before AS SELECT * FROM wabill_rate_cards;
SELECT lives_ok(format('SELECT wabill_load_rate_card(%L, %L)', :'card_usd_0701', '2026-07-01'), 'loading the same card again');
SELECT set_eq('SELECT * FROM wabill_rate_cards', 'SELECT * FROM cards_before', 'loading the same card twice changes nothing');

-- a second card for the same date and currency replaces the first
SELECT lives_ok(format('SELECT wabill_load_rate_card(%L, %L)', :'card_usd_1015', '2026-07-01'), 'another card for the same date');
SELECT is((SELECT rate FROM wabill_rate_cards WHERE market = 'Colombia' AND category = 'marketing'), 0.02, 'it replaces the first');
SELECT is((SELECT count(*) FROM wabill_rate_cards), 25::bigint, 'nothing of the first is left over');
SELECT lives_ok(format('SELECT wabill_load_rate_card(%L, %L)', :'card_usd_0701', '2026-07-01'), 'the first card again');

-- a malformed card is refused whole: Colombia on line 5 was fine, North America on line 6 is not
SELECT throws_ok(format('SELECT wabill_load_rate_card(%L, %L)', :'card_bad', '2026-08-01'), '22P04',
	'rate card line 6: the Authentication rate "abc" of North America is not a number or n/a',
	'a malformed card is refused, naming the line and the problem');
SELECT set_eq('SELECT * FROM wabill_rate_cards', 'SELECT * FROM cards_before', 'nothing of it was loaded');
-- a 10 MB field (quoted, so the reader must gather all of it) is refused as quickly as a short
-- one: the reader is linear in a field's length, and the message quotes 64 bytes of it
SELECT throws_ok(format('SELECT wabill_load_rate_card(%L, %L)',
		replace(:'card_bad', 'abc', '"' || repeat('x', 10000000) || '"'), '2026-08-01'), '22P04',
	'rate card line 6: the Authentication rate "' || repeat('x', 64) || '..." of North America is not a number or n/a',
	'a card with a 10 MB field is refused, naming the line, quoting 64 bytes of the field');
SELECT set_eq('SELECT * FROM wabill_rate_cards', 'SELECT * FROM cards_before', 'nothing of that one was loaded either');
SELECT throws_ok($$SELECT wabill_load_rate_card(E'"preamble"\nMarket,Currency,Marketing,Utility\nColombia,$US,1,1\n', '2026-08-01')$$,
	'22P04', 'rate card line 2: the header lacks column Authentication', 'a header without a column is refused');
SELECT throws_ok($$SELECT wabill_load_rate_card(E'just,a,file\n', '2026-08-01')$$,
	'22P04', 'rate card has no header row', 'a file without a header is refused');
SELECT throws_ok(format('SELECT wabill_load_rate_card(%L, %L)', replace(:'card_usd_0701', '$US', 'XX$'), '2026-08-01'),
	'22P04', 'rate card line 7: unknown currency "XX$"', 'an unknown currency is refused');
SELECT throws_ok($$SELECT wabill_load_rate_card(E'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\n"Colombia,$US,1,1,1,1,1\n', '2026-08-01')$$,
	'22P04', 'line 2: a quoted field is not closed', 'an unclosed quote is refused');

SELECT is(wabill_load_rate_card(:'card_usd_1015', '2026-10-15'), 5, 'a card from 2026-10-15');
SELECT is(wabill_load_rate_card(:'card_eur_0701', '2026-07-01'), 5, 'a euro card: € is EUR');
SELECT is((SELECT rate FROM wabill_rate_cards WHERE currency = 'EUR' AND market = 'Colombia' AND category = 'utility'),
	0.0007, 'the euro card''s rates');

SELECT is(wabill_load_volume_tiers(:'tiers_usd', '2026-07-01'), 2, 'the tier file has 2 markets');
-- Colombia: utility 3 tiers + authentication 2; India: 2 + 2 + 2 = 11 rows
SELECT is((SELECT count(*) FROM wabill_volume_tiers), 11::bigint, 'a row per tier, empty cells skipped');
SELECT is((SELECT array_agg(tier_from || '-' || coalesce(tier_to::text, '') || ':' || rate ORDER BY tier_from)
	FROM wabill_volume_tiers WHERE market = 'India' AND category = 'authentication_international'),
	ARRAY['1-100000:0.028', '100001-:0.025'], 'thousands separators and -- for no upper bound');
SELECT throws_ok(format('SELECT wabill_load_volume_tiers(%L, %L)', :'tiers_gap', '2026-08-01'), '22P04',
	'volume tiers line 5: the Utility tier of Colombia from 1,002 does not follow the previous one',
	'a gap between tiers is refused, naming the line');
SELECT is((SELECT count(*) FROM wabill_volume_tiers), 11::bigint, 'nothing of it was loaded');

-- the check view: the cards lack most markets of the mapping, and know no unknown one
SELECT ok(EXISTS (SELECT FROM wabill_rate_card_check WHERE currency = 'USD' AND effective_from = '2026-07-01'
	AND market = 'Brazil' AND problem = 'missing from the file'), 'a market the card lacks is listed');
SELECT ok(EXISTS (SELECT FROM wabill_rate_card_check WHERE currency = 'USD' AND effective_from = '2026-07-01'
	AND mapping_from = '2026-10-01' AND market = 'Morocco'), 'also against a mapping version that starts during the card');
SELECT is((SELECT count(*) FROM wabill_rate_card_check WHERE problem = 'not in the market mapping'), 0::bigint,
	'no card market is unknown');
SELECT lives_ok($$SELECT wabill_load_rate_card(E'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\nNarnia,USD,1,1,1,1,1\n', '2027-01-01')$$,
	'a card with a renamed market loads');
SELECT ok(EXISTS (SELECT FROM wabill_rate_card_check WHERE effective_from = '2027-01-01' AND market = 'Narnia'
	AND problem = 'not in the market mapping'), 'and its unknown market is listed');
DELETE FROM wabill_rate_cards WHERE effective_from = '2027-01-01';

--------------------------------------------------------------------------
-- Categories: rules of each specificity
--------------------------------------------------------------------------

CREATE FUNCTION pg_temp.cat(op text, conn text) RETURNS text LANGUAGE sql AS
$$ SELECT wabill_template_category(true, op, conn) $$;

SELECT is(pg_temp.cat('Beta', 'wa-1'), 'marketing', 'no rule: marketing');
SELECT is(wabill_template_category(false, 'Beta', 'wa-1'), 'service', 'no template: service');
SELECT lives_ok($$SELECT wabill_set_category('utility', 'Acme Cobro')$$, 'an operation rule');
SELECT lives_ok($$SELECT wabill_set_category('authentication', connector_id => 'wa-otp')$$, 'a connector rule');
SELECT lives_ok($$SELECT wabill_set_category('marketing', 'Acme Cobro', 'wa-mkt')$$, 'an operation-and-connector rule');
SELECT lives_ok($$SELECT wabill_set_category('utility', 'Acme Ventas', 'wa-util')$$, 'another one');
SELECT lives_ok($$SELECT wabill_set_category('authentication_international', 'Beta', 'wa-intl')$$, 'and another');
SELECT is(pg_temp.cat('Acme Cobro', 'wa-1'), 'utility', 'the operation rule');
SELECT is(pg_temp.cat('Acme Cobro', 'wa-otp'), 'authentication', 'the connector rule beats the operation rule');
SELECT is(pg_temp.cat('Beta', 'wa-otp'), 'authentication', 'the connector rule for any operation');
SELECT is(pg_temp.cat('Acme Cobro', 'wa-mkt'), 'marketing', 'operation and connector beat both');
SELECT is(pg_temp.cat('Acme Ventas', 'wa-1'), 'marketing', 'other scopes are not touched');
SELECT lives_ok($$SELECT wabill_set_category('utility')$$, 'a rule for any operation and connector');
SELECT is(pg_temp.cat('Acme Ventas', 'wa-1'), 'utility', 'it applies where nothing more specific does');
SELECT is(pg_temp.cat('Acme Cobro', 'wa-otp'), 'authentication', 'and nowhere else');
SELECT lives_ok($$SELECT wabill_set_category('authentication')$$, 'setting the same scope again');
SELECT is((SELECT count(*) FROM wabill_category_rules WHERE operation IS NULL AND connector_id IS NULL), 1::bigint,
	'replaces its rule');
SELECT is(wabill_unset_category(), true, 'a rule can be removed');
SELECT is(wabill_unset_category(), false, 'removing it again finds nothing');
SELECT is(pg_temp.cat('Acme Ventas', 'wa-1'), 'marketing', 'without it: marketing again');
SELECT throws_ok($$SELECT wabill_set_category('promo', 'Beta')$$, '22023', 'unknown category "promo"',
	'an unknown category is refused');

--------------------------------------------------------------------------
-- The price of each interaction
--------------------------------------------------------------------------

SELECT lives_ok($$SELECT wabill_set_portfolio('Acme Ventas', 'Acme')$$, 'Acme Ventas in portfolio Acme');
SELECT lives_ok($$SELECT wabill_set_portfolio('Acme Cobro', 'Acme')$$, 'Acme Cobro in portfolio Acme');

-- Times are Bogota's (UTC-5), the billing time zone.  Colombian numbers
-- unless said otherwise.  Utility tiers for Colombia: 1-3 at 0.0008,
-- 4-5 at 0.0006, 6 on at 0.0004, counted per month over portfolio Acme.
INSERT INTO wabill_interactions (conn_id, session_id, date, template) VALUES
	-- utility (Acme Cobro by operation, Acme Ventas on wa-util), portfolio Acme
	('u1', '573001110001.Acme Cobro.wa-1', '2026-10-01 09:00-05', true),	-- n=1: 0.0008
	('u2', '573001110002.Acme Ventas.wa-util', '2026-10-02 09:00-05', true),	-- n=2: 0.0008
	('u3', '573001110003.Acme Cobro.wa-1', '2026-10-03 09:00-05', true),	-- n=3: 0.0008
	('u4', '573001110004.Acme Cobro.wa-1', '2026-10-16 09:00-05', true),	-- n=4: 0.0006
	('u5', '573001110005.Acme Ventas.wa-util', '2026-10-16 09:00-05', true),	-- same time, after u4 by conn_id: n=5: 0.0006
	('u6', '573001110006.Acme Cobro.wa-1', '2026-10-17 09:00-05', true),	-- n=6: 0.0004
	('u7', '573001110007.Acme Cobro.wa-1', '2026-11-02 09:00-05', true),	-- November starts again: n=1: 0.0008
	-- utility to the US (no tiers there): the card's rate; 0.0034 before 2026-10-15, 0.004 from it
	('u8', '12125550123.Acme Cobro.wa-1', '2026-10-10 09:00-05', true),	-- 0.0034
	-- marketing, either side of the card change of 2026-10-15 in Bogota
	('m1', '573001110008.Acme Ventas.wa-1', '2026-10-14 23:30-05', true),	-- 2026-10-15 04:30 UTC, still the 14th: 0.0125
	('m2', '573001110009.Acme Ventas.wa-1', '2026-10-15 00:30-05', true),	-- the new card: 0.02
	('m3', '441481123456.Beta.wa-1', '2026-10-05 09:00-05', true),	-- Guernsey, United Kingdom: 0.0529
	('m4', '12423221234.Beta.wa-1', '2026-10-05 10:00-05', true),	-- Bahamas, North America: 0.025
	('m5', '262262123456.Beta.wa-1', '2026-10-05 11:00-05', true),	-- Réunion, Other: 0.0604
	-- service: free in Colombia (0), and where the card says n/a (Other)
	('s1', '573001110010.Beta.wa-1', '2026-10-06 09:00-05', false),	-- 0
	('s2', '262262123456.Beta.wa-1', '2026-10-06 10:00-05', false),	-- n/a for service: 0
	-- authentication-international: n/a in Colombia, 0.028 (tier 1 of India)
	('i1', '573001110011.Beta.wa-intl', '2026-10-07 09:00-05', true),	-- NULL, n/a
	('i2', '919812345678.Beta.wa-intl', '2026-10-07 10:00-05', true),	-- 0.028
	-- cannot be priced
	('x1', 'not a session id', '2026-10-08 09:00-05', true),	-- malformed
	('x2', '5511912345678.Beta.wa-1', '2026-10-08 10:00-05', true);	-- Brazil is not on the card

CREATE TEMP TABLE priced AS SELECT * FROM wabill_cost_report('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'USD');

SELECT is(ARRAY(SELECT conn_id FROM priced), ARRAY(SELECT conn_id FROM wabill_report('2026-10-01 00:00-05', '2026-11-01 00:00-05')),
	'the cost report has the report''s rows in its order');
SELECT results_eq($$SELECT conn_id, market, category, unit_price, cost FROM priced ORDER BY conn_id$$,
	$$VALUES
		('i1', 'Colombia', 'authentication_international', NULL::numeric, NULL::numeric),
		('i2', 'India', 'authentication_international', 0.028, 0.028),
		('m1', 'Colombia', 'marketing', 0.0125, 0.0125),
		('m2', 'Colombia', 'marketing', 0.02, 0.02),
		('m3', 'United Kingdom', 'marketing', 0.0529, 0.0529),
		('m4', 'North America', 'marketing', 0.025, 0.025),
		('m5', 'Other', 'marketing', 0.0604, 0.0604),
		('s1', 'Colombia', 'service', 0, 0),
		('s2', 'Other', 'service', 0, 0),
		('u1', 'Colombia', 'utility', 0.0008, 0.0008),
		('u2', 'Colombia', 'utility', 0.0008, 0.0008),
		('u3', 'Colombia', 'utility', 0.0008, 0.0008),
		('u4', 'Colombia', 'utility', 0.0006, 0.0006),
		('u5', 'Colombia', 'utility', 0.0006, 0.0006),
		('u6', 'Colombia', 'utility', 0.0004, 0.0004),
		('u8', 'North America', 'utility', 0.0034, 0.0034),
		('x1', NULL, 'marketing', NULL, NULL),
		('x2', 'Brazil', 'marketing', NULL, NULL)$$,
	'every row''s market, category, unit price and cost');
SELECT is((SELECT array_agg(DISTINCT currency) FROM priced), ARRAY['USD'], 'in the currency asked for');

-- a report from the 16th still counts from the 1st: u4, u5, u6 keep 0.0006, 0.0006, 0.0004
SELECT results_eq($$SELECT conn_id, cost FROM wabill_cost_report('2026-10-16 00:00-05', '2026-10-18 00:00-05', 'USD')
	WHERE category = 'utility'$$,
	$$VALUES ('u4', 0.0006), ('u5', 0.0006), ('u6', 0.0004)$$,
	'tier positions count from the month''s start whatever the range');
SELECT results_eq($$SELECT conn_id, cost FROM wabill_cost_report('2026-10-16 00:00-05', '2026-10-18 00:00-05', 'USD',
	operation => 'Acme Ventas') WHERE category = 'utility'$$,
	$$VALUES ('u5', 0.0006)$$, 'and whatever the operation asked for: u5 is the 5th of portfolio Acme');
SELECT results_eq($$SELECT conn_id, cost FROM wabill_cost_report('2026-11-01 00:00-05', '2026-12-01 00:00-05', 'USD')$$,
	$$VALUES ('u7', 0.0008)$$, 'a new month starts at tier 1 (on the card of 2026-10-15: tiers are in force still)');

-- a portfolio of its own again: Acme Cobro's u1 u3 u4 u6 are its 1st to 4th
-- (0.0008, 0.0008, 0.0008, 0.0006), Acme Ventas's u2 u5 its 1st and 2nd (0.0008 both)
SELECT lives_ok($$SELECT wabill_set_portfolio('Acme Cobro', NULL)$$, 'Acme Cobro leaves the portfolio');
SELECT results_eq($$SELECT conn_id, cost FROM wabill_cost_report('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'USD')
	WHERE category = 'utility' AND market = 'Colombia'$$,
	$$VALUES ('u1', 0.0008), ('u2', 0.0008), ('u3', 0.0008), ('u4', 0.0008), ('u5', 0.0008), ('u6', 0.0006)$$,
	'tiers count per portfolio');
SELECT lives_ok($$SELECT wabill_set_portfolio('Acme Cobro', 'Acme')$$, 'and joins it again');

-- The count is made by the function that prices the rows as they come in
-- (date, conn_id) order.  Called again for a range of the same month (here
-- through LATERAL, which runs the same function call once per outer row), it
-- starts counting again from the month's first row: from the 16th, u4 u5 u6
-- are the 4th to 6th of portfolio Acme (0.0006, 0.0006, 0.0004); from the
-- 1st, u1 to u6 are the 1st to 6th (0.0008 three times, 0.0006 twice, 0.0004).
SELECT results_eq($$SELECT r.n, c.conn_id, c.cost
	FROM (VALUES (1, '2026-10-16 00:00-05'::timestamptz, '2026-10-18 00:00-05'::timestamptz),
		(2, '2026-10-01 00:00-05', '2026-10-18 00:00-05')) r(n, "from", "to"),
		LATERAL wabill_cost_report(r."from", r."to", 'USD') c
	WHERE c.category = 'utility' AND c.market = 'Colombia'
	ORDER BY r.n, c.date, c.conn_id$$,
	$$VALUES (1, 'u4', 0.0006), (1, 'u5', 0.0006), (1, 'u6', 0.0004),
		(2, 'u1', 0.0008), (2, 'u2', 0.0008), (2, 'u3', 0.0008), (2, 'u4', 0.0006), (2, 'u5', 0.0006),
		(2, 'u6', 0.0004)$$,
	'a second range of the same month in one query counts from the month''s start again');
-- Its result is rewritten in place for each row; whatever keeps one (a sort,
-- an aggregate) keeps that row's own values.  u1 u2 u3 alone: positions 1 to 3.
SELECT results_eq($$SELECT (x).customer_phone, (x).tier_position, (x).unit_price
	FROM (SELECT wabill_price_in_order(i.session_id, i.date, i.conn_id, i.template, 'USD', 'America/Bogota') x
		FROM (SELECT * FROM wabill_interactions WHERE conn_id IN ('u1', 'u2', 'u3') ORDER BY date, conn_id) i) s
	ORDER BY (x).customer_phone DESC$$,
	$$VALUES ('573001110003', 3::bigint, 0.0008), ('573001110002', 2::bigint, 0.0008),
		('573001110001', 1::bigint, 0.0008)$$,
	'wabill_price_in_order: values sorted afterwards are each row''s own');
SELECT results_eq($$SELECT (unnest(array_agg(x))).tier_position
	FROM (SELECT wabill_price_in_order(i.session_id, i.date, i.conn_id, i.template, 'USD', 'America/Bogota') x
		FROM (SELECT * FROM wabill_interactions WHERE conn_id IN ('u1', 'u2', 'u3') ORDER BY date, conn_id) i) s$$,
	$$VALUES (1::bigint), (2::bigint), (3::bigint)$$,
	'wabill_price_in_order: whole values in an array are each row''s own');
-- Rows out of order are never counted on from a later row: each one that
-- does not follow the row before starts the count again.
SELECT results_eq($$SELECT (x).tier_position
	FROM (SELECT wabill_price_in_order(i.session_id, i.date, i.conn_id, i.template, 'USD', 'America/Bogota') x
		FROM (SELECT * FROM wabill_interactions WHERE conn_id IN ('u1', 'u2', 'u3') ORDER BY date DESC, conn_id) i) s$$,
	$$VALUES (1::bigint), (1::bigint), (1::bigint)$$,
	'wabill_price_in_order: rows in the wrong order each start the count again');

-- two currencies: the euro card, without euro tiers (list rates)
SELECT throws_ok($$SELECT * FROM wabill_cost_report('2026-10-01', '2026-11-01')$$, '22023',
	'rate cards of several currencies are loaded', 'with two currencies loaded one must be chosen');
SELECT results_eq($$SELECT conn_id, currency, cost FROM wabill_cost_report('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'EUR')
	WHERE conn_id IN ('u1', 'u6', 'm2', 'm3') ORDER BY conn_id$$,
	$$VALUES ('m2', 'EUR', 0.0115), ('m3', 'EUR', 0.0486), ('u1', 'EUR', 0.0007), ('u6', 'EUR', 0.0007)$$,
	'in euros: no euro card from 2026-10-15, no euro tiers');
SELECT results_eq($$SELECT conn_id, currency, cost FROM wabill_cost_report('2026-10-05 00:00-05', '2026-10-06 00:00-05', '€')$$,
	$$VALUES ('m3', 'EUR', 0.0486), ('m4', 'EUR', 0.023), ('m5', 'EUR', 0.0555)$$,
	'the currency may be asked for as Meta writes it');

-- the problems view: never a silent zero
SELECT results_eq($$SELECT conn_id, problem FROM wabill_cost_problems WHERE currency = 'USD' ORDER BY conn_id$$,
	$$VALUES
		('i1', 'the USD rate card of 2026-07-01 has n/a for authentication_international in Colombia'),
		('x1', 'session ID: the session ID has no dots'),
		('x2', 'the USD rate card of 2026-07-01 has no market "Brazil"')$$,
	'rows that cannot be priced, with the reason');
SELECT is((SELECT count(*) FROM wabill_cost_problems WHERE currency = 'EUR'), 3::bigint, 'per currency');
SELECT results_eq($$SELECT conn_id, problem FROM wabill_priced_interactions('2025-06-01', '2025-07-01', 'USD') $$,
	$$SELECT NULL::text, NULL::text WHERE false$$, 'an empty range');
INSERT INTO wabill_interactions VALUES ('old', '573001110012.Beta.wa-1', '2025-06-30 12:00-05', true);
SELECT results_eq($$SELECT conn_id, cost, problem FROM wabill_priced_interactions('2025-06-01', '2025-07-01', 'USD')$$,
	$$VALUES ('old', NULL::numeric, 'no market for +573001110012 on 2025-06-30')$$, 'a date before the first mapping version has no market');
SELECT results_eq($$SELECT conn_id, cost, problem FROM wabill_priced_interactions('2026-06-01', '2026-07-01', 'USD')
	WHERE conn_id = 'old'$$, $$SELECT NULL::text, NULL::numeric, NULL::text WHERE false$$, 'outside the range: absent');
DELETE FROM wabill_interactions WHERE conn_id = 'old';

--------------------------------------------------------------------------
-- The invoice
--------------------------------------------------------------------------

-- October, USD:
--   Acme/Acme Cobro/Colombia/utility: u1 u3 u4 u6 = 0.0008 + 0.0008 + 0.0006 + 0.0004 = 0.0026
--   Acme/Acme Cobro/North America/utility: u8 = 0.0034
--   Acme/Acme Ventas/Colombia/marketing: m1 m2 = 0.0125 + 0.02 = 0.0325
--   Acme/Acme Ventas/Colombia/utility: u2 u5 = 0.0008 + 0.0006 = 0.0014
--   Beta/Beta/Brazil/marketing: x2, no price: NULL
--   Beta/Beta/Colombia/authentication_international: i1: NULL
--   Beta/Beta/Colombia/service: s1 = 0
--   Beta/Beta/India/authentication_international: i2 = 0.028
--   Beta/Beta/North America/marketing: m4 = 0.025
--   Beta/Beta/Other/marketing: m5 = 0.0604
--   Beta/Beta/Other/service: s2 = 0
--   Beta/Beta/United Kingdom/marketing: m3 = 0.0529
--   (no portfolio)/marketing: x1: NULL
SELECT results_eq($$SELECT month, portfolio, operation, market, category, currency, messages, amount
	FROM wabill_invoice('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'USD')$$,
	$$VALUES
		('2026-10-01'::date, 'Acme', 'Acme Cobro', 'Colombia', 'utility', 'USD', 4::bigint, 0.0026),
		('2026-10-01', 'Acme', 'Acme Cobro', 'North America', 'utility', 'USD', 1, 0.0034),
		('2026-10-01', 'Acme', 'Acme Ventas', 'Colombia', 'marketing', 'USD', 2, 0.0325),
		('2026-10-01', 'Acme', 'Acme Ventas', 'Colombia', 'utility', 'USD', 2, 0.0014),
		('2026-10-01', 'Beta', 'Beta', 'Brazil', 'marketing', 'USD', 1, NULL),
		('2026-10-01', 'Beta', 'Beta', 'Colombia', 'authentication_international', 'USD', 1, NULL),
		('2026-10-01', 'Beta', 'Beta', 'Colombia', 'service', 'USD', 1, 0),
		('2026-10-01', 'Beta', 'Beta', 'India', 'authentication_international', 'USD', 1, 0.028),
		('2026-10-01', 'Beta', 'Beta', 'North America', 'marketing', 'USD', 1, 0.025),
		('2026-10-01', 'Beta', 'Beta', 'Other', 'marketing', 'USD', 1, 0.0604),
		('2026-10-01', 'Beta', 'Beta', 'Other', 'service', 'USD', 1, 0),
		('2026-10-01', 'Beta', 'Beta', 'United Kingdom', 'marketing', 'USD', 1, 0.0529),
		('2026-10-01', NULL, NULL, NULL, 'marketing', 'USD', 1, NULL)$$,
	'the October invoice');
-- its priced total: 0.0026 + 0.0034 + 0.0325 + 0.0014 + 0.028 + 0.025 + 0.0604 + 0.0529 = 0.2062
SELECT is((SELECT sum(amount) FROM wabill_invoice('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'USD')), 0.2062,
	'the invoice''s priced total');
SELECT is((SELECT sum(cost) FROM priced), 0.2062, 'equals the cost report''s');
SELECT is((SELECT sum(amount) FROM wabill_invoice('2026-10-01 00:00-05', '2026-12-01 00:00-05', 'USD')), 0.2070,
	'two months: 0.2062 + 0.0008 for u7');

--------------------------------------------------------------------------
-- Tenants: their own costs, at the same price
--------------------------------------------------------------------------

CREATE ROLE wabill_price_tenant;
CREATE ROLE wabill_price_nobody;
GRANT USAGE ON SCHEMA public TO wabill_price_tenant, wabill_price_nobody;
SELECT wabill_grant_operation('wabill_price_tenant', 'Acme Ventas');

SET LOCAL ROLE wabill_price_tenant;
-- u5 is the 5th utility message of portfolio Acme although the tenant sees only u2 and u5: 0.0006
SELECT results_eq($$SELECT conn_id, operation, cost FROM wabill_cost_report('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'USD')$$,
	$$VALUES ('u2', 'Acme Ventas', 0.0008), ('m1', 'Acme Ventas', 0.0125), ('m2', 'Acme Ventas', 0.02), ('u5', 'Acme Ventas', 0.0006)$$,
	'a tenant sees its own operations'' costs, priced as for the owner');
SELECT results_eq($$SELECT operation, market, category, messages, amount FROM wabill_invoice('2026-10-01 00:00-05', '2026-11-01 00:00-05', 'USD')$$,
	$$VALUES ('Acme Ventas', 'Colombia', 'marketing', 2::bigint, 0.0325), ('Acme Ventas', 'Colombia', 'utility', 2, 0.0014)$$,
	'and its own invoice lines');
SELECT is((SELECT count(*) FROM wabill_cost_problems), 0::bigint, 'and none of the others'' problems');
SELECT is((SELECT array_agg(conn_id ORDER BY conn_id) FROM wabill_price_rows_for('2026-10-01', '2026-11-01', 'USD')),
	ARRAY['m1', 'm2', 'u2', 'u5'], 'the counting function called directly returns only its rows too');
SELECT throws_ok($$SELECT * FROM wabill_category_rules$$, '42501', NULL, 'nor read the category rules (operation names)');
RESET ROLE;

SET LOCAL ROLE wabill_price_nobody;
SELECT throws_ok($$SELECT * FROM wabill_price_rows_for('2026-10-01', '2026-11-01', 'USD')$$, '42501', NULL,
	'a role granted nothing cannot run the SECURITY DEFINER function');
RESET ROLE;

SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'wabill_price_rows_for'::regproc), true, 'the counting path is SECURITY DEFINER');
SELECT ok((SELECT proconfig FROM pg_proc WHERE oid = 'wabill_price_rows_for'::regproc) @> ARRAY['search_path=pg_catalog, pg_temp'],
	'with a safe search_path');
SELECT ok(NOT has_function_privilege('public', 'wabill_price_rows_for(timestamptz, timestamptz, text, bigint)', 'EXECUTE'),
	'and no EXECUTE for PUBLIC');

SELECT * FROM finish();
ROLLBACK;
