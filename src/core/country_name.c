/*
 * country_name.c
 *	  Country names by ISO 3166-1 alpha-2 code, in English and Spanish.
 *
 * The names come from a table generated from Debian's iso-codes; see
 * generate_country_names.py.
 */
#include "country_name.h"

#include <stdlib.h>
#include <string.h>

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

/*
 * Appends "n" bytes to the key being built; 0 when the key would outgrow
 * every known spelling, which settles the lookup early.
 */
static int
key_append(char *key, size_t *klen, const char *bytes, size_t n)
{
	if (*klen + n > WB_COUNTRY_KEY_MAX)
		return 0;
	memcpy(key + *klen, bytes, n);
	*klen += n;
	return 1;
}

/*
 * Decodes one UTF-8 sequence of 2 to 4 bytes at s (s[0] >= 0x80).  Returns
 * its length and sets *cp, or 0 for a malformed, overlong or surrogate one.
 */
static size_t
utf8_decode(const unsigned char *s, size_t avail, unsigned int *cp)
{
	size_t		n;
	unsigned int c;
	size_t		i;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2, c = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3, c = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	if (avail < n)
		return 0;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) ||
		(n == 4 && (c < 0x10000 || c > 0x10FFFF)))
		return 0;
	*cp = c;
	return n;
}

static int
compare_key(const void *a, const void *b)
{
	return strcmp((const char *) a, ((const wb_country_key *) b)->key);
}

const char *
wb_country_code(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *) text;
	char		key[WB_COUNTRY_KEY_MAX + 1];
	size_t		klen = 0;
	size_t		i = 0;
	int			punctuation = 0;
	const wb_country_key *found;

	/* The same folding as country_key() in generate_country_names.py. */
	while (i < len)
	{
		unsigned int cp;
		size_t		n;

		if (s[i] < 0x80)
		{
			char		c = (char) s[i];

			if (c >= 'a' && c <= 'z')
				c = (char) (c - 'a' + 'A');
			if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			{
				if (!key_append(key, &klen, &c, 1))
					return NULL;
			}
			else if (c != ' ')
				punctuation++;
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return NULL;
		if (cp >= WB_FOLD_FIRST && cp <= WB_FOLD_LAST &&
			wb_fold[cp - WB_FOLD_FIRST] != NULL)
		{
			const char *fold = wb_fold[cp - WB_FOLD_FIRST];

			if (!key_append(key, &klen, fold, strlen(fold)))
				return NULL;
		}
		else if (!((cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF) &&
				 !key_append(key, &klen, text + i, n))
			return NULL;
		i += n;
	}
	if (klen == 0)
		return NULL;
	key[klen] = '\0';

	/*
	 * "N/A", "n/a", "N.A." are a source's "not available", not Namibia:
	 * only the bare code NA (or a name) is read as Namibia.
	 */
	if (punctuation > 0 && strcmp(key, "NA") == 0)
		return NULL;

	found = bsearch(key, wb_country_keys,
					sizeof(wb_country_keys) / sizeof(wb_country_keys[0]),
					sizeof(wb_country_keys[0]), compare_key);
	return found ? found->code : NULL;
}
