/*
 * encoding.c
 *	  Session IDs and country names in a database that is not UTF-8.
 *
 * The core knows Unicode's whitespace and control characters in UTF-8.  In
 * a LATIN1 (or any other) database the same characters are other bytes: a
 * no-break space is 0xA0, not 0xC2 0xA0, and 0x85 is the control NEL.  So
 * the text is converted to UTF-8 before the core reads it, and what comes
 * back is converted to the database's encoding: every encoding then gives
 * the same answer for the same characters.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "encoding.h"

/* A part of a UTF-8 session ID, back in the database's encoding. */
static void
part_to_server(const char **part, size_t *len)
{
	char	   *converted = pg_any_to_server(*part, (int) *len, PG_UTF8);

	if (converted != *part)
	{
		*part = converted;
		*len = strlen(converted);
	}
}

/*
 * wb_session_parse on text in the database's encoding.  The parts point
 * into palloc'd memory, not into data.
 */
wb_session_problem
wabill_session_parse_converted(const char *data, int len, wb_session_id *parts)
{
	char	   *utf8 = pg_server_to_any(data, len, PG_UTF8);
	int			utf8_len = (utf8 == data) ? len : (int) strlen(utf8);
	wb_session_problem problem = wb_session_parse(utf8, utf8_len, parts);

	if (problem == WB_SESSION_OK)
	{
		/* the phone is ASCII digits, the same bytes in every encoding */
		part_to_server(&parts->operation, &parts->operation_len);
		part_to_server(&parts->connector, &parts->connector_len);
	}
	return problem;
}

/* A UTF-8 string of the core as a text value in the database's encoding. */
text *
wabill_utf8_to_text(const char *utf8, int len)
{
	if (wabill_converts_text())
	{
		char	   *converted = pg_any_to_server(utf8, len, PG_UTF8);

		if (converted != utf8)
			return cstring_to_text(converted);
	}
	return cstring_to_text_with_len(utf8, len);
}
