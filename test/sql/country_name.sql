-- Country names in English and Spanish
SELECT code, wabill_country_name(code) AS en, wabill_country_name(code, 'es') AS es
FROM (VALUES ('CO'), ('co'), ('US'), ('MX'), ('ES'), ('BR'), ('GB'), ('GG'), ('KZ'),
	('AC'), ('TA'), ('XK'), ('ZZ'), (''), ('COL'), ('C')) AS t(code);
SELECT wabill_country_name(NULL), wabill_country_name('CO', NULL);
SELECT wabill_country_name('CO', 'ES') AS upper_lang;
SELECT wabill_country_name('CO', 'fr');
