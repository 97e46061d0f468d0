-- The catalogue of bad inputs, each with its outcome: the lenient functions
-- return NULL, the strict one raises 22P02 quoting the value (cut to 64
-- bytes) with a detail that names the wrong part.  Nothing crashes.
BEGIN;
SELECT * FROM no_plan();

-- The catalogue of malformed session IDs, shared with pg_regress,
-- 02_functions, the unit tests and the fuzz corpus, and a few too long to
-- write out there.
CREATE TEMP TABLE catalogue (label text, session_id text, problem text);
\copy catalogue FROM 'test/data/malformed_session_ids.tsv' WITH (FORMAT text, HEADER)
INSERT INTO catalogue VALUES
	('100 000 digits', repeat('7', 100000), 'the session ID has no dots'),
	('100 000-digit phone', repeat('7', 100000) || '.Acme.wa-1',
		(SELECT problem FROM catalogue WHERE label = 'phone_30_digits')),
	('100 000-character connector with a space', '57.Acme.' || repeat('c', 50000) || ' ' || repeat('c', 49999), 'the connector ID contains whitespace'),
	('100 000 dots', repeat('.', 100000), 'the customer phone is empty');
-- What the errdetail sentence must name, for each problem.
ALTER TABLE catalogue ADD detail_mentions text;
UPDATE catalogue SET detail_mentions = CASE
	WHEN problem LIKE 'the customer phone has more than%' THEN substring(problem FROM '[0-9]+ digits')
	WHEN problem LIKE 'the customer phone%' THEN 'customer phone'
	WHEN problem LIKE 'the operation%' THEN 'operation'
	WHEN problem LIKE 'the connector ID%' THEN 'connector ID'
	WHEN problem = 'the session ID is empty' THEN 'empty'
	WHEN problem = 'the session ID has only one dot' THEN 'only one dot'
	WHEN problem = 'the session ID has no dots' THEN 'no dots' END;
SELECT is(count(*), 0::bigint, 'every problem of the catalogue is a known one')
FROM catalogue WHERE detail_mentions IS NULL;

SELECT is(wabill_session_problem(session_id), problem, label || ': problem')
FROM catalogue ORDER BY label;
SELECT ok(wabill_session_phone(session_id) IS NULL AND wabill_session_operation(session_id) IS NULL
		AND wabill_session_connector(session_id) IS NULL AND wabill_session_country(session_id) IS NULL,
	label || ': the lenient functions return NULL')
FROM catalogue ORDER BY label;

CREATE FUNCTION pg_temp.strict_error(id text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM * FROM wabill_parse_session(id);
	state := 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
END $$;

SELECT is((pg_temp.strict_error(session_id)).state, '22P02', label || ': the strict form raises 22P02')
FROM catalogue ORDER BY label;
SELECT ok(e.message LIKE 'invalid input syntax for WhatsApp session ID: "%"'
		AND e.message = lower(left(e.message, 1)) || substr(e.message, 2)
		AND octet_length(e.message) <= 64 + 64,
	label || ': lowercase errmsg quoting the value, cut to a sane length')
FROM catalogue c, pg_temp.strict_error(c.session_id) e ORDER BY label;
SELECT ok(position(left(c.session_id, 20) IN e.message) > 0 OR c.session_id ~ '[[:cntrl:]]',
	label || ': the message quotes the value')
FROM catalogue c, pg_temp.strict_error(c.session_id) e ORDER BY label;
SELECT ok(e.detail LIKE '%' || c.detail_mentions || '%' AND e.detail ~ '^[A-Z].*\.$',
	label || ': errdetail is a sentence naming the wrong part')
FROM catalogue c, pg_temp.strict_error(c.session_id) e ORDER BY label;

-- NULL: every function is STRICT
SELECT ok(wabill_session_phone(NULL) IS NULL AND wabill_session_problem(NULL) IS NULL
	AND wabill_phone_e164(NULL) IS NULL AND wabill_phone_country(NULL) IS NULL
	AND wabill_phone_problem(NULL) IS NULL AND wabill_country_name(NULL) IS NULL,
	'NULL in, NULL out');
SELECT is((SELECT count(*) FROM wabill_parse_session(NULL) WHERE customer_phone IS NULL), 1::bigint,
	'the strict form gives NULLs for NULL');

-- bad phones: NULL from every phone function, and a reason
CREATE TEMP TABLE bad_phones (label text, phone text);
INSERT INTO bad_phones VALUES
	('empty', ''), ('whitespace', '   '), ('only separators', '-().'),
	('letters', '57300abc4567'), ('several +', '++573001234567'), ('+ inside', '57+3001234567'),
	('full-width +', '＋573001234567'), ('full-width digits', '５７３００１２３４５６７'),
	('Arabic-Indic digits', '٥٧٣٠٠١٢٣٤٥٦٧'), ('control character', '57300' || chr(7) || '1234567'),
	('tab', E'57\t3001234567'), ('18 digits after +1', '1' || repeat('2', 18)), ('21 digits', repeat('1', 21)),
	('18 digits after +234', '234' || repeat('8', 18)),
	('unassigned code', '2800123456'), ('leading zero', '0573001234567'), ('too short', '5730'),
	('100 000 digits', repeat('5', 100000)), ('100 000 letters', repeat('x', 100000));
SELECT ok(wabill_phone_e164(phone) IS NULL AND wabill_phone_calling_code(phone) IS NULL
		AND wabill_phone_country(phone) IS NULL AND wabill_phone_problem(phone) IS NOT NULL,
	'phone ' || label || ': NULL, with a reason')
FROM bad_phones ORDER BY label;

-- the report survives all of it: every bad row stored and shown
INSERT INTO wabill_interactions (conn_id, session_id, date, template)
SELECT 'bad-' || label, session_id, '2026-10-01', true FROM catalogue;
SELECT is((SELECT count(*) FROM wabill_report('2026-10-01', '2026-10-02')), (SELECT count(*) FROM catalogue),
	'every bad row is in the report');
SELECT is((SELECT count(*) FROM wabill_interaction_problems WHERE conn_id LIKE 'bad-%'), (SELECT count(*) FROM catalogue),
	'and in the problems view');

SELECT * FROM finish();
ROLLBACK;
