-- Phone numbers: E.164 form, calling code and destination country
SELECT phone,
	wabill_phone_e164(phone) AS e164,
	wabill_phone_calling_code(phone) AS code,
	wabill_phone_country(phone) AS country,
	wabill_phone_problem(phone) AS problem
FROM (VALUES
	('573001234567'), ('+573001234567'), ('00573001234567'),
	('+57 300 123 4567'), ('(+57) 300-123-4567'), ('57.300.123.4567'),
	('57/300/123/4567'), ('5215512345678'), ('525512345678'),
	(''), ('+'), ('++573001234567'), ('57+3001234567'), ('573001234567x'),
	('＋573001234567'), ('５７３００１２３４５６７'), ('٥٧٣٠٠١٢٣٤٥٦٧'),
	('57' || chr(9) || '3001234567'), ('1234567890123456789'), ('0573001234567'),
	('2800123456'), ('5730'),
	-- longer than E.164's 15 digits in all: valid toll-free numbers, and more
	-- than any number of +1, up to libphonenumber's 17 digits after the code
	('+234 800429-6800285'), ('+81 00782057472501'), ('+49 80016590575399'),
	('1234567890123456')
) AS t(phone);

-- every shared calling code, and the main country for numbers no region takes
SELECT phone, wabill_phone_country(phone) AS country
FROM (VALUES
	('12125550123'), ('14165550123'), ('18092345678'), ('17872345678'),
	('18762345678'), ('12423570000'), ('16715550123'), ('10000000000'),
	('79123456789'), ('77012345678'), ('70000000000'),
	('447400123456'), ('447781123456'), ('447624123456'), ('447797123456'),
	('390612345678'), ('390669812345'),
	('4741234567'), ('4779123456'),
	('61412345678'), ('61891621234'), ('61891641234'),
	('212612345678'), ('212528812345'),	-- EH's own example: libphonenumber says MA
	('262692123456'), ('262639012345'), ('262269601234'),
	('2902659'), ('2908001'),
	('358401234567'), ('358181234567'),
	('590690001234'), ('590590271234'), ('590590078128'),
	('5999512345'), ('5997151234')
) AS t(phone);

-- non-geographic calling codes have no country
SELECT phone, wabill_phone_calling_code(phone) AS code, wabill_phone_country(phone) AS country
FROM (VALUES ('80012345678'), ('80812345678'), ('870301234567'), ('878101234567890'),
	('881612345678'), ('882130123456'), ('883510012345'), ('888123456789'),
	('979123456789')) AS t(phone);

-- NULL in, NULL out; 10 000 characters
SELECT wabill_phone_e164(NULL), wabill_phone_country(NULL), wabill_phone_calling_code(NULL);
SELECT wabill_phone_e164(repeat('5', 10000)), wabill_phone_country(repeat(' ', 10000) || '573001234567');

SELECT wabill_phone_data_version();
