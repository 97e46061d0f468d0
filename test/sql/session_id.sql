-- Session IDs: CustomerPhone.Operation.OfficialWhatsAppConnectorID
SELECT id,
	wabill_session_phone(id) AS phone,
	wabill_session_operation(id) AS operation,
	wabill_session_connector(id) AS connector,
	wabill_session_problem(id) AS problem
FROM (VALUES
	('573001234567.acme_collections.wa-01'),
	('+573001234567.Acme Cobranzas.wa-01'),
	('  573001234567.acme.wa-01  '),
	('5215512345678.Acme S.A. de C.V. - Cobranza.CONN42'),
	('34600111222.Operación ñandú 日本.x')
) AS t(id);

-- The catalogue of malformed session IDs, with the problem each must get
-- (test/data/malformed_session_ids.tsv, shared with the pgTAP suite, the unit
-- tests and the fuzz corpus): the rows that get another answer, or a part.
CREATE TEMP TABLE malformed (label text, session_id text, problem text);
\copy malformed FROM 'test/data/malformed_session_ids.tsv' WITH (FORMAT text, HEADER)
SELECT count(*) >= 40 AS catalogue_read FROM malformed;
SELECT label, problem AS expected, wabill_session_problem(session_id) AS got,
	wabill_session_phone(session_id) AS phone, wabill_session_operation(session_id) AS operation,
	wabill_session_connector(session_id) AS connector
FROM malformed
WHERE wabill_session_problem(session_id) IS DISTINCT FROM problem
	OR num_nonnulls(wabill_session_phone(session_id), wabill_session_operation(session_id),
		wabill_session_connector(session_id)) > 0
ORDER BY label;

-- NULL in, NULL out (STRICT)
SELECT wabill_session_phone(NULL), wabill_session_operation(NULL),
	wabill_session_connector(NULL), wabill_session_problem(NULL),
	wabill_session_country(NULL);

-- the strict form
SELECT * FROM wabill_parse_session('573001234567.Acme Cobranzas.wa-01');
SELECT * FROM wabill_parse_session(NULL);
\set VERBOSITY default
SELECT * FROM wabill_parse_session('573001234567..wa-01');
SELECT * FROM wabill_parse_session('');
SELECT * FROM wabill_parse_session('nodots');
-- a long value is cut in the message
SELECT * FROM wabill_parse_session(repeat('9', 10000));
SELECT * FROM wabill_parse_session(repeat('ñ', 10000) || '.x.y');

-- 10 000-character IDs
SELECT length(wabill_session_operation('57.' || repeat('x', 10000) || '.c')),
	wabill_session_problem(repeat('7', 10000) || '.op.c'),
	wabill_session_problem('57.op.' || repeat('c', 10000)) IS NULL AS long_connector_ok;

-- the destination country straight from the session ID
SELECT id, wabill_session_country(id)
FROM (VALUES ('573001234567.a.b'), ('12125550123.a.b'), ('18092345678.a.b'),
	('80012345678.a.b'), ('bad')) AS t(id);
