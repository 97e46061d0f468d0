/*
 * test_country_code.c
 *	  Unit test for wb_country_code(): the code of a country as sources
 *	  spell it.
 *
 * Standalone; prints TAP.  Non-ASCII spellings are written as UTF-8 octal
 * escapes so that this file does not depend on the source charset.
 */
#include <stdio.h>
#include <string.h>

#include "country_name.h"

#define LIT(s) (s), (sizeof(s) - 1)
#define lengthof(array) (sizeof(array) / sizeof((array)[0]))

typedef struct code_case
{
	const char *text;
	size_t		len;
	const char *expected;		/* NULL: not recognised */
	const char *desc;
} code_case;

static const code_case cases[] = {
	/* The four spellings of the United States. */
	{LIT("Estados Unidos"), "US", "Estados Unidos"},
	{LIT("USA"), "US", "USA (alpha-3)"},
	{LIT("us"), "US", "us (alpha-2, lower case)"},
	{LIT("US"), "US", "US"},
	{LIT("United States of America"), "US", "official English name"},
	{LIT("Estados Unidos de Am\303\251rica"), "US", "official Spanish name, accented"},
	{LIT("ESTADOS UNIDOS DE AMERICA"), "US", "official Spanish name, upper case, no accent"},
	{LIT("EE. UU."), "US", "EE. UU. (alias, punctuation dropped)"},
	{LIT("eeuu"), "US", "eeuu"},
	{LIT("  united\302\240states "), "US", "spaces and a no-break space"},

	/* Accents, either way. */
	{LIT("Per\303\272"), "PE", "Per\303\272"},
	{LIT("PERU"), "PE", "PERU"},
	{LIT("per"), "PE", "per (alpha-3)"},
	{LIT("M\303\251xico"), "MX", "M\303\251xico"},
	{LIT("mexico"), "MX", "mexico"},
	{LIT("Estados Unidos Mexicanos"), "MX", "Estados Unidos Mexicanos is not the US"},
	{LIT("Rep\303\272blica Dominicana"), "DO", "Rep\303\272blica Dominicana"},
	{LIT("Puerto Rico"), "PR", "Puerto Rico"},
	{LIT("pri"), "PR", "pri (alpha-3)"},
	{LIT("Espa\303\261a"), "ES", "Espa\303\261a"},
	{LIT("espana"), "ES", "espana"},
	{LIT("Spain"), "ES", "Spain"},
	{LIT("Brasil"), "BR", "Brasil"},
	{LIT("Brazil"), "BR", "Brazil"},
	{LIT("C\303\264te d\342\200\231Ivoire"), "CI", "C\303\264te d'Ivoire with a typographic apostrophe"},
	{LIT("Costa de Marfil"), "CI", "Costa de Marfil"},
	{LIT("T\303\274rkiye"), "TR", "T\303\274rkiye"},
	{LIT("Turqu\303\255a"), "TR", "Turqu\303\255a"},
	{LIT("Reino Unido"), "GB", "Reino Unido"},
	{LIT("UK"), "GB", "UK (alias)"},
	{LIT("gbr"), "GB", "gbr"},
	{LIT("\303\205land Islands"), "AX", "\303\205land Islands"},
	{LIT("Bolivia"), "BO", "Bolivia (common name)"},
	{LIT("Bolivia, Plurinational State of"), "BO", "Bolivia (ISO name)"},
	{LIT("Venezuela"), "VE", "Venezuela"},
	{LIT("Corea del Sur"), "KR", "Corea del Sur (alias)"},
	{LIT("Kosovo"), "XK", "Kosovo (outside ISO 3166-1)"},
	{LIT("XKX"), "XK", "XKX"},
	{LIT("COL"), "CO", "COL"},
	{LIT("Colombia"), "CO", "Colombia"},
	{LIT("colombia"), "CO", "colombia"},

	/* Not countries. */
	{LIT(""), NULL, "empty"},
	{LIT(" . "), NULL, "only punctuation"},
	{LIT("ZZ"), NULL, "ZZ"},
	{LIT("Narnia"), NULL, "Narnia"},
	{LIT("Estados"), NULL, "a prefix of a name"},
	{LIT("United States of Americas"), NULL, "one letter too many"},
	{LIT("\320\240\320\276\321\201\321\201\320\270\321\217"), NULL, "Cyrillic name not folded"},
	{LIT("Per\372"), NULL, "Latin-1 byte, not UTF-8"},
	{LIT("Per\303"), NULL, "truncated UTF-8"},
	{LIT("\355\240\200"), NULL, "UTF-8 surrogate"},
	{LIT("\300\257"), NULL, "overlong UTF-8"},
	{LIT("South Georgia and the South Sandwich Islands and more and more"), NULL,
	"longer than any known spelling"},
	{"Colombia", 3, "CO", "the length, not a NUL, delimits: COL"},
};

int
main(void)
{
	size_t		i;
	int			failures = 0;
	int			named = 0;
	int			round_trips = 0;

	printf("1..%d\n", (int) lengthof(cases) + 1);
	for (i = 0; i < lengthof(cases); i++)
	{
		const code_case *c = &cases[i];
		const char *got = wb_country_code(c->text, c->len);
		int			passed = (got == NULL || c->expected == NULL) ?
			got == c->expected : strcmp(got, c->expected) == 0;

		if (!passed)
			failures++;
		printf("%sok %d - %s\n", passed ? "" : "not ", (int) i + 1, c->desc);
		if (!passed)
			printf("#   got %s, expected %s\n", got ? got : "NULL",
				   c->expected ? c->expected : "NULL");
	}

	/* Every name wabill gives a country spells that country back. */
	for (char c1 = 'A'; c1 <= 'Z'; c1++)
		for (char c2 = 'A'; c2 <= 'Z'; c2++)
		{
			char		code[2] = {c1, c2};

			for (int l = WB_LANG_EN; l <= WB_LANG_ES; l++)
			{
				const char *name = wb_country_name(code, 2, (wb_lang) l);
				const char *back;

				if (name == NULL)
					continue;
				named++;
				back = wb_country_code(name, strlen(name));
				if (back != NULL && memcmp(back, code, 2) == 0)
					round_trips++;
				else
					printf("# %s reads back as %s, not %.2s\n", name, back ? back : "NULL", code);
			}
		}
	if (named != round_trips || named != 2 * 252)
		failures++;
	printf("%sok %d - each of the %d English and Spanish names reads back as its code\n",
		   named == round_trips && named == 2 * 252 ? "" : "not ", (int) lengthof(cases) + 1, named);
	return failures == 0 ? 0 : 1;
}
