/*
 * quotable.c
 *	  Values as error messages quote them, for the C functions and, through
 *	  wabill_quotable_value, for the PL/pgSQL ones.
 *
 * A message that quotes a whole 10 MB argument writes 10 MB to the server
 * log and to the client, once per failing row; a 64-byte prefix is enough
 * to recognise the value.  Every message of the extension that quotes a
 * value quotes it through here.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "quotable.h"

PG_FUNCTION_INFO_V1(wabill_quotable_value);

/*
 * At most QUOTED_VALUE_MAX bytes of the value, cut at a character boundary,
 * and "..." if anything was cut.
 */
char *
quotable_value(text *value)
{
	const char *data = VARDATA_ANY(value);
	int			len = VARSIZE_ANY_EXHDR(value);
	int			cut;

	if (len <= QUOTED_VALUE_MAX)
		return text_to_cstring(value);
	cut = pg_mbcliplen(data, len, QUOTED_VALUE_MAX);
	return psprintf("%.*s...", cut, data);
}

Datum
wabill_quotable_value(PG_FUNCTION_ARGS)
{
	/* Only the prefix is needed: do not detoast a 1 GB value to cut it. */
	text	   *value = PG_GETARG_TEXT_P_SLICE(0, 0, QUOTED_VALUE_MAX + 1);

	PG_RETURN_TEXT_P(cstring_to_text(quotable_value(value)));
}
