-- Error messages quote at most a bounded prefix of a value (issue 14): a
-- 10 MB argument must not put 10 MB into the server log and the client.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

-- The error a statement raises: its SQLSTATE, message and detail.
CREATE FUNCTION pg_temp.error_of(query text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE query;
	state := 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
END $$;

-- Each message and its detail stay under 300 bytes whatever the input, and
-- still show the start of the value.
CREATE TEMP TABLE cases (label text, query text, state text, shows text);
INSERT INTO cases VALUES
	('wabill_country_name with a 10 MB language',
		$$SELECT wabill_country_name('CO', repeat('x', 10000000))$$, '22023', 'xxxxxxxxxxxxxxxxxxxx'),
	('wabill_parse_session with a 10 MB ID',
		$$SELECT * FROM wabill_parse_session(repeat('7', 10000000))$$, '22P02', '77777777777777777777'),
	('loading: a 10 MB conn_id lacking a field',
		$$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
		VALUES (repeat('c', 10000000), NULL, '2026-10-01', 'yes')$$, '23502', 'cccccccccccccccccccc'),
	('loading: a 10 MB template for a 10 MB conn_id',
		$$INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
		VALUES (repeat('c', 10000000), '573001234567.Acme.wa-1', '2026-10-01', repeat('y', 10000000))$$, '22P02', 'yyyyyyyyyyyyyyyyyyyy'),
	('a wolkvox date of 10 MB',
		$$SELECT wabill_wolkvox_timestamp(repeat('9', 10000000), repeat('c', 10000000))$$, '22007', '99999999999999999999'),
	('a wolkvox error answer of 10 MB',
		$$SELECT wabill_load_wolkvox(jsonb_build_object('code', '500', 'error', repeat('e', 10000000), 'msg', repeat('m', 10000000)))$$,
		'22000', 'eeeeeeeeeeeeeeeeeeee'),
	('a Graph API error of 10 MB',
		$$SELECT wabill_load_meta_pricing(jsonb_build_object('error',
			jsonb_build_object('message', repeat('g', 10000000), 'type', repeat('t', 10000000), 'code', 1)))$$,
		'22000', 'gggggggggggggggggggg'),
	('a pricing_analytics data point of 10 MB',
		$$SELECT wabill_load_meta_pricing(jsonb_build_object('data', jsonb_build_array(jsonb_build_object('data_points',
			jsonb_build_array(jsonb_build_object('start', 'x', 'pad', repeat('p', 10000000)))))))$$,
		'22023', 'pppppppppppppppppppp'),
	('a rate card with a 20 000-byte currency (its CSV reader is slow on larger fields)',
		$$SELECT wabill_load_rate_card(E'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\n'
			|| 'Colombia,' || repeat('Q', 20000) || E',0.01,0.001,0.001,n/a,0\n', '2026-07-01')$$,
		'22P04', 'QQQQQQQQQQQQQQQQQQQQ'),
	('a category of 10 MB',
		$$SELECT wabill_set_category(repeat('k', 10000000))$$, '22023', 'kkkkkkkkkkkkkkkkkkkk');

CREATE TEMP TABLE got AS
	SELECT c.label, c.state AS expected_state, c.shows, e.* FROM cases c, pg_temp.error_of(c.query) e;
SELECT is(state, expected_state, label || ': SQLSTATE ' || expected_state) FROM got ORDER BY label;
SELECT cmp_ok(octet_length(message) + coalesce(octet_length(detail), 0), '<', 300,
	label || ': message and detail under 300 bytes')
FROM got ORDER BY label;
SELECT ok(position(shows IN message || coalesce(detail, '')) > 0, label || ': the start of the value is quoted')
FROM got ORDER BY label;

-- The issue's case, through the documented loading path: a conn_id loaded
-- again with another 10 MB session ID; the DETAIL used to print both IDs.
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
VALUES ('dup-1', '573001234567.Acme.wa-' || repeat('s', 10000000), '2026-10-01 10:00', 'yes');
CREATE TEMP TABLE dup AS SELECT * FROM pg_temp.error_of($$
	INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('dup-1', '573001234567.Acme.wa-' || repeat('t', 10000000), '2026-10-01 10:00', 'yes')$$);
SELECT is((SELECT state FROM dup), '23505', 'a conn_id loaded again with another session ID: 23505');
SELECT is((SELECT message FROM dup), 'conn_id dup-1 is already stored with different data', 'the message names the conn_id');
SELECT is((SELECT detail FROM dup),
	'Stored: 573001234567.Acme.wa-' || repeat('s', 64 - 21) || '..., 2026-10-01 10:00:00+00, t. '
	|| 'Loaded: 573001234567.Acme.wa-' || repeat('t', 64 - 21) || '..., 2026-10-01 10:00:00+00, t.',
	'the DETAIL quotes 64 bytes of each session ID');

-- The helper every message uses (wabill_quotable_value), by hand: 64 bytes, cut at a character
-- boundary, then "...".  'é' is 2 bytes in UTF-8.
SELECT is(wabill_quotable_value(repeat('x', 64)), repeat('x', 64), '64 bytes are quoted whole');
SELECT is(wabill_quotable_value(repeat('x', 65)), repeat('x', 64) || '...', '65 bytes: the first 64 and "..."');
SELECT is(wabill_quotable_value(repeat('é', 40)), repeat('é', 32) || '...', '40 two-byte characters: the first 32');
SELECT is(wabill_quotable_value('a' || repeat('é', 40)), 'a' || repeat('é', 31) || '...',
	'a cut never splits a character: 63 bytes rather than half of one');
SELECT is(wabill_quotable_value(repeat('x', 10000000)), repeat('x', 64) || '...', '10 MB: 67 bytes');
SELECT is(wabill_quotable_value(NULL), NULL, 'NULL');

SELECT * FROM finish();
ROLLBACK;
