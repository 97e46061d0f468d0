/*
 * country.c
 *	  SQL function for country names: wabill_country_name(code, lang)
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "core/country_name.h"

PG_FUNCTION_INFO_V1(wabill_country_name);

Datum
wabill_country_name(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	text	   *lang_text = PG_GETARG_TEXT_PP(1);
	wb_lang		lang;
	const char *name;

	/* A wrong language is a mistake in the query, not in the data: say so. */
	if (!wb_lang_from_string(VARDATA_ANY(lang_text),
							 VARSIZE_ANY_EXHDR(lang_text), &lang))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unsupported language for country names: \"%s\"",
						text_to_cstring(lang_text)),
				 errhint("Use 'en' for English or 'es' for Spanish.")));

	name = wb_country_name(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), lang);
	PG_FREE_IF_COPY(code, 0);
	PG_FREE_IF_COPY(lang_text, 1);
	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(name));
}
