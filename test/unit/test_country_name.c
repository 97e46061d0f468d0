/*
 * test_country_name.c
 *	  Unit test for wb_country_name() and wb_lang_from_string().
 *
 * Standalone (no PostgreSQL, no test framework); prints TAP and exits
 * non-zero if any test fails.  From the repository root:
 *
 *	gcc -std=c99 -Wall -Wextra -Werror -Isrc/core -o test_country_name \
 *		test/unit/test_country_name.c src/core/country_name.c
 *	./test_country_name
 *
 * Expected non-ASCII names are written as UTF-8 octal escapes, like the
 * generated table, so that this file does not depend on the source charset.
 */
#include <stdio.h>
#include <string.h>

#include "country_name.h"

/* A string literal and its length, excluding the terminating NUL. */
#define LIT(s) (s), (sizeof(s) - 1)

#define lengthof(array) (sizeof(array) / sizeof((array)[0]))

typedef struct name_case
{
	const char *code;
	size_t		len;
	wb_lang		lang;
	const char *expected;		/* NULL: no name expected */
	const char *desc;
} name_case;

static const name_case name_cases[] = {
	{LIT("CO"), WB_LANG_EN, "Colombia", "CO en"},
	{LIT("CO"), WB_LANG_ES, "Colombia", "CO es"},
	{LIT("US"), WB_LANG_EN, "United States", "US en"},
	{LIT("US"), WB_LANG_ES, "Estados Unidos", "US es"},
	{LIT("ES"), WB_LANG_EN, "Spain", "ES en"},
	{LIT("ES"), WB_LANG_ES, "Espa\303\261a", "ES es"},	/* España */
	{LIT("BR"), WB_LANG_EN, "Brazil", "BR en"},
	{LIT("BR"), WB_LANG_ES, "Brasil", "BR es"},

	/* Not in ISO 3166-1, added for libphonenumber. */
	{LIT("XK"), WB_LANG_EN, "Kosovo", "XK en"},
	{LIT("XK"), WB_LANG_ES, "Kosovo", "XK es"},
	{LIT("AC"), WB_LANG_EN, "Ascension Island", "AC en"},
	{LIT("AC"), WB_LANG_ES, "Isla Ascensi\303\263n", "AC es"},	/* Isla Ascensión */
	{LIT("TA"), WB_LANG_EN, "Tristan da Cunha", "TA en"},
	{LIT("TA"), WB_LANG_ES, "Trist\303\241n de Acu\303\261a", "TA es"},	/* Tristán de Acuña */

	/* Catalogue has no Spanish for "Türkiye"; generator override. */
	{LIT("TR"), WB_LANG_ES, "Turqu\303\255a", "TR es"}, /* Turquía */

	/* Case-insensitive letters. */
	{LIT("co"), WB_LANG_EN, "Colombia", "lowercase co en"},
	{LIT("es"), WB_LANG_ES, "Espa\303\261a", "lowercase es (Spain) es"},
	{LIT("cO"), WB_LANG_EN, "Colombia", "mixed case cO en"},

	/* The length, not a NUL, delimits the code. */
	{"COL", 2, WB_LANG_EN, "Colombia", "first 2 bytes of COL"},

	/* Rejected inputs. */
	{LIT("ZZ"), WB_LANG_EN, NULL, "unknown ZZ en"},
	{LIT("ZZ"), WB_LANG_ES, NULL, "unknown ZZ es"},
	{LIT("C"), WB_LANG_EN, NULL, "too short C"},
	{LIT("COL"), WB_LANG_EN, NULL, "too long COL"},
	{LIT(""), WB_LANG_EN, NULL, "empty"},
	{LIT("1A"), WB_LANG_EN, NULL, "digit 1A"},
	{LIT("A1"), WB_LANG_EN, NULL, "digit A1"},
	{LIT(" CO"), WB_LANG_EN, NULL, "leading space not trimmed"},
	{LIT("CO "), WB_LANG_EN, NULL, "trailing space not trimmed"},
	{LIT("C\0"), WB_LANG_EN, NULL, "embedded NUL"},
	{LIT("\311S"), WB_LANG_EN, NULL, "high-bit byte"},
	/* Neighbours of the letter ranges, to catch off-by-one range tests. */
	{LIT("@O"), WB_LANG_EN, NULL, "'@' before 'A'"},
	{LIT("C["), WB_LANG_EN, NULL, "'[' after 'Z'"},
	{LIT("`O"), WB_LANG_EN, NULL, "'`' before 'a'"},
	{LIT("C{"), WB_LANG_EN, NULL, "'{' after 'z'"},
	/* First and last slots of the table. */
	{LIT("AA"), WB_LANG_EN, NULL, "AA (slot 0) unassigned"},
	{LIT("ZW"), WB_LANG_EN, "Zimbabwe", "ZW"},
	{LIT("ZZ"), WB_LANG_ES, NULL, "ZZ (last slot) unassigned"},
};

typedef struct lang_case
{
	const char *s;
	size_t		len;
	int			ok;
	wb_lang		expected;		/* only meaningful when ok */
	const char *desc;
} lang_case;

static const lang_case lang_cases[] = {
	{LIT("en"), 1, WB_LANG_EN, "lang en"},
	{LIT("es"), 1, WB_LANG_ES, "lang es"},
	{LIT("EN"), 1, WB_LANG_EN, "lang EN"},
	{LIT("eS"), 1, WB_LANG_ES, "lang eS"},
	{"esp", 2, 1, WB_LANG_ES, "lang: first 2 bytes of esp"},
	{LIT("fr"), 0, WB_LANG_EN, "lang fr rejected"},
	{LIT("e"), 0, WB_LANG_EN, "lang e rejected"},
	{LIT(""), 0, WB_LANG_EN, "lang empty rejected"},
	{LIT("eng"), 0, WB_LANG_EN, "lang eng rejected"},
	{LIT(" en"), 0, WB_LANG_EN, "lang ' en' rejected"},
	{LIT("e\0"), 0, WB_LANG_EN, "lang embedded NUL rejected"},
};

/*
 * The 245 geographic region codes of libphonenumber: the id attributes of
 * the <territory> elements of PhoneNumberMetadata.xml, minus the
 * non-geographic "001", sorted.  Extracted once from
 * ../shared/data/libphonenumber/PhoneNumberMetadata.xml (relative to the
 * repository root) with:
 *
 *	grep -o '<territory id="[^"]*"' PhoneNumberMetadata.xml |
 *		sed 's/.*id="//;s/"//' | grep -vx 001 | sort -u
 */
static const char *const phone_regions[] = {
	"AC", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AR", "AS", "AT",
	"AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI",
	"BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BW", "BY", "BZ",
	"CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO",
	"CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO",
	"DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM",
	"FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM",
	"GN", "GP", "GQ", "GR", "GT", "GU", "GW", "GY", "HK", "HN", "HR", "HT",
	"HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE",
	"JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW",
	"KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV",
	"LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN",
	"MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
	"NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
	"OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PR", "PS", "PT",
	"PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD",
	"SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
	"ST", "SV", "SX", "SY", "SZ", "TA", "TC", "TD", "TG", "TH", "TJ", "TK",
	"TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "US",
	"UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK",
	"YE", "YT", "ZA", "ZM", "ZW",
};

static int	test_number = 0;
static int	failures = 0;

static void
report(int passed, const char *desc)
{
	test_number++;
	if (!passed)
		failures++;
	printf("%sok %d - %s\n", passed ? "" : "not ", test_number, desc);
}

static int
same_name(const char *got, const char *expected)
{
	if (got == NULL || expected == NULL)
		return got == expected;
	return strcmp(got, expected) == 0;
}

int
main(void)
{
	int			planned;
	size_t		i;
	int			all_named;

	planned = (int) (lengthof(name_cases) + lengthof(lang_cases)) + 3;
	printf("1..%d\n", planned);

	for (i = 0; i < lengthof(name_cases); i++)
	{
		const name_case *c = &name_cases[i];
		const char *got = wb_country_name(c->code, c->len, c->lang);
		int			passed = same_name(got, c->expected);

		report(passed, c->desc);
		if (!passed)
			printf("#   got \"%s\", expected \"%s\"\n",
				   got ? got : "(null)",
				   c->expected ? c->expected : "(null)");
	}

	/* Must not index past the two-language table. */
	report(wb_country_name(LIT("CO"), (wb_lang) 2) == NULL,
		   "out-of-range language gives NULL");

	for (i = 0; i < lengthof(lang_cases); i++)
	{
		const lang_case *c = &lang_cases[i];

		/*
		 * Start from the other language (or EN for failures), so that both
		 * a missed store and a stray store show up.
		 */
		wb_lang		out = c->ok && c->expected == WB_LANG_EN ?
			WB_LANG_ES : WB_LANG_EN;
		int			ok = wb_lang_from_string(c->s, c->len, &out);

		report(ok == c->ok && out == (c->ok ? c->expected : WB_LANG_EN),
			   c->desc);
	}

	report(lengthof(phone_regions) == 245,
		   "embedded libphonenumber region list has 245 codes");

	all_named = 1;
	for (i = 0; i < lengthof(phone_regions); i++)
	{
		const char *code = phone_regions[i];

		if (wb_country_name(code, 2, WB_LANG_EN) == NULL)
		{
			printf("# no English name for %s\n", code);
			all_named = 0;
		}
		if (wb_country_name(code, 2, WB_LANG_ES) == NULL)
		{
			printf("# no Spanish name for %s\n", code);
			all_named = 0;
		}
	}
	report(all_named,
		   "every libphonenumber region has an English and a Spanish name");

	if (test_number != planned)
	{
		printf("# planned %d tests but ran %d\n", planned, test_number);
		return 1;
	}
	return failures == 0 ? 0 : 1;
}
