/*
 * country_name.c
 *	  Country names by ISO 3166-1 alpha-2 code, in English and Spanish.
 *
 * The names come from a table generated from Debian's iso-codes; see
 * generate_country_names.py.
 */
#include "country_name.h"

#include "country_names_table.h"

/*
 * ASCII-only case folding.  toupper() would depend on the locale (and is
 * undefined for negative plain chars), while codes and language tags are
 * ASCII by definition.  Returns 0 for anything that is not a letter.
 */
static char
ascii_upper_letter(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c;
	if (c >= 'a' && c <= 'z')
		return (char) (c - 'a' + 'A');
	return 0;
}

const char *
wb_country_name(const char *code, size_t len, wb_lang lang)
{
	char		c1;
	char		c2;

	if (len != 2)
		return NULL;

	c1 = ascii_upper_letter(code[0]);
	c2 = ascii_upper_letter(code[1]);
	if (c1 == 0 || c2 == 0)
		return NULL;

	/* An out-of-range enum value must not index past the table. */
	if (lang != WB_LANG_EN && lang != WB_LANG_ES)
		return NULL;

	return wb_country_names[lang][WB_COUNTRY_INDEX(c1, c2)];
}

int
wb_lang_from_string(const char *s, size_t len, wb_lang *out)
{
	if (len != 2 || ascii_upper_letter(s[0]) != 'E')
		return 0;

	switch (ascii_upper_letter(s[1]))
	{
		case 'N':
			*out = WB_LANG_EN;
			return 1;
		case 'S':
			*out = WB_LANG_ES;
			return 1;
		default:
			return 0;
	}
}
