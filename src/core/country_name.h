/*
 * country_name.h
 *	  Country names by ISO 3166-1 alpha-2 code, in English and Spanish.
 *
 * Plain C99 with no PostgreSQL headers, so that the lookup can be unit
 * tested without a server; the SQL-callable wrapper lives in the glue layer.
 */
#ifndef WABILL_COUNTRY_NAME_H
#define WABILL_COUNTRY_NAME_H

#include <stddef.h>

typedef enum
{
	WB_LANG_EN = 0,
	WB_LANG_ES = 1
} wb_lang;

/*
 * Returns the static UTF-8 name of the country whose code is the "len" bytes
 * at "code", or NULL when those bytes are not exactly two ASCII letters or
 * name no known country.  Letters match case-insensitively; whitespace is
 * not trimmed, so " CO" is not a code.  "code" need not be NUL-terminated,
 * which lets callers pass a text datum's bytes directly.
 */
extern const char *wb_country_name(const char *code, size_t len, wb_lang lang);

/*
 * Parses a language tag: "en" or "es", case-insensitively.  Returns 1 and
 * sets *out on success; returns 0 and leaves *out alone otherwise.
 */
extern int	wb_lang_from_string(const char *s, size_t len, wb_lang *out);

#endif							/* WABILL_COUNTRY_NAME_H */
