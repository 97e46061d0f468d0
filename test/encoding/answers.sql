-- Run in a UTF8 and in a LATIN1 database (test/encoding/run.sh), with the
-- client in UTF8: the expectations are the same in both, written by hand
-- from Unicode's character classes, not from the code's output.
BEGIN;
SELECT plan(16);

-- The issue's two examples: 0x85 in LATIN1 is U+0085 (NEL), a C1 control,
-- and 'Â' (0xC2 in LATIN1) followed by a no-break space (0xA0) is a letter
-- and a space, not a UTF-8 no-break space.
SELECT is(wabill_session_problem(U&'573001234567.Acme\0085.wa-1'),
	'the operation contains a control character', 'U+0085 in the operation is a control character');
SELECT is(wabill_session_connector(U&'573001234567.Acme.wa-1\00C2\00A0'), 'wa-1Â',
	'Â then a no-break space at the end: the space is trimmed, the letter kept');
SELECT is(wabill_session_problem(U&'573001234567.Acme.wa\00C2\00A0x'),
	'the connector ID contains whitespace', 'a no-break space inside the connector is whitespace');
SELECT is(wabill_session_connector(U&'573001234567.Acme.wa-1\00C2'), 'wa-1Â',
	'Â alone is not whitespace');

-- Whitespace and letters of Latin-1
SELECT is(wabill_session_operation(U&'\00A0573001234567.Acmé Ventas.wa-1\00A0'), 'Acmé Ventas',
	'no-break spaces around the ID are trimmed; é is kept');
SELECT is(wabill_session_phone(U&'\00A0573001234567.Acmé Ventas.wa-1\00A0'), '573001234567',
	'and the phone is read');
SELECT is(wabill_session_problem(U&'573001234567.\00A0 \00A0.wa-1'),
	'the operation is only whitespace', 'an operation of no-break spaces is blank');
SELECT is(wabill_session_problem(U&'573001234567.Acme\009F.wa-1'),
	'the operation contains a control character', 'U+009F is a control character');
SELECT is(wabill_session_problem(U&'573001234567.Acme.wa\0080'),
	'the connector ID contains a control character', 'U+0080 in the connector is a control character');
SELECT is(wabill_session_problem(U&'573001234567.Ñandú ÿ.wa-é'), NULL,
	'letters from all over Latin-1 are fine');
SELECT is((SELECT ARRAY[customer_phone, operation, connector_id]
		FROM wabill_parse_session('573001234567.Ñandú.wa-é')),
	ARRAY['573001234567', 'Ñandú', 'wa-é'], 'wabill_parse_session returns the parts');
SELECT throws_ok($$SELECT wabill_parse_session(U&'573001234567.Ñandú\0085.wa-é')$$, '22P02',
	U&'invalid input syntax for WhatsApp session ID: "573001234567.Ñandú\0085.wa-é"',
	'the error quotes the ID as it is written');
SELECT is(wabill_session_country('573001234567.Ñandú.wa-é'), 'CO', 'and the country is read');

-- Country names with letters beyond ASCII
SELECT is(wabill_country_name('PE', 'es'), 'Perú', 'Perú');
SELECT is(wabill_country_name('CI', 'en'), 'Côte d''Ivoire', 'Côte d''Ivoire');
SELECT is(wabill_country_name('AX', 'en'), 'Åland Islands', 'Åland Islands');

SELECT * FROM finish();
ROLLBACK;
