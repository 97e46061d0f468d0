/*
 * encoding.h
 *	  The core reads and writes UTF-8; these carry text to and from the
 *	  database's encoding when it is another.
 */
#ifndef WABILL_ENCODING_H
#define WABILL_ENCODING_H

#include "postgres.h"

#include "core/session_id.h"
#include "mb/pg_wchar.h"

/*
 * Whether text must be converted: true in a database whose encoding is
 * neither UTF8 nor SQL_ASCII (which the install script refuses; its bytes
 * are read as UTF-8, as they always were).
 */
static inline bool
wabill_converts_text(void)
{
	int			encoding = GetDatabaseEncoding();

	return encoding != PG_UTF8 && encoding != PG_SQL_ASCII;
}

extern wb_session_problem wabill_session_parse_converted(const char *data, int len,
														 wb_session_id *parts);
extern text *wabill_utf8_to_text(const char *utf8, int len);

#endif							/* WABILL_ENCODING_H */
