/*
 * phone_number.c
 *	  Reading international phone numbers and finding their region.
 */
#include "phone_number.h"

#include "calling_codes.h"
#include "calling_codes_table.h"

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

wb_phone_status
wb_phone_parse(const char *text, size_t len, wb_phone *phone)
{
	size_t		i = 0;
	int			n = 0;
	const wb_calling_code_info *info;
	int			nsn_length;

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
			if (n == WB_E164_MAX_DIGITS)
				return WB_PHONE_TOO_LONG;
			phone->digits[n++] = c;
		}
		else if (!is_separator(c))
			return WB_PHONE_BAD_CHARACTER;
	}
	if (n == 0)
		return WB_PHONE_EMPTY;
	phone->digits[n] = '\0';
	phone->ndigits = (uint8_t) n;

	info = find_calling_code(phone);
	if (info == NULL)
		return WB_PHONE_UNKNOWN_CALLING_CODE;
	nsn_length = n - phone->calling_code_length;
	if (nsn_length < info->min_nsn_length)
		return WB_PHONE_TOO_SHORT_FOR_CODE;
	return WB_PHONE_OK;
}

const char *
wb_phone_region(const wb_phone *phone)
{
	const wb_calling_code_info *info = &wb_calling_codes[phone->calling_code];
	const wb_break_slice *slice;
	const wb_region_break *breaks;
	uint64_t	nsn = 0;
	int			lo,
				hi;

	if (info->shared == 0)
		return info->main_region ? wb_region_codes[info->main_region] : NULL;

	for (int i = phone->calling_code_length; i < phone->ndigits; i++)
		nsn = nsn * 10 + (uint64_t) (phone->digits[i] - '0');

	slice = &wb_shared_code_slices[info->shared - 1]
		[phone->ndigits - phone->calling_code_length];
	breaks = &wb_region_breaks[slice->first];

	/* Last break whose first number is <= nsn; breaks[0] starts at 0. */
	lo = 0;
	hi = slice->count - 1;
	if (hi < 0)
		return wb_region_codes[info->main_region];
	while (lo < hi)
	{
		int			mid = lo + (hi - lo + 1) / 2;

		if (breaks[mid].first_number <= nsn)
			lo = mid;
		else
			hi = mid - 1;
	}
	return wb_region_codes[breaks[lo].region];
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
			return "the number has more than 15 digits";
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
