/*
 * session.c
 *	  SQL functions on session IDs: CustomerPhone.Operation.ConnectorID
 *
 * The lenient functions return NULL for a malformed ID, because one bad row
 * must never stop a billing report; wabill_parse_session is the strict form.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "core/phone_number.h"
#include "core/session_id.h"
#include "encoding.h"
#include "quotable.h"
#include "lifecycle.h"
#include "region_text.h"
#include "session.h"

PG_FUNCTION_INFO_V1(wabill_session_phone);
PG_FUNCTION_INFO_V1(wabill_session_operation);
PG_FUNCTION_INFO_V1(wabill_session_connector);
PG_FUNCTION_INFO_V1(wabill_session_problem);
PG_FUNCTION_INFO_V1(wabill_parse_session);
PG_FUNCTION_INFO_V1(wabill_session_country);

/*
 * The last session ID parsed in this backend, with its parse, whose parts
 * point into the copy kept here.  A report row asks for the customer phone,
 * the country, the operation... of the same ID, one function call each;
 * comparing the bytes is cheaper than parsing again.  The entry is whole or
 * absent: it is only used when all its bytes equal the argument's, and it
 * carries everything the functions need.  IDs longer than the buffer are
 * parsed without being remembered.
 */
#define REMEMBERED_ID_MAX 256

static struct
{
	int			len;			/* -1: nothing remembered */
	char		bytes[REMEMBERED_ID_MAX];
	parsed_session parsed;
}			last_id = {.len = -1};

/* Completes a parse whose problem is set; returns it. */
static parsed_session *
settle(parsed_session *parsed)
{
	if (parsed->problem != WB_SESSION_OK)
		memset(&parsed->parts, 0, sizeof(parsed->parts));
	parsed->region = -1;
	return parsed;
}

/*
 * The parse of session_id: the remembered one, or a new one, remembered if
 * it fits (else kept in *unremembered).  Valid until the next call.
 */
parsed_session *
wabill_session_parsed(text *session_id, parsed_session *unremembered)
{
	const char *data = VARDATA_ANY(session_id);
	int			len = VARSIZE_ANY_EXHDR(session_id);

	/* Not remembered: the parts point into converted copies. */
	if (unlikely(wabill_converts_text()))
	{
		unremembered->problem = wabill_session_parse_converted(data, len,
															   &unremembered->parts);
		return settle(unremembered);
	}

	if (len == last_id.len && memcmp(data, last_id.bytes, len) == 0)
		return &last_id.parsed;
	if (len > REMEMBERED_ID_MAX)
	{
		unremembered->problem = wb_session_parse(data, len, &unremembered->parts);
		return settle(unremembered);
	}
	memcpy(last_id.bytes, data, len);
	last_id.len = len;
	last_id.parsed.problem = wb_session_parse(last_id.bytes, len, &last_id.parsed.parts);
	return settle(&last_id.parsed);
}

/* The region index of a well-formed ID's phone (0: none), remembered too. */
int
wabill_session_region(parsed_session *parsed)
{
	wb_phone	phone;

	wabill_phone_data_check();
	Assert(parsed->problem == WB_SESSION_OK);
	if (parsed->region < 0)
	{
		if (wb_phone_parse_digits(parsed->parts.phone, parsed->parts.phone_len,
								  &phone) != WB_PHONE_OK)
			parsed->region = 0;
		else
			parsed->region = wb_phone_region_index(&phone);
	}
	return parsed->region;
}

typedef enum session_part
{
	PART_PHONE,
	PART_OPERATION,
	PART_CONNECTOR
} session_part;

/* One part of the ID in argument 0 as a new text, or NULL if malformed. */
static Datum
return_part(FunctionCallInfo fcinfo, session_part which)
{
	text	   *session_id = PG_GETARG_TEXT_PP(0);
	parsed_session unremembered;
	const wb_session_id *parts;
	text	   *result;

	parsed_session *parsed = wabill_session_parsed(session_id, &unremembered);

	if (parsed->problem != WB_SESSION_OK)
		PG_RETURN_NULL();
	parts = &parsed->parts;
	switch (which)
	{
		case PART_PHONE:
			result = cstring_to_text_with_len(parts->phone, parts->phone_len);
			break;
		case PART_OPERATION:
			result = cstring_to_text_with_len(parts->operation, parts->operation_len);
			break;
		default:
			result = cstring_to_text_with_len(parts->connector, parts->connector_len);
			break;
	}
	PG_FREE_IF_COPY(session_id, 0);
	PG_RETURN_TEXT_P(result);
}

Datum
wabill_session_phone(PG_FUNCTION_ARGS)
{
	return return_part(fcinfo, PART_PHONE);
}

Datum
wabill_session_operation(PG_FUNCTION_ARGS)
{
	return return_part(fcinfo, PART_OPERATION);
}

Datum
wabill_session_connector(PG_FUNCTION_ARGS)
{
	return return_part(fcinfo, PART_CONNECTOR);
}

Datum
wabill_session_problem(PG_FUNCTION_ARGS)
{
	text	   *session_id = PG_GETARG_TEXT_PP(0);
	parsed_session unremembered;
	wb_session_problem problem = wabill_session_parsed(session_id, &unremembered)->problem;

	PG_FREE_IF_COPY(session_id, 0);
	if (problem == WB_SESSION_OK)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(wb_session_problem_text(problem)));
}

Datum
wabill_parse_session(PG_FUNCTION_ARGS)
{
	text	   *session_id = PG_GETARG_TEXT_PP(0);
	parsed_session unremembered;
	parsed_session *parsed = wabill_session_parsed(session_id, &unremembered);
	wb_session_problem problem = parsed->problem;
	const wb_session_id *parts = &parsed->parts;
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (problem != WB_SESSION_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for WhatsApp session ID: \"%s\"",
						quotable_value(session_id)),
				 errdetail("%s", wb_session_problem_sentence(problem))));

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	values[0] = PointerGetDatum(cstring_to_text_with_len(parts->phone, parts->phone_len));
	values[1] = PointerGetDatum(cstring_to_text_with_len(parts->operation, parts->operation_len));
	values[2] = PointerGetDatum(cstring_to_text_with_len(parts->connector, parts->connector_len));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * The destination country straight from a session ID: the report's DESTINY
 * in one call, without building the customer phone as a text value first.
 */
Datum
wabill_session_country(PG_FUNCTION_ARGS)
{
	text	   *session_id = PG_GETARG_TEXT_PP(0);
	parsed_session unremembered;
	parsed_session *parsed = wabill_session_parsed(session_id, &unremembered);
	int			region;

	if (parsed->problem != WB_SESSION_OK)
		PG_RETURN_NULL();
	region = wabill_session_region(parsed);
	PG_FREE_IF_COPY(session_id, 0);
	if (region == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(wabill_region_text(region));
}
