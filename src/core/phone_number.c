/*
 * phone_number.c
 *	  Reading international phone numbers and finding their region.
 */
#include "phone_number.h"

#include <string.h>

#include "calling_codes.h"
#include "calling_codes_table.h"

/* The tables go as far as the longest national number read, no further. */
typedef char wb_tables_cover_national_numbers[WB_MAX_NSN_LENGTH == WB_NATIONAL_MAX_DIGITS ? 1 : -1];

static inline int
is_separator(char c)
{
	return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/';
}

/*
 * Finds the calling code at the start of the digits.  E.164 calling codes
 * form a prefix code, so at most one of the 1-, 2- and 3-digit prefixes is
 * assigned.
 */
static const wb_calling_code_info *
find_calling_code(wb_phone *phone)
{
	unsigned	code = 0;

	/* No calling code starts with 0; without this, "057" would read as 57. */
	if (phone->digits[0] == '0')
		return NULL;
	for (int i = 0; i < 3 && i < phone->ndigits - 1; i++)
	{
		const wb_calling_code_info *info;

		code = code * 10 + (unsigned) (phone->digits[i] - '0');
		info = &wb_calling_codes[code];
		if (info->max_nsn_length != 0)
		{
			phone->calling_code = (uint16_t) code;
			phone->calling_code_length = (uint8_t) (i + 1);
			return info;
		}
	}
	return NULL;
}

/*
 * Replaces the national number, nsn_length digits after the calling code, by
 * what libphonenumber's parse makes of it.
 */
static void
apply_rewrite(wb_phone *phone, const wb_rewrite *rewrite, int nsn_length)
{
	char	   *nsn = phone->digits + phone->calling_code_length;
	char		national[WB_NATIONAL_MAX_DIGITS];
	int			n = rewrite->prefix_length;

	memcpy(national, rewrite->prefix, n);
	memcpy(national + n, nsn + rewrite->keep_from, rewrite->keep_to - rewrite->keep_from);
	n += rewrite->keep_to - rewrite->keep_from;
	memcpy(national + n, nsn + rewrite->resume_at, nsn_length - rewrite->resume_at);
	n += nsn_length - rewrite->resume_at;
	memcpy(nsn, national, n);
	nsn[n] = '\0';
	phone->ndigits = (uint8_t) (phone->calling_code_length + n);
}

/*
 * The breakpoint of a national number in one of its code's tables: the last
 * one whose first number is not greater than it.  0 (the main region,
 * unchanged) where the table says nothing for the length.
 */
static uint64_t
find_break(uint16_t table, const char *nsn, int nsn_length)
{
	const wb_break_slice *slice = &wb_slices[wb_code_slices[table - 1][nsn_length]];
	const uint64_t *breaks = &wb_breaks[slice->first];
	uint64_t	key = 0;
	const uint64_t *base;
	int			n;

	if (slice->count == 0)
		return 0;
	for (int i = 0; i < slice->depth; i++)
		key = key * 10 + (uint64_t) (nsn[i] - '0');
	/* Above every breakpoint of the same number, whatever its payload. */
	key = key << 16 | 0xFFFF;

	/*
	 * breaks[0] starts at 0, so the answer exists.  Halving without a
	 * branch on the comparison: which way a number goes is as good as
	 * random, and a mispredicted branch per step cost more than the step.
	 */
	base = breaks;
	n = slice->count;
	while (n > 1)
	{
		int			half = n / 2;

		base = base[half] <= key ? base + half : base;
		n -= half;
	}
	return *base;
}

/*
 * The end of wb_phone_parse for a number that may start with its national
 * prefix: libphonenumber's parse, then the length check on the result.  The
 * table has nothing for lengths that stay too short.
 *
 * Not inlined: its stack buffer and registers would cost every number.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static wb_phone_status
strip_national_prefix(wb_phone *phone, const wb_calling_code_info *info,
					  int nsn_length)
{
	uint8_t		rewrite = WB_BREAK_REWRITE(find_break(info->strip_table,
													  phone->digits + phone->calling_code_length,
													  nsn_length));

	if (rewrite != 0)
	{
		apply_rewrite(phone, &wb_rewrites[rewrite], nsn_length);
		nsn_length = phone->ndigits - phone->calling_code_length;
	}
	if (nsn_length < info->min_nsn_length)
		return WB_PHONE_TOO_SHORT_FOR_CODE;
	return WB_PHONE_OK;
}

/* From the digits on: calling code, national prefix, length. */
static wb_phone_status
finish_parse(wb_phone *phone, int n)
{
	const wb_calling_code_info *info;
	int			nsn_length;

	if (n == 0)
		return WB_PHONE_EMPTY;
	phone->digits[n] = '\0';
	phone->ndigits = (uint8_t) n;

	info = find_calling_code(phone);
	if (info == NULL)
		return WB_PHONE_UNKNOWN_CALLING_CODE;
	nsn_length = n - phone->calling_code_length;
	if (nsn_length > WB_NATIONAL_MAX_DIGITS)
		return WB_PHONE_TOO_LONG;

	/*
	 * Most numbers do not start with a digit that their national prefix
	 * can start with: they skip the table.  A tail call keeps the rest of
	 * the function free of the registers that the table's path needs.
	 */
	if (info->strip_digits & (1u << (phone->digits[phone->calling_code_length] - '0')))
		return strip_national_prefix(phone, info, nsn_length);
	if (nsn_length < info->min_nsn_length)
		return WB_PHONE_TOO_SHORT_FOR_CODE;
	return WB_PHONE_OK;
}

wb_phone_status
wb_phone_parse(const char *text, size_t len, wb_phone *phone)
{
	size_t		i = 0;
	int			n = 0;

	/*
	 * Most input is bare digits, as WhatsApp writes numbers: copy them
	 * without the separator and prefix logic below.
	 */
	if (len > 0 && len <= WB_PHONE_MAX_DIGITS && text[0] >= '1' && text[0] <= '9')
	{
		while (n < (int) len && text[n] >= '0' && text[n] <= '9')
		{
			phone->digits[n] = text[n];
			n++;
		}
		if (n == (int) len)
			return finish_parse(phone, n);
		n = 0;
	}

	/* An optional '+' may only come before every digit. */
	while (i < len && is_separator(text[i]))
		i++;
	if (i < len && text[i] == '+')
		i++;
	else
	{
		/* "00" is the international prefix most of the world dials. */
		size_t		j = i;
		int			zeros = 0;

		while (j < len && zeros < 2 && (text[j] == '0' || is_separator(text[j])))
		{
			if (text[j] == '0')
				zeros++;
			j++;
		}
		if (zeros == 2)
			i = j;
	}

	for (; i < len; i++)
	{
		char		c = text[i];

		if (c >= '0' && c <= '9')
		{
			if (n == WB_PHONE_MAX_DIGITS)
				return WB_PHONE_TOO_LONG;
			phone->digits[n++] = c;
		}
		else if (!is_separator(c))
			return WB_PHONE_BAD_CHARACTER;
	}
	return finish_parse(phone, n);
}

wb_phone_status
wb_phone_parse_digits(const char *digits, size_t len, wb_phone *phone)
{
	/* "00" may still be an international prefix: the general reader knows */
	if (len > 0 && digits[0] == '0')
		return wb_phone_parse(digits, len, phone);
	if (len > WB_PHONE_MAX_DIGITS)
		return WB_PHONE_TOO_LONG;
	memcpy(phone->digits, digits, len);
	return finish_parse(phone, (int) len);
}

int
wb_phone_region_index(const wb_phone *phone)
{
	const wb_calling_code_info *info = &wb_calling_codes[phone->calling_code];

	if (info->region_table != 0)
	{
		uint8_t		region = WB_BREAK_REGION(find_break(info->region_table,
														phone->digits + phone->calling_code_length,
														phone->ndigits - phone->calling_code_length));

		if (region != 0)
			return region;
	}
	return info->main_region;
}

const char *
wb_phone_region(const wb_phone *phone)
{
	return wb_region_code(wb_phone_region_index(phone));
}

const char *
wb_region_code(int region_index)
{
	if (region_index <= 0 || region_index > WB_REGION_COUNT)
		return NULL;
	return wb_region_codes[region_index];
}

int
wb_region_count(void)
{
	return WB_REGION_COUNT;
}

const char *
wb_calling_code_main_region(int calling_code)
{
	if (calling_code <= 0 || calling_code >= 1000)
		return NULL;
	if (wb_calling_codes[calling_code].main_region == 0)
		return NULL;
	return wb_region_codes[wb_calling_codes[calling_code].main_region];
}

const char *
wb_phone_status_text(wb_phone_status status)
{
	switch (status)
	{
		case WB_PHONE_OK:
			return "the number is well formed";
		case WB_PHONE_EMPTY:
			return "the number has no digits";
		case WB_PHONE_BAD_CHARACTER:
			return "the number has a character other than digits, separators and one leading \"+\"";
		case WB_PHONE_TOO_LONG:
			return "the number has more than 17 digits after its calling code";
		case WB_PHONE_UNKNOWN_CALLING_CODE:
			return "the number does not start with an assigned calling code";
		case WB_PHONE_TOO_SHORT_FOR_CODE:
			return "the number is too short for its calling code";
	}
	return "unknown phone status";
}

const char *
wb_phone_data_version(void)
{
	return WB_PHONE_DATA_VERSION;
}
