/*
 * phone_number.h
 *	  Reading international phone numbers and finding their region.
 *
 * Plain C, no PostgreSQL headers: the unit tests and the fuzzer use it
 * without a server.  Nothing here allocates.
 */
#ifndef WABILL_PHONE_NUMBER_H
#define WABILL_PHONE_NUMBER_H

#include <stddef.h>
#include <stdint.h>

/*
 * libphonenumber reads national numbers of up to 17 digits (its
 * MAX_LENGTH_FOR_NSN), after a calling code of up to 3: more than E.164's
 * 15 digits in all, as some valid numbers need (toll-free numbers of Japan,
 * Indonesia, Germany, Nigeria...).
 */
#define WB_NATIONAL_MAX_DIGITS 17
#define WB_PHONE_MAX_DIGITS (3 + WB_NATIONAL_MAX_DIGITS)

typedef enum wb_phone_status
{
	WB_PHONE_OK = 0,
	WB_PHONE_EMPTY,				/* no digits at all */
	WB_PHONE_BAD_CHARACTER,		/* not a digit, separator or leading '+' */
	WB_PHONE_TOO_LONG,			/* more than 17 digits after the calling code */
	WB_PHONE_UNKNOWN_CALLING_CODE,
	WB_PHONE_TOO_SHORT_FOR_CODE /* shorter than any number of that code */
} wb_phone_status;

typedef struct wb_phone
{
	/*
	 * Calling code and national significant number, NUL-terminated: the
	 * E.164 digits, after libphonenumber's handling of a national prefix
	 * ("+44 (0) 20 7946 0958" gives 442079460958).
	 */
	char		digits[WB_PHONE_MAX_DIGITS + 1];
	uint8_t		ndigits;
	uint8_t		calling_code_length;
	uint16_t	calling_code;
} wb_phone;

/*
 * Reads text as an international number: an optional leading "+" or "00",
 * then digits, with spaces, '-', '.', '(', ')' and '/' ignored anywhere.
 * Like libphonenumber's parse, it strips a national (trunk) prefix written
 * after the calling code, using the rules of the code's main country, and
 * applies its transform rule if it has one.  The length check applies to the
 * result.  On WB_PHONE_OK *phone is filled in; otherwise its contents are
 * unspecified.
 */
extern wb_phone_status wb_phone_parse(const char *text, size_t len, wb_phone *phone);

/*
 * The same for text known to be 0 to len ASCII digits and nothing else, such
 * as a session ID's customer phone: no separators, no "+" or "00".
 */
extern wb_phone_status wb_phone_parse_digits(const char *digits, size_t len,
											 wb_phone *phone);

/*
 * The ISO 3166-1 alpha-2 region of a parsed number, as libphonenumber's
 * GetRegionCodeForNumber gives it; for a number that no region of a shared
 * calling code accepts, the code's main country.  NULL for non-geographic
 * calling codes (+800, +882, ...).  Returns a static string.
 */
extern const char *wb_phone_region(const wb_phone *phone);

/*
 * The same region as a number from 1 to wb_region_count(), 0 for none, for
 * callers that keep something per region; wb_region_code() turns it back
 * into the two letters (NULL for 0).
 */
extern int	wb_phone_region_index(const wb_phone *phone);
extern const char *wb_region_code(int region_index);
extern int	wb_region_count(void);

/*
 * The main country of a calling code (US for 1, RU for 7, GB for 44...), or
 * NULL for unassigned and non-geographic codes.
 */
extern const char *wb_calling_code_main_region(int calling_code);

/* A short lowercase sentence for a status, for messages and tests. */
extern const char *wb_phone_status_text(wb_phone_status status);

/* The libphonenumber release that the region tables come from. */
extern const char *wb_phone_data_version(void);

#endif							/* WABILL_PHONE_NUMBER_H */
