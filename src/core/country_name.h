/*
 * country_name.h
 *	  Country names by ISO 3166-1 alpha-2 code, in English and Spanish,
 *	  and codes by the ways sources spell countries.
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

/*
 * Returns the static ISO 3166-1 alpha-2 code of the country spelled by the
 * "len" UTF-8 bytes at "text": an alpha-2 or alpha-3 code, or an English or
 * Spanish name (iso-codes' names and a few common aliases), in any case,
 * with or without accents, spaces and punctuation ("Estados Unidos",
 * "usa", "EE. UU." are all US).  NULL when the spelling is unknown, too
 * long to be a country, or not valid UTF-8.
 */
extern const char *wb_country_code(const char *text, size_t len);

#endif							/* WABILL_COUNTRY_NAME_H */
