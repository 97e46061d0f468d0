-- wolkvox's data as it comes: recorded API responses (two days, an error
-- envelope, an empty answer), a Manager export with its upper-case headers,
-- and the audit of where the source's DESTINY and CUSTOMER_PHONE disagree
-- with wabill's derivation.  Files are in test/data/wolkvox; every expected
-- value below was worked out by hand from those files.
BEGIN;
SELECT * FROM no_plan();
-- wolkvox writes Colombian local time without a zone.
SET LOCAL TimeZone = 'America/Bogota';

\set day1 `cat test/data/wolkvox/api_2026-10-01.json`
\set day2 `cat test/data/wolkvox/api_2026-10-02.json`
\set token_error `cat test/data/wolkvox/api_error_token.json`
\set empty `cat test/data/wolkvox/api_empty.json`

-- API responses --------------------------------------------------------

SELECT is(wabill_load_wolkvox(:'day1'), 4::bigint, 'day 1: four new records');
SELECT is(wabill_load_wolkvox(:'day1'), 0::bigint, 'day 1 again: nothing new');
-- Day 2 repeats W-1004 (23:59:59 of day 1) in the other date format.
SELECT is(wabill_load_wolkvox(:'day2'), 3::bigint, 'day 2: three new, the repeated W-1004 skipped');
SELECT is((SELECT count(*) FROM wabill_interactions), 7::bigint, 'seven records stored');
SELECT is(wabill_load_wolkvox(:'empty'), 0::bigint, 'an empty data array loads nothing');
SELECT throws_ok(format('SELECT wabill_load_wolkvox(%L)', :'token_error'), '22000',
	'wolkvox answered code 403: PLEASE VALIDATE TOKEN',
	'an error envelope is refused with wolkvox''s own message');
SELECT is((SELECT count(*) FROM wabill_interactions), 7::bigint, 'and loads nothing');
SELECT is(wabill_load_wolkvox(NULL), NULL, 'NULL in, NULL out');

-- Both date formats are local times in the session's zone (UTC-5).
SELECT results_eq(
	$$SELECT conn_id, date FROM wabill_interactions WHERE conn_id IN ('W-1001', 'W-1004', 'W-1005') ORDER BY 1$$,
	$$VALUES ('W-1001'::text, '2026-10-01 13:15:00+00'::timestamptz),
		('W-1004', '2026-10-02 04:59:59+00'), ('W-1005', '2026-10-02 05:00:00+00')$$,
	'YYYY-MM-DD HH:MM:SS and YYYYmmddHHiiss, read in America/Bogota');
SELECT results_eq(
	$$SELECT conn_id, template, recorded_customer_phone, recorded_destiny FROM wabill_interactions
		WHERE conn_id IN ('W-1003', 'W-1004', 'W-1007') ORDER BY 1$$,
	$$VALUES ('W-1003'::text, true, NULL::text, 'Estados Unidos'::text),
		('W-1004', false, NULL, 'Perú'), ('W-1007', true, '3104567890', 'col')$$,
	'template yes/no, and the source''s CUSTOMER_PHONE and DESTINY as recorded (not those equal to the session ID''s digits)');
SELECT results_eq(
	$$SELECT conn_id, customer_phone, destiny FROM wabill_report('2026-10-01', '2026-10-03')
		WHERE conn_id IN ('W-1003', 'W-1007') ORDER BY 1$$,
	$$VALUES ('W-1003'::text, '17875551234'::text, 'PR'::text), ('W-1007', '573104567890', 'CO')$$,
	'the report shows wabill''s derivation, not the source''s');

-- malformed responses
SELECT throws_ok($$SELECT wabill_load_wolkvox('[]')$$, '22023', 'wolkvox response is not a JSON object',
	'an array is not a response');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "msg": "OK"}')$$, '22023',
	'wolkvox response has no data array', 'a success without data is refused, not taken as empty');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"error": "boom"}')$$, '22000',
	'wolkvox answered code (none): boom', 'no code at all is an error envelope too');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "Z1",
	"session_id": "573001234567.Acme Ventas.wa-acme", "date": "01/10/2026 08:00", "template": "yes"}]}')$$,
	'22007', 'invalid wolkvox date for conn_id Z1: "01/10/2026 08:00"', 'another date format is refused, naming the record');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "Z2",
	"session_id": "573001234567.Acme Ventas.wa-acme", "date": "20261301080000", "template": "yes"}]}')$$,
	'22008', 'invalid wolkvox date for conn_id Z2: "20261301080000"', 'month 13 is refused');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "Z3",
	"session_id": "573001234567.Acme Ventas.wa-acme", "date": "2026-10-01 08:00:00"}]}')$$,
	'23502', 'conn_id, session_id, date and template are required', 'the common rules apply: template is required');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "W-1001",
	"session_id": "573001234567.Acme Ventas.wa-acme", "date": "2026-10-01 08:16:00", "template": "yes"}]}')$$,
	'23505', 'conn_id W-1001 is already stored with different data', 'and a conn_id stored with other data is refused');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": ["W-1"]}')$$, '22023',
	'wolkvox response has a data row that is not a JSON object', 'a row must be an object');

-- The Manager export -------------------------------------------------

\copy wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny) FROM 'test/data/wolkvox/manager_2026-10-03.csv' WITH (FORMAT csv, HEADER)
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id LIKE 'M-%'), 11::bigint,
	'the Manager export loads with one \copy: eleven records');
\copy wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny) FROM 'test/data/wolkvox/manager_2026-10-03.csv' WITH (FORMAT csv, HEADER)
SELECT is((SELECT count(*) FROM wabill_interactions), 18::bigint, 'loading it again adds nothing');
SELECT results_eq(
	$$SELECT conn_id, date, recorded_customer_phone, recorded_destiny FROM wabill_interactions
		WHERE conn_id IN ('M-2002', 'M-2011') ORDER BY 1$$,
	$$VALUES ('M-2002'::text, '2026-10-03 14:00:00+00'::timestamptz, '+34 612 34 56 78'::text, 'España'::text),
		('M-2011', '2026-10-03 23:00:00+00', NULL, NULL)$$,
	'kept as written, UTF-8 included; empty cells are not recorded');

-- An export with the API's compact dates: the README's staging recipe.
CREATE TEMP TABLE manager (conn_id text, session_id text, date text, customer_phone text, template text, destiny text);
COPY manager FROM STDIN WITH (FORMAT csv, HEADER);
CONN_ID,SESSION_ID,DATE,CUSTOMER_PHONE,TEMPLATE,DESTINY
M-3001,573001234567.Acme Ventas.wa-acme,20261004071500,573001234567,yes,COLOMBIA
\.
INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	SELECT conn_id, session_id, wabill_wolkvox_timestamp(date, conn_id), customer_phone, template, destiny FROM manager;
SELECT results_eq($$SELECT date, recorded_destiny FROM wabill_interactions WHERE conn_id = 'M-3001'$$,
	$$VALUES ('2026-10-04 12:15:00+00'::timestamptz, 'COLOMBIA'::text)$$,
	'a Manager export with YYYYmmddHHiiss dates loads through a staging table');
DELETE FROM wabill_interactions WHERE conn_id = 'M-3001';

-- A raw export loaded first lacks the source's values; the Manager's export
-- of the same records brings them, without changing anything else.
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
	VALUES ('R-1', '573001234567.Acme Ventas.wa-acme', '2026-10-04 08:00', 'yes');
INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('R-1', '573001234567.Acme Ventas.wa-acme', '2026-10-04 08:00', '+57 300 123 4567', 'yes', 'Colombia');
INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('R-1', '573001234567.Acme Ventas.wa-acme', '2026-10-04 08:00', '999', 'yes', 'Narnia');
SELECT results_eq(
	$$SELECT recorded_customer_phone, recorded_destiny FROM wabill_interactions WHERE conn_id = 'R-1'$$,
	$$VALUES ('+57 300 123 4567'::text, 'Colombia'::text)$$,
	'a later load fills in what was not recorded, and never overwrites what was');
DELETE FROM wabill_interactions WHERE conn_id = 'R-1';

-- wabill's own export re-loaded: its CUSTOMER_PHONE and DESTINY are wabill's
-- derivation (573001234567 and CO, worked out from the session ID), not the
-- source's, so they are not recorded, and the source's values loaded later
-- still are (and are audited).
INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('E-1', '573001234567.Acme Ventas.wa-acme', '2026-10-04 08:00', '573001234567', 'yes', 'CO'),
		('E-2', '17875551234.Acme Ventas.wa-acme', '2026-10-04 09:00', ' 17875551234 ', 'no', 'PR');
SELECT results_eq(
	$$SELECT conn_id, recorded_customer_phone, recorded_destiny FROM wabill_interactions
		WHERE conn_id IN ('E-1', 'E-2') ORDER BY 1$$,
	$$VALUES ('E-1'::text, NULL::text, NULL::text), ('E-2', NULL, NULL)$$,
	'values identical to wabill''s own derivation are not recorded as the source''s');
INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('E-2', '17875551234.Acme Ventas.wa-acme', '2026-10-04 09:00', '7875551234', 'no', 'Estados Unidos');
SELECT results_eq(
	$$SELECT conn_id, field, source_value, wabill_value FROM wabill_source_disagreements
		WHERE conn_id IN ('E-1', 'E-2') ORDER BY 1, 2$$,
	$$VALUES ('E-2'::text, 'customer_phone'::text, '7875551234'::text, '17875551234'::text),
		('E-2', 'destiny', 'Estados Unidos', 'PR')$$,
	'so the source''s real values, loaded after the export, are still recorded and audited');
DELETE FROM wabill_interactions WHERE conn_id IN ('E-1', 'E-2');

-- The audit ------------------------------------------------------------

-- Planted: W-1003 (a Puerto Rico number the source calls the United States),
-- W-1006 (Dominican Republic, "usa"), M-2003 (Canada, "EE. UU."), M-2004
-- (a Colombian number, "Venezuela"), M-2010 (a typo); W-1007 (the number
-- without its calling code) and M-2007 (other digits).  Everything else is
-- the same country or number spelled another way: CO, Estados Unidos, Perú,
-- MEXICO, col, Venezuela, España, Puerto Rico, USA, united states, México,
-- PERU; +34 612 34 56 78, 521 33 1234 5678, 0051944678645.
SELECT results_eq(
	$$SELECT conn_id, field, source_value, source_reading, wabill_value
		FROM wabill_source_disagreements ORDER BY conn_id, field$$,
	$$VALUES
		('M-2003'::text, 'destiny'::text, 'EE. UU.'::text, 'US'::text, 'CA'::text),
		('M-2004', 'destiny', 'Venezuela', 'VE', 'CO'),
		('M-2007', 'customer_phone', '12125550199', '+12125550199', '12125550123'),
		('M-2010', 'destiny', 'Colombai', NULL, 'CO'),
		('W-1003', 'destiny', 'Estados Unidos', 'US', 'PR'),
		('W-1006', 'destiny', 'usa', 'US', 'DO'),
		-- read as an international number, 31 04567890 is Dutch, and the
		-- Dutch trunk prefix 0 is dropped as libphonenumber drops it
		('W-1007', 'customer_phone', '3104567890', '+314567890', '573104567890')$$,
	'the audit finds the seven planted disagreements and nothing else');
SELECT is(
	(SELECT reason FROM wabill_source_disagreements WHERE conn_id = 'W-1003'),
	'the source says United States (US), but +17875551234 is a Puerto Rico (PR) number, in Meta''s market Rest of Latin America',
	'the reason names both countries and the market Meta bills the number in');
SELECT is(
	(SELECT reason FROM wabill_source_disagreements WHERE conn_id = 'M-2003'),
	'the source says United States (US), but +14165550123 is a Canada (CA) number, in Meta''s market North America',
	'Canada is North America''s market too: the market says so');
SELECT is(
	(SELECT reason FROM wabill_source_disagreements WHERE conn_id = 'M-2010'),
	'wabill does not recognise "Colombai" as a country',
	'an unknown spelling says so');
SELECT is(
	(SELECT reason FROM wabill_source_disagreements WHERE conn_id = 'W-1007'),
	'the source''s number lacks the calling code +57 of the session ID''s 573104567890',
	'a number without its calling code says so');
SELECT is(
	(SELECT reason FROM wabill_source_disagreements WHERE conn_id = 'M-2007'),
	'the source''s number is not the session ID''s 12125550123',
	'other digits say so');
SELECT results_eq(
	$$SELECT DISTINCT operation FROM wabill_source_disagreements ORDER BY 1$$,
	$$VALUES ('Acme Ventas'::text), ('Beta Cobranzas')$$,
	'each row carries its operation, for slicing');

-- A malformed session ID: the source's values are compared with nothing.
INSERT INTO wabill_billing_report (conn_id, session_id, date, customer_phone, template, destiny)
	VALUES ('X-1', '573001234567..wa-acme', '2026-10-05 08:00', '573001234567', 'yes', 'CO');
SELECT results_eq(
	$$SELECT field, wabill_value, reason FROM wabill_source_disagreements WHERE conn_id = 'X-1' ORDER BY field$$,
	$$VALUES ('customer_phone'::text, NULL::text,
			'the session ID is malformed (the operation is empty), so wabill has no number to compare'::text),
		('destiny', NULL, 'the source says Colombia (CO), wabill derives no country: the operation is empty')$$,
	'a malformed session ID is a disagreement with the reason');
DELETE FROM wabill_interactions WHERE conn_id = 'X-1';

-- Tenants see their own operations' disagreements only.
CREATE ROLE wabill_sources_beta;
GRANT USAGE ON SCHEMA public TO wabill_sources_beta;
SELECT wabill_grant_operation('wabill_sources_beta', 'Beta Cobranzas');
SET LOCAL ROLE wabill_sources_beta;
CREATE TEMP TABLE beta_sees AS SELECT conn_id FROM wabill_source_disagreements;
RESET ROLE;
SELECT results_eq('SELECT conn_id FROM beta_sees ORDER BY 1', $$VALUES ('M-2003'::text), ('M-2004')$$,
	'a tenant reads its own operation''s disagreements, through the grant of wabill_grant_operation');

SELECT * FROM finish();
ROLLBACK;
