-- Target 4: what a user would write by hand without wabill.  The calling-code
-- table such a user keeps: every country calling code with its country and,
-- for the codes several countries share (+1, +7, +44...), the longer
-- prefixes (NANP area codes and the like) that belong to another country.
-- It is built here from the fixture (bench_fixture: number, source, region),
-- so that it is as complete as the numbers of the benchmark need.

CREATE TABLE bench_calling_codes (
	prefix text PRIMARY KEY,
	country text NOT NULL
);

WITH fixture AS (
	SELECT number, region, wabill_phone_calling_code(number)::text AS code
	FROM bench_fixture
	WHERE region <> '' AND source ~ '^(example|random):'
), main (code, country) AS (
	VALUES ('1', 'US'), ('7', 'RU'), ('39', 'IT'), ('44', 'GB'), ('47', 'NO'),
		('61', 'AU'), ('212', 'MA'), ('262', 'RE'), ('290', 'SH'),
		('358', 'FI'), ('590', 'GP'), ('599', 'CW')
), single AS (
	SELECT code, min(region) AS country
	FROM fixture
	WHERE code NOT IN (SELECT code FROM main)
	GROUP BY code
), area AS (
	SELECT left(f.number, length(f.code) + 3) AS prefix, min(f.region) AS country
	FROM fixture f JOIN main m USING (code)
	GROUP BY 1, m.country
	HAVING count(DISTINCT f.region) = 1 AND min(f.region) <> m.country
)
INSERT INTO bench_calling_codes
SELECT code, country FROM main
UNION ALL SELECT code, country FROM single
UNION ALL SELECT prefix, country FROM area;

ANALYZE bench_calling_codes;
