-- Rows of a wolkvox response that cannot be stored as they are refuse the
-- whole response; what is accepted on purpose is documented in the README.
BEGIN;
SELECT * FROM no_plan();
SET LOCAL TimeZone = 'UTC';

SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "",
	"session_id": "573001234567.Acme.wa-1", "date": "20261006101112", "template": "yes"}]}')$$,
	'22023', 'wolkvox response has a data row without a usable conn_id or session_id', 'an empty conn_id is refused');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "k1",
	"session_id": " ", "date": "20261006101112", "template": "yes"}]}')$$,
	'22023', NULL, 'a blank session_id is refused');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": {"a": 1},
	"session_id": "573001234567.Acme.wa-1", "date": "20261006101112", "template": "yes"}]}')$$,
	'22023', NULL, 'a JSON object as conn_id is refused, not stored as its text');
SELECT throws_ok($$SELECT wabill_load_wolkvox('{"code": "200", "data": [
	{"conn_id": "k2", "session_id": "573001234567.Acme.wa-1", "date": "20261006101112", "template": "yes"},
	{"conn_id": "k3", "session_id": ["x"], "date": "20261006101112", "template": "yes"}]}')$$,
	'22023', NULL, 'an array as session_id is refused');
SELECT is((SELECT count(*) FROM wabill_interactions WHERE conn_id IN ('', 'k1', 'k2', 'k3')), 0::bigint,
	'and nothing of those responses was loaded');
SELECT is(wabill_load_wolkvox('{"code": "200", "data": [{"conn_id": "k4",
	"session_id": "573001234567.Acme.wa-1", "date": "20261006101112", "template": "true"}]}'), 1::bigint,
	'PostgreSQL''s other boolean spellings of template are accepted, as documented');

-- wabill_grant_operation is STRICT: a NULL grant_select does nothing (documented).
CREATE ROLE wabill_strict_reader;
SELECT lives_ok($$SELECT wabill_grant_operation('wabill_strict_reader', 'Acme', grant_select => NULL)$$,
	'grant_select => NULL is no error');
SELECT is((SELECT count(*) FROM wabill_operation_grants WHERE grantee = 'wabill_strict_reader'::regrole),
	0::bigint, 'and grants nothing');

SELECT * FROM finish();
ROLLBACK;
