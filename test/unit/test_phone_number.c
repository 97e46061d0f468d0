/*
 * test_phone_number.c
 *	  Unit test of phone-number reading and region lookup
 *	  (src/core/phone_number.c).
 *
 * Besides the spellings below (whose digits are the E.164 form that
 * libphonenumber gives, national prefix stripped), it checks every number of
 * the fixture test/data/phone_regions.tsv (path in argv[1]), whose regions
 * come from test/oracle/libphonenumber_region.py, a port of libphonenumber's
 * own logic that runs its regular expressions: an independent route to the
 * same answer as the generated tables.  No row is left out: every calling
 * code's national prefix is in the tables.
 */
#include <stdlib.h>
#include <string.h>

#include "phone_number.h"
#include "tap.h"

typedef struct spelling_case
{
	const char *input;
	wb_phone_status status;
	const char *digits;			/* on WB_PHONE_OK */
	int			calling_code;
	const char *region;			/* NULL: no region */
} spelling_case;

static const spelling_case spellings[] = {
	{"573001234567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"+573001234567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"00573001234567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"+57 300 123 4567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"(+57) 300-123-4567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"57.300.123.4567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"57/300/1234567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"00 57 300 1234567", WB_PHONE_OK, "573001234567", 57, "CO"},
	{"12125550123", WB_PHONE_OK, "12125550123", 1, "US"},
	{"14165550123", WB_PHONE_OK, "14165550123", 1, "CA"},
	{"18092345678", WB_PHONE_OK, "18092345678", 1, "DO"},
	{"17872345678", WB_PHONE_OK, "17872345678", 1, "PR"},
	{"18762345678", WB_PHONE_OK, "18762345678", 1, "JM"},
	{"79123456789", WB_PHONE_OK, "79123456789", 7, "RU"},
	{"77012345678", WB_PHONE_OK, "77012345678", 7, "KZ"},
	{"447400123456", WB_PHONE_OK, "447400123456", 44, "GB"},
	{"447781123456", WB_PHONE_OK, "447781123456", 44, "GG"},
	{"390612345678", WB_PHONE_OK, "390612345678", 39, "IT"},
	{"80012345678", WB_PHONE_OK, "80012345678", 800, NULL},
	{"882130123456", WB_PHONE_OK, "882130123456", 882, NULL},
	{"", WB_PHONE_EMPTY, NULL, 0, NULL},
	{"+", WB_PHONE_EMPTY, NULL, 0, NULL},
	{" - ", WB_PHONE_EMPTY, NULL, 0, NULL},
	{"++573001234567", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},
	{"57+3001234567", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},
	{"57300123456a", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},
	{"\xEF\xBC\x8B" "573001234567", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},	/* full-width + */
	{"\xEF\xBC\x95\xEF\xBC\x97", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},	/* full-width 57 */
	{"\xD9\xA5\xD9\xA7", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},	/* Arabic-Indic 57 */
	{"57\t3001234567", WB_PHONE_BAD_CHARACTER, NULL, 0, NULL},
	/* libphonenumber's limit: 17 digits after the calling code */
	{"1234567890123456789", WB_PHONE_TOO_LONG, NULL, 0, NULL},
	{"+234 800429-680028512345", WB_PHONE_TOO_LONG, NULL, 0, NULL},
	{"123456789012345678901", WB_PHONE_TOO_LONG, NULL, 0, NULL},
	{"00 49 800 1659 0575 3991 234", WB_PHONE_TOO_LONG, NULL, 0, NULL},
	{"0573001234567", WB_PHONE_UNKNOWN_CALLING_CODE, NULL, 0, NULL},
	{"+0573001234567", WB_PHONE_UNKNOWN_CALLING_CODE, NULL, 0, NULL},
	{"2800123456", WB_PHONE_UNKNOWN_CALLING_CODE, NULL, 0, NULL},	/* +280 is unassigned */
	{"5730", WB_PHONE_TOO_SHORT_FOR_CODE, NULL, 0, NULL},
	/* longer than Mexico's plan, but WhatsApp writes Mexican mobiles so */
	{"5215512345678", WB_PHONE_OK, "5215512345678", 52, "MX"},
	/* valid toll-free numbers longer than E.164's 15 digits in all */
	{"+234 800429-6800285", WB_PHONE_OK, "2348004296800285", 234, "NG"},
	{"+81 00782057472501", WB_PHONE_OK, "8100782057472501", 81, "JP"},
	{"+49 80016590575399", WB_PHONE_OK, "4980016590575399", 49, "DE"},
	/* longer than any number of their code, up to 17 after it: the code's country */
	{"1234567890123456", WB_PHONE_OK, "1234567890123456", 1, "US"},
	{"+1 212 555 0123 456 789", WB_PHONE_OK, "12125550123456789", 1, "US"},
	{"23480042968002851234", WB_PHONE_OK, "23480042968002851234", 234, "NG"},
	{"+52 1 55 1234 5678 9012 34", WB_PHONE_OK, "5215512345678901234", 52, "MX"},

	/*
	 * A national (trunk) prefix after the calling code goes, as in
	 * libphonenumber's parse, and the region is that of what remains.
	 */
	{"+44 (0) 20 7946 0958", WB_PHONE_OK, "442079460958", 44, "GB"},
	{"+44 (0)20 7946 0958", WB_PHONE_OK, "442079460958", 44, "GB"},
	{"+44 020 7946 0958", WB_PHONE_OK, "442079460958", 44, "GB"},
	{"4402079460958", WB_PHONE_OK, "442079460958", 44, "GB"},
	{"+44 (0) 1481 527476", WB_PHONE_OK, "441481527476", 44, "GG"},
	{"0044 (0)1481 527476", WB_PHONE_OK, "441481527476", 44, "GG"},
	{"+44 (0) 7781 123456", WB_PHONE_OK, "447781123456", 44, "GG"},
	{"+358 0 89504", WB_PHONE_OK, "35889504", 358, "FI"},
	{"+7 8 912 345 67 89", WB_PHONE_OK, "79123456789", 7, "RU"},
	{"+7 8 701 234 56 78", WB_PHONE_OK, "77012345678", 7, "KZ"},
	{"+1 1 246 521 1212", WB_PHONE_OK, "12465211212", 1, "BB"},
	{"+33 (0)6 12 34 56 78", WB_PHONE_OK, "33612345678", 33, "FR"},
	/* stripped, 8 digits would be local-only in the UK: kept whole */
	{"+44 (0) 20 7946 09", WB_PHONE_OK, "44020794609", 44, "GB"},
	/* stripped, too short for France: kept whole */
	{"+33 0 1234 5678", WB_PHONE_OK, "33012345678", 33, "FR"},
	/* valid with its zeros, and without them it would not be */
	{"+81 0037 6801 234", WB_PHONE_OK, "8100376801234", 81, "JP"},
	/* transform rules: carrier codes out, digits in */
	{"+54 011 15 1234 5678", WB_PHONE_OK, "5491112345678", 54, "AR"},
	{"+55 0 15 11 2345 6789", WB_PHONE_OK, "551123456789", 55, "BR"},
	{"+261 234 5678", WB_PHONE_OK, "261202345678", 261, "MG"},
	{"+378 912345", WB_PHONE_OK, "3780549912345", 378, "SM"},
	/* too short for San Marino, and no transform makes it longer */
	{"+378 712345", WB_PHONE_TOO_SHORT_FOR_CODE, NULL, 0, NULL},
};

static void
check_spellings(void)
{
	for (size_t i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
	{
		const spelling_case *c = &spellings[i];
		wb_phone	phone;
		wb_phone_status got = wb_phone_parse(c->input, strlen(c->input), &phone);
		int			passed = got == c->status;

		if (passed && got == WB_PHONE_OK)
		{
			const char *region = wb_phone_region(&phone);

			passed = strcmp(phone.digits, c->digits) == 0 &&
				phone.calling_code == c->calling_code &&
				(c->region == NULL ? region == NULL :
				 region != NULL && strcmp(region, c->region) == 0);
		}
		tap_ok(passed, "spelling %zu \"%s\": %s", i, c->input, wb_phone_status_text(got));
	}
}

static void
check_long_inputs(void)
{
	size_t		n = 100000;
	char	   *big = malloc(n);
	wb_phone	phone;

	memset(big, '5', n);
	tap_ok(wb_phone_parse(big, n, &phone) == WB_PHONE_TOO_LONG, "100 000 digits");
	memset(big, ' ', n);
	tap_ok(wb_phone_parse(big, n, &phone) == WB_PHONE_EMPTY, "100 000 spaces");
	memcpy(big + n - 12, "573001234567", 12);
	tap_ok(wb_phone_parse(big, n, &phone) == WB_PHONE_OK, "a number after 99 988 spaces");
	free(big);
}

/*
 * One TAP line per group of the fixture (a region, or a shared calling code
 * for the random numbers that no region needs to accept).
 */
static void
check_fixture(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[256];
	char		group[64] = "";
	long		rows = 0,
				group_rows = 0,
				group_bad = 0;
	char		first_bad[128] = "";

	if (f == NULL)
	{
		tap_ok(0, "fixture %s can be read", path);
		return;
	}
	if (fgets(line, sizeof(line), f) == NULL)
		line[0] = '\0';
	while (fgets(line, sizeof(line), f) != NULL)
	{
		char	   *number = strtok(line, "\t\n");
		char	   *source = strtok(NULL, "\t\n");
		char	   *expected = strtok(NULL, "\t\n");
		char		this_group[64];
		char	   *colon;
		wb_phone	phone;
		const char *got = NULL;
		wb_phone_status status;

		if (number == NULL || source == NULL)
			continue;
		/*
		 * "example:CO:mobile" and "random:CO:voip" both group as "CO";
		 * "random-any:44" and "np-prefixed:44" are groups of their own.
		 */
		colon = strchr(source, ':');
		if (strncmp(source, "example:", 8) == 0 || strncmp(source, "random:", 7) == 0)
		{
			snprintf(this_group, sizeof(this_group), "%s", colon + 1);
			if ((colon = strchr(this_group, ':')) != NULL)
				*colon = '\0';
		}
		else
			snprintf(this_group, sizeof(this_group), "%s", source);
		if (strcmp(this_group, group) != 0)
		{
			if (group_rows > 0)
				tap_ok(group_bad == 0, "fixture group %s: %ld numbers, %ld differ%s%s",
					   group, group_rows, group_bad, group_bad ? ", first: " : "", first_bad);
			snprintf(group, sizeof(group), "%s", this_group);
			group_rows = group_bad = 0;
			first_bad[0] = '\0';
		}
		rows++;
		group_rows++;
		status = wb_phone_parse(number, strlen(number), &phone);
		if (status == WB_PHONE_OK)
			got = wb_phone_region(&phone);

		/*
		 * Expected: the region; no region for non-geographic entities
		 * ("001"); the main country where no region accepts the number.
		 */
		if (status == WB_PHONE_OK && expected == NULL)
			expected = (char *) wb_calling_code_main_region(phone.calling_code);
		if (status != WB_PHONE_OK ||
			(strcmp(expected, "001") == 0 ? got != NULL :
			 got == NULL || strcmp(got, expected) != 0))
		{
			group_bad++;
			if (first_bad[0] == '\0')
				snprintf(first_bad, sizeof(first_bad), "%s wants %s, got %s",
						 number, expected ? expected : "?",
						 got ? got : wb_phone_status_text(status));
		}
	}
	if (group_rows > 0)
		tap_ok(group_bad == 0, "fixture group %s: %ld numbers, %ld differ%s%s",
			   group, group_rows, group_bad, group_bad ? ", first: " : "", first_bad);
	tap_ok(rows > 10000, "fixture has %ld numbers", rows);
	fclose(f);
}

int
main(int argc, char **argv)
{
	check_spellings();
	check_long_inputs();
	check_fixture(argc > 1 ? argv[1] : "test/data/phone_regions.tsv");
	return tap_done();
}
