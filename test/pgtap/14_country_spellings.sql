-- Common spellings that sources use and iso-codes lacks, every market name
-- of the shipped Meta mapping, and "not available" written with punctuation
-- (which, with punctuation dropped, would read as NA, Namibia).  Expected
-- codes written by hand.
BEGIN;
SELECT * FROM no_plan();

SELECT results_eq(
	$$SELECT s, wabill_country_code(s) FROM (VALUES ('Russia'), ('Turkey'), ('Arabia Saudita'),
		('UAE'), ('Ivory Coast'), ('Cape Verde'), ('Palestine'), ('Macau'), ('Rep. Dominicana'),
		('Burma'), ('Holland'), ('uae'), ('EAU'), ('Palestina'), ('rep dominicana')) v(s)$$,
	$$VALUES ('Russia', 'RU'), ('Turkey', 'TR'), ('Arabia Saudita', 'SA'), ('UAE', 'AE'),
		('Ivory Coast', 'CI'), ('Cape Verde', 'CV'), ('Palestine', 'PS'), ('Macau', 'MO'),
		('Rep. Dominicana', 'DO'), ('Burma', 'MM'), ('Holland', 'NL'), ('uae', 'AE'), ('EAU', 'AE'),
		('Palestina', 'PS'), ('rep dominicana', 'DO')$$,
	'common spellings iso-codes lacks are read');

SELECT is(ARRAY(SELECT DISTINCT market FROM wabill_shipped_market_prefixes
		WHERE market NOT LIKE 'Rest of %' AND market NOT IN ('North America', 'Other')
			AND wabill_country_code(market) IS NULL ORDER BY 1),
	ARRAY[]::text[], 'every country market of the shipped Meta mapping reads as a country');
SELECT results_eq(
	$$SELECT s, wabill_country_code(s) FROM (VALUES ('Russia'), ('Turkey'), ('Saudi Arabia'),
		('United Arab Emirates'), ('United Kingdom'), ('Netherlands')) v(s)$$,
	$$VALUES ('Russia', 'RU'), ('Turkey', 'TR'), ('Saudi Arabia', 'SA'),
		('United Arab Emirates', 'AE'), ('United Kingdom', 'GB'), ('Netherlands', 'NL')$$,
	'Meta''s market names by hand');

SELECT results_eq(
	$$SELECT s, wabill_country_code(s) FROM (VALUES ('N/A'), ('n/a'), ('N.A.'), ('n.a'), ('-'),
		(''), ('  '), ('--')) v(s)$$,
	$$VALUES ('N/A', NULL::text), ('n/a', NULL), ('N.A.', NULL), ('n.a', NULL), ('-', NULL),
		('', NULL), ('  ', NULL), ('--', NULL)$$,
	'"not available" is no country, not Namibia');
SELECT results_eq(
	$$SELECT s, wabill_country_code(s) FROM (VALUES ('NA'), ('na'), (' NA '), ('Namibia'), ('NAM')) v(s)$$,
	$$VALUES ('NA', 'NA'), ('na', 'NA'), (' NA ', 'NA'), ('Namibia', 'NA'), ('NAM', 'NA')$$,
	'the bare code and the name are still Namibia');

SELECT * FROM finish();
ROLLBACK;
