/*
 * phone.c
 *	  SQL functions on international phone numbers: E.164 form, calling code
 *	  and destination country.
 *
 * All return NULL for what cannot be an international number, so that a
 * report shows the gap instead of failing.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "core/phone_number.h"
#include "lifecycle.h"
#include "region_text.h"

PG_FUNCTION_INFO_V1(wabill_phone_e164);
PG_FUNCTION_INFO_V1(wabill_phone_calling_code);
PG_FUNCTION_INFO_V1(wabill_phone_country);
PG_FUNCTION_INFO_V1(wabill_phone_problem);
PG_FUNCTION_INFO_V1(wabill_phone_data_version);

static bool
parse_arg(text *value, wb_phone *phone)
{
	wabill_phone_data_check();
	return wb_phone_parse(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value),
						  phone) == WB_PHONE_OK;
}

Datum
wabill_phone_e164(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	wb_phone	phone;
	text	   *result;

	if (!parse_arg(value, &phone))
		PG_RETURN_NULL();
	PG_FREE_IF_COPY(value, 0);
	result = (text *) palloc(VARHDRSZ + 1 + phone.ndigits);
	SET_VARSIZE(result, VARHDRSZ + 1 + phone.ndigits);
	VARDATA(result)[0] = '+';
	memcpy(VARDATA(result) + 1, phone.digits, phone.ndigits);
	PG_RETURN_TEXT_P(result);
}

Datum
wabill_phone_calling_code(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	wb_phone	phone;

	if (!parse_arg(value, &phone))
		PG_RETURN_NULL();
	PG_FREE_IF_COPY(value, 0);
	PG_RETURN_INT32(phone.calling_code);
}

Datum
wabill_phone_country(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	wb_phone	phone;
	int			region;

	if (!parse_arg(value, &phone))
		PG_RETURN_NULL();
	PG_FREE_IF_COPY(value, 0);
	region = wb_phone_region_index(&phone);
	if (region == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(wabill_region_text(region));
}

/* Why a number has no destination country; NULL when it has one. */
Datum
wabill_phone_problem(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	wb_phone	phone;
	wb_phone_status status;

	wabill_phone_data_check();
	status = wb_phone_parse(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value), &phone);
	PG_FREE_IF_COPY(value, 0);
	if (status != WB_PHONE_OK)
		PG_RETURN_TEXT_P(cstring_to_text(wb_phone_status_text(status)));
	if (wb_phone_region(&phone) == NULL)
		PG_RETURN_TEXT_P(cstring_to_text(psprintf("the calling code +%d is non-geographic",
												  phone.calling_code)));
	PG_RETURN_NULL();
}

Datum
wabill_phone_data_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(wb_phone_data_version()));
}
