/*
 * country.c
 *	  SQL functions for countries: wabill_country_name(code, lang) and
 *	  wabill_country_code(spelling)
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "core/country_name.h"
#include "encoding.h"
#include "quotable.h"

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
						quotable_value(lang_text)),
				 errhint("Use 'en' for English or 'es' for Spanish.")));

	name = wb_country_name(VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code), lang);
	PG_FREE_IF_COPY(code, 0);
	PG_FREE_IF_COPY(lang_text, 1);
	if (name == NULL)
		PG_RETURN_NULL();
	/* names are UTF-8, e.g. Perú */
	PG_RETURN_TEXT_P(wabill_utf8_to_text(name, strlen(name)));
}

PG_FUNCTION_INFO_V1(wabill_country_code);

Datum
wabill_country_code(PG_FUNCTION_ARGS)
{
	text	   *spelling = PG_GETARG_TEXT_PP(0);
	const char *bytes = VARDATA_ANY(spelling);
	int			len = VARSIZE_ANY_EXHDR(spelling);
	char	   *utf8;
	const char *code;

	/*
	 * The table's spellings are UTF-8; names in another server encoding
	 * are converted first, so that "Perú" means Peru in a LATIN1 database
	 * too.  A character UTF-8 lacks cannot be in any spelling anyway.
	 */
	utf8 = pg_server_to_any(bytes, len, PG_UTF8);
	if (utf8 != bytes)
		len = strlen(utf8);
	code = wb_country_code(utf8, len);
	PG_FREE_IF_COPY(spelling, 0);
	if (code == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(code, 2));
}
