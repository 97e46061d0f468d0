-- Meta's figures loaded through both forms are one set of rows: the edge's
-- answer has no account id, so the caller gives it; countries are stored
-- upper-case.  A negative cost is refused.  Error DETAILs are full sentences.
BEGIN;
SELECT * FROM no_plan();

-- The same data point through the field expansion (with id) and the edge.
SELECT is(wabill_load_meta_pricing('{"pricing_analytics": {"data": [{"data_points": [
	{"start": 1790812800, "end": 1790899200, "country": "CO", "pricing_category": "MARKETING",
	 "pricing_type": "REGULAR", "volume": 10, "cost": 0.5}]}]}, "id": "111"}'), 1::bigint,
	'the field expansion loads one data point');
SELECT is(wabill_load_meta_pricing('{"data": [{"data_points": [
	{"start": 1790812800, "end": 1790899200, "country": "co", "pricing_category": "MARKETING",
	 "pricing_type": "REGULAR", "volume": 10, "cost": 0.5}]}]}', waba_id => '111'), 0::bigint,
	'the edge''s answer of the same account, with a lower-case country, is the same row');
SELECT results_eq($$SELECT waba_id, country, volume FROM wabill_meta_pricing$$,
	$$VALUES ('111'::text, 'CO'::text, 10::bigint)$$, 'stored once, country upper-case');
SELECT is((SELECT sum(meta_volume) FROM wabill_meta_reconciliation('2026-10-01', '2026-11-01')
		WHERE country = 'CO' AND category = 'marketing'), 10::numeric,
	'so the reconciliation counts Meta''s 10 messages once');
SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [], "id": "111"}', '222')$$, '22023',
	'pricing_analytics response is of account 111, not 222', 'an id and an argument that disagree are refused');
SELECT is(wabill_load_meta_pricing(NULL, '111'), NULL, 'NULL response in, NULL out');

-- Volumes near the loader's limit (18 digits): ten of them sum past
-- bigint's range, and the reconciliation sums as numeric, never overflowing.
SELECT is(wabill_load_meta_pricing(jsonb_build_object('data', jsonb_build_array(jsonb_build_object(
	'data_points', (SELECT jsonb_agg(jsonb_build_object('start', 1790899200, 'end', 1790985600,
		'country', 'MX', 'pricing_category', 'UTILITY', 'pricing_type', 'REGULAR',
		'phone_number', i::text, 'volume', 999999999999999999, 'cost', 0)) FROM generate_series(1, 10) i)))),
	'111'), 10::bigint, 'ten data points of 999 999 999 999 999 999 messages each');
SELECT is((SELECT meta_volume FROM wabill_meta_reconciliation('2026-10-01', '2026-11-01')
		WHERE country = 'MX'), 9999999999999999990::numeric,
	'the reconciliation sums them without overflowing');

SELECT throws_ok($$SELECT wabill_load_meta_pricing('{"data": [{"data_points": [{"start": 1, "end": 2, "cost": -0.01}]}]}')$$,
	'22023', NULL, 'a negative cost is refused');

-- DETAILs are sentences: a capital first letter, a final period.
CREATE TEMP TABLE details (what text, detail text);
DO $$
DECLARE d text;
BEGIN
	BEGIN
		PERFORM wabill_load_wolkvox('{"code": "403", "error": "PLEASE VALIDATE TOKEN", "msg": "denied"}');
	EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
		INSERT INTO details VALUES ('wolkvox', d);
	END;
	BEGIN
		PERFORM wabill_load_meta_pricing('{"error": {"message": "bad token", "type": "OAuthException", "code": 190}}');
	EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
		INSERT INTO details VALUES ('graph', d);
	END;
	BEGIN
		PERFORM wabill_load_meta_pricing('{"data": [{"data_points": [{"start": 2, "end": 1}]}]}');
	EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
		INSERT INTO details VALUES ('point', d);
	END;
END $$;
SELECT results_eq('SELECT what, detail FROM details ORDER BY what',
	$$VALUES ('graph'::text, 'The error''s type is OAuthException and its code is 190. Nothing was loaded.'::text),
		('point', 'A data point needs start and end as Unix seconds with start before end, volume as a whole number and cost as a number that is not negative. Nothing was loaded.'),
		('wolkvox', 'Its error field is PLEASE VALIDATE TOKEN and its msg field is denied. Nothing was loaded.')$$,
	'the DETAILs of refused responses are full sentences');

SELECT * FROM finish();
ROLLBACK;
