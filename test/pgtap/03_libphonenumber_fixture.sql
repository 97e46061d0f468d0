-- wabill_phone_country against libphonenumber's region for every territory:
-- every example number of every type and random valid numbers of each type
-- (test/data/phone_regions.tsv, made by test/oracle/libphonenumber_region.py).
BEGIN;
SELECT * FROM no_plan();

CREATE TEMP TABLE fixture (number text, source text, region text);
\copy fixture FROM 'test/data/phone_regions.tsv' WITH (FORMAT text, HEADER true)
UPDATE fixture SET region = NULL WHERE region = '';

SELECT cmp_ok((SELECT count(*) FROM fixture WHERE source LIKE 'example:%'), '>', 1000::bigint,
	'the fixture holds the example numbers');
-- MF's types have no example numbers in the metadata: its random ones count
SELECT is((SELECT count(DISTINCT split_part(source, ':', 2)) FROM fixture
		WHERE split_part(source, ':', 1) IN ('example', 'random')
			AND split_part(source, ':', 2) <> '001')::int,
	245, 'numbers of all 245 geographic regions');

-- one assertion per region: no number of it differs
SELECT is(
	(SELECT count(*) FROM fixture f
		WHERE split_part(f.source, ':', 2) = r.region_of_source
			AND split_part(f.source, ':', 1) IN ('example', 'random')
			AND wabill_phone_country(f.number) IS DISTINCT FROM
				CASE WHEN f.region = '001' THEN NULL ELSE f.region END),
	0::bigint,
	'numbers of ' || r.region_of_source || ' get libphonenumber''s region')
FROM (SELECT DISTINCT split_part(source, ':', 2) AS region_of_source FROM fixture
	WHERE split_part(source, ':', 1) IN ('example', 'random') ORDER BY 1) r;

SELECT is(
	(SELECT count(*) FROM fixture f WHERE split_part(f.source, ':', 1) IN ('example', 'random')
		AND wabill_phone_country(f.number) IS DISTINCT FROM
			CASE WHEN f.region = '001' THEN NULL ELSE f.region END),
	0::bigint, 'all valid numbers: 100 % agreement');

-- numbers written with a national prefix, and random numbers of the shared
-- codes (where no region accepts them, the main country: checked in C)
SELECT is(
	(SELECT count(*) FROM fixture f
		WHERE split_part(f.source, ':', 1) IN ('np-prefixed', 'random-any') AND f.region IS NOT NULL
			AND wabill_phone_country(f.number) IS DISTINCT FROM
				CASE WHEN f.region = '001' THEN NULL ELSE f.region END),
	0::bigint, 'national prefixes and shared codes'' random numbers: libphonenumber''s region');

-- every region of the tables has a name in both languages
SELECT is(
	ARRAY(SELECT DISTINCT region FROM fixture
		WHERE region <> '001' AND (wabill_country_name(region) IS NULL OR wabill_country_name(region, 'es') IS NULL)),
	ARRAY[]::text[], 'every region has English and Spanish names');

SELECT * FROM finish();
ROLLBACK;
