-- Session IDs and phone numbers: the rules of the SQL reference.
BEGIN;
SELECT * FROM no_plan();

-- well-formed session IDs
SELECT is(wabill_session_phone('573001234567.Acme.wa-1'), '573001234567', 'phone');
SELECT is(wabill_session_phone('+573001234567.Acme.wa-1'), '573001234567', 'phone without its +');
SELECT is(wabill_session_operation('57.Acme S.A. de C.V..wa-1'), 'Acme S.A. de C.V.', 'operation keeps inner dots and spaces');
SELECT is(wabill_session_operation('57.Operación ñ 日本.wa-1'), 'Operación ñ 日本', 'operation keeps any UTF-8');
SELECT is(wabill_session_connector('57.a.b.c.d'), 'd', 'connector after the last dot');
SELECT is(wabill_session_operation('57.a.b.c.d'), 'a.b.c', 'operation between first and last dot');
SELECT is(wabill_session_phone(E' \t573001234567.Acme.wa-1\n '), '573001234567', 'whitespace around the ID is ignored');
SELECT is(wabill_session_problem('573001234567.Acme.wa-1'), NULL, 'no problem for a well-formed ID');

-- malformed: lenient functions give NULL, problem says why (the catalogue
-- of malformed session IDs, test/data/malformed_session_ids.tsv, shared with
-- pg_regress, 08_bad_input, the unit tests and the fuzz corpus)
CREATE TEMP TABLE malformed (label text, session_id text, problem text);
\copy malformed FROM 'test/data/malformed_session_ids.tsv' WITH (FORMAT text, HEADER)
SELECT ok(wabill_session_phone(session_id) IS NULL AND wabill_session_operation(session_id) IS NULL
		AND wabill_session_connector(session_id) IS NULL,
	'phone, operation and connector of malformed ' || label || ' are NULL')
FROM malformed ORDER BY label;
SELECT is(wabill_session_problem(session_id), problem, 'problem of ' || label)
FROM malformed ORDER BY label;
SELECT cmp_ok((SELECT count(*) FROM malformed), '>=', 40::bigint, 'the catalogue of malformed session IDs is read');

-- the strict form
SELECT results_eq($$SELECT * FROM wabill_parse_session('573001234567.Acme.wa-1')$$,
	$$VALUES ('573001234567'::text, 'Acme'::text, 'wa-1'::text)$$, 'wabill_parse_session splits');
SELECT throws_ok($$SELECT * FROM wabill_parse_session('57..c')$$, '22P02',
	'invalid input syntax for WhatsApp session ID: "57..c"', 'strict form raises 22P02 naming the value');
SELECT throws_ok($$SELECT * FROM wabill_parse_session(repeat('x', 10000))$$, '22P02',
	'invalid input syntax for WhatsApp session ID: "' || repeat('x', 64) || '..."',
	'a long value is cut in the message');

-- a CHECK constraint can use the problem function
CREATE TEMP TABLE checked (session_id text CHECK (wabill_session_problem(session_id) IS NULL));
SELECT lives_ok($$INSERT INTO checked VALUES ('57.a.b')$$, 'CHECK accepts a good ID');
SELECT throws_ok($$INSERT INTO checked VALUES ('57..b')$$, '23514', NULL, 'CHECK rejects a bad ID');

-- phones: spellings
SELECT is(wabill_phone_e164(p), '+573001234567', 'e164 of ' || quote_literal(p))
FROM unnest(ARRAY['573001234567', '+573001234567', '00573001234567', '+57 300 123 4567',
	'(+57) 300-123-4567', '57.300.123.4567', '57/300/123/4567', ' 0057-300-1234567 ']) p;
SELECT is(wabill_phone_e164(p), NULL, 'e164 of bad ' || quote_literal(p) || ' is NULL')
FROM unnest(ARRAY['', '+', '00', '++573001234567', '57+3001234567', '573001234567x', '＋573001234567',
	'５７３００１２３４５６７', '٥٧٣٠٠١٢３４５６７', '1234567890123456789', '0573001234567', '2800123456',
	'5730', 'abc', repeat('5', 10000)]) p;
SELECT is(wabill_phone_calling_code('+1 212 555 0123'), 1, 'calling code 1');
SELECT is(wabill_phone_calling_code('573001234567'), 57, 'calling code 57');
SELECT is(wabill_phone_calling_code('5215512345678'), 52, 'calling code 52');
SELECT is(wabill_phone_calling_code('88213012345'), 882, 'calling code 882');
SELECT is(wabill_phone_country('5215512345678'), 'MX', 'WhatsApp''s Mexican 521 IDs are Mexico');

-- libphonenumber's length: up to 17 digits after the calling code, more than
-- E.164's 15 in all, as valid toll-free numbers have
SELECT is(wabill_phone_country('+234 800429-6800285'), 'NG', 'a 13-digit Nigerian toll-free number is Nigeria');
SELECT is(wabill_phone_e164('+234 800429-6800285'), '+2348004296800285', 'and has its 16-digit E.164 form');
SELECT is(wabill_phone_country('+81 00782057472501'), 'JP', 'a 14-digit Japanese toll-free number is Japan');
SELECT is(wabill_phone_e164('+81 00782057472501'), '+8100782057472501', 'with its leading zeros');
SELECT is(wabill_phone_country('+49 80016590575399'), 'DE', 'a 14-digit German toll-free number is Germany');
SELECT is(wabill_phone_calling_code('+49 80016590575399'), 49, 'calling code 49');
SELECT is(wabill_phone_country('+1 212 555 0123 456 789'), 'US', '16 digits after +1: longer than any, still the code''s country');
SELECT is(wabill_phone_e164('+52 1 55 1234 5678 9012 34'), '+5215512345678901234', '17 digits after +52 are read');
SELECT is(wabill_phone_e164('+52 1 55 1234 5678 9012 345'), NULL, '18 digits after +52 are too many');
SELECT is(wabill_phone_problem('+52 1 55 1234 5678 9012 345'), 'the number has more than 17 digits after its calling code',
	'and the problem says so');
SELECT is(wabill_phone_e164(repeat('1', 21)), NULL, '21 digits are too many for any calling code');
SELECT is(wabill_session_phone('+2348004296800285.Acme.wa-1'), '2348004296800285', 'a session ID with a 16-digit phone');
SELECT is(wabill_session_country('+2348004296800285.Acme.wa-1'), 'NG', 'and its country');
SELECT is(wabill_session_country('4980016590575399.Acme.wa-1'), 'DE', 'a German toll-free session ID');
SELECT is(wabill_session_phone('12345678901234567890.Acme.wa-1'), '12345678901234567890', 'a 20-digit phone is well formed');
SELECT is(wabill_session_problem('123456789012345678901.Acme.wa-1'), 'the customer phone has more than 20 digits',
	'a 21-digit phone is not');

-- non-geographic codes: E.164 yes, country no
SELECT is(wabill_phone_country(p), NULL, 'no country for non-geographic ' || p)
FROM unnest(ARRAY['80012345678', '80812345678', '870301234567', '878101234567890', '881612345678',
	'882130123456', '883510012345', '888123456789', '979123456789']) p;
SELECT isnt(wabill_phone_e164(p), NULL, 'E.164 for non-geographic ' || p)
FROM unnest(ARRAY['80012345678', '882130123456']) p;

-- every shared calling code (examples of libphonenumber's metadata)
SELECT is(wabill_phone_country(p), c, p || ' is ' || c)
FROM (VALUES ('12015550123', 'US'), ('12042345678', 'CA'), ('18092345678', 'DO'),
	('17872345678', 'PR'), ('18762101234', 'JM'), ('12462345678', 'BB'),
	('79123456789', 'RU'), ('77123456789', 'KZ'),
	('447400123456', 'GB'), ('447781123456', 'GG'), ('441624756789', 'IM'), ('447924123456', 'GB'), ('447797712345', 'JE'),
	('390212345678', 'IT'), ('390669812345', 'VA'),
	('4741234567', 'NO'), ('4779123456', 'SJ'),
	('61412345678', 'AU'), ('61891621234', 'CC'), ('61891641234', 'CX'),
	('212650123456', 'MA'), ('212528819999', 'MA'),
	('262692123456', 'RE'), ('262639012345', 'YT'),
	('2902659', 'SH'), ('2908001', 'TA'),
	('358412345678', 'FI'), ('358181234567', 'AX'),
	('590690001234', 'GP'), ('590590271234', 'BL'), ('590590078128', 'MF'),
	('5999512345', 'CW'), ('5997151234', 'BQ')) AS t(p, c);
-- numbers no region of a shared code accepts go to the main country
SELECT is(wabill_phone_country(p), c, p || ' falls back to ' || c)
FROM (VALUES ('10000000000', 'US'), ('70000000000', 'RU'), ('440000000000', 'GB'),
	('610000000000', 'AU'), ('3580000000', 'FI')) AS t(p, c);

-- NULL in, NULL out
SELECT is(wabill_phone_e164(NULL), NULL, 'e164(NULL)');
SELECT is(wabill_phone_country(NULL), NULL, 'country(NULL)');
SELECT is(wabill_phone_calling_code(NULL), NULL, 'calling_code(NULL)');

-- country names
SELECT is(wabill_country_name('CO'), 'Colombia', 'CO in English');
SELECT is(wabill_country_name('US', 'es'), 'Estados Unidos', 'US in Spanish');
SELECT is(wabill_country_name('xk', 'ES'), 'Kosovo', 'codes and languages are case-insensitive');
SELECT is(wabill_country_name('ZZ'), NULL, 'unknown code');
SELECT is(wabill_country_name(''), NULL, 'empty code');
SELECT throws_ok($$SELECT wabill_country_name('CO', 'fr')$$, '22023', NULL, 'unsupported language');

SELECT is(wabill_phone_data_version(), 'v9.0.35', 'phone data from libphonenumber v9.0.35');

-- wabill_session_country(id) is wabill_phone_country(wabill_session_phone(id))
SELECT is(wabill_session_country(id), wabill_phone_country(wabill_session_phone(id)), 'country of ' || id)
FROM unnest(ARRAY['00573001234567.a.b', '0573001234567.a.b', '+441481527476.a.b', '4401481527476.a.b',
	'5215512345678.a.b', '80012345678.a.b', '5730.a.b']) id;

-- the backend remembers the last session ID parsed: IDs of the same length,
-- alternating, must never get each other's parts
SELECT results_eq(
	$$SELECT wabill_session_country(id), wabill_session_phone(id), wabill_session_operation(id),
		wabill_session_country(id) FROM (VALUES (1, '573001234567.ab.c'), (2, '447781123456.ab.c'),
		(3, '573001234567.ab.c'), (4, '573001234567.ab.d'), (5, '5730012345a7.ab.c'),
		(6, '12125550123.abc.c'), (7, '18092345678.abc.c')) AS t(n, id) ORDER BY n$$,
	$$VALUES ('CO', '573001234567', 'ab', 'CO'), ('GG', '447781123456', 'ab', 'GG'),
		('CO', '573001234567', 'ab', 'CO'), ('CO', '573001234567', 'ab', 'CO'),
		(NULL, NULL, NULL, NULL), ('US', '12125550123', 'abc', 'US'), ('DO', '18092345678', 'abc', 'DO')$$,
	'consecutive session IDs of the same length get their own parts');

SELECT * FROM finish();
ROLLBACK;
