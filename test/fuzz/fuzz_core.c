/*
 * fuzz_core.c
 *	  libFuzzer harness for the plain-C core (src/core): the session-ID
 *	  parser, the phone parser and region lookup, and the country names.
 *
 * Every input goes to every entry point, from a malloc'd buffer of exactly
 * the input's size and without a trailing NUL, so that AddressSanitizer
 * reports any read past the end.  Besides memory errors and undefined
 * behaviour, the harness checks properties that must hold for every input
 * and abort()s, naming the property, when one does not.  Most of them are
 * checked against the README's own description of the accepted syntax,
 * written here independently of the core's code.
 *
 * Built and run by "make fuzz" (test/fuzz/fuzz.mk, test/fuzz/run.sh).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country_name.h"
#include "phone_number.h"
#include "session_id.h"

static const uint8_t *current_input;
static size_t current_size;

static void
fail(const char *what)
{
	fprintf(stderr, "\nfuzz_core: invariant violated: %s\ninput (%zu bytes): \"",
			what, current_size);
	for (size_t i = 0; i < current_size && i < 200; i++)
	{
		uint8_t		c = current_input[i];

		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
			fputc(c, stderr);
		else
			fprintf(stderr, "\\x%02X", c);
	}
	fprintf(stderr, "%s\"\n", current_size > 200 ? "..." : "");
	abort();
}

#define CHECK(cond, what) do { if (!(cond)) fail(what); } while (0)

/* An exactly-sized heap copy of prefix + body + suffix, with no NUL. */
static char *
exact_copy(const char *prefix, const char *body, size_t len, const char *suffix,
		   size_t *out_len)
{
	size_t		p = strlen(prefix);
	size_t		s = strlen(suffix);
	size_t		n = p + len + s;
	char	   *buf = malloc(n > 0 ? n : 1);

	if (buf == NULL)
		abort();
	memcpy(buf, prefix, p);
	if (len > 0)
		memcpy(buf + p, body, len);
	memcpy(buf + p + len, suffix, s);
	*out_len = n;
	return buf;
}

static int
is_ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * The Unicode White_Space code point encoded at s (strict UTF-8), as its
 * byte length, or 0.  Written from the Unicode list, not from session_id.c.
 */
static size_t
white_space_at(const unsigned char *s, size_t n)
{
	uint32_t	cp;
	size_t		len;

	if (n == 0)
		return 0;
	if (s[0] < 0x80)
		return (s[0] == ' ' || (s[0] >= 0x09 && s[0] <= 0x0D)) ? 1 : 0;
	if ((s[0] & 0xE0) == 0xC0 && n >= 2 && (s[1] & 0xC0) == 0x80)
	{
		cp = ((uint32_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		len = 2;
	}
	else if ((s[0] & 0xF0) == 0xE0 && n >= 3 && (s[1] & 0xC0) == 0x80 &&
			 (s[2] & 0xC0) == 0x80)
	{
		cp = ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) |
			(s[2] & 0x3F);
		len = 3;
	}
	else
		return 0;
	if (cp < (len == 2 ? 0x80u : 0x800u))
		return 0;				/* overlong: not UTF-8 */
	if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
		(cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
		cp == 0x202F || cp == 0x205F || cp == 0x3000)
		return len;
	return 0;
}

/* n bytes that are nothing but White_Space characters (or nothing). */
static int
all_white_space(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		k = white_space_at(s + i, n - i);

		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

static int
inside(const char *base, size_t size, const char *part, size_t part_len)
{
	return part >= base && part <= base + size &&
		part_len <= (size_t) (base + size - part);
}

/* ---- session IDs ---- */

static void check_phone_text(const char *text, size_t len);

static wb_session_problem
check_session(const char *buf, size_t size, wb_session_id *out)
{
	wb_session_id parts;
	wb_session_problem problem;
	const char *text;
	const char *sentence;
	const unsigned char *u = (const unsigned char *) buf;

	memset(&parts, 0xA5, sizeof(parts));
	problem = wb_session_parse(buf, size, &parts);
	text = wb_session_problem_text(problem);
	sentence = wb_session_problem_sentence(problem);
	CHECK((problem == WB_SESSION_OK) == (text == NULL),
		  "wb_session_problem_text is NULL exactly for a well-formed ID");
	CHECK((problem == WB_SESSION_OK) == (sentence == NULL),
		  "wb_session_problem_sentence is NULL exactly for a well-formed ID");
	CHECK(text == NULL || (text[0] != '\0' && strlen(text) < 200),
		  "a session problem's text is short and non-empty");
	CHECK(sentence == NULL || (sentence[0] != '\0' && strlen(sentence) < 300),
		  "a session problem's sentence is short and non-empty");
	if (problem != WB_SESSION_OK)
		return problem;

	/* the three parts point inside the input, in order, between dots */
	CHECK(inside(buf, size, parts.phone, parts.phone_len), "the phone part is inside the input");
	CHECK(inside(buf, size, parts.operation, parts.operation_len), "the operation is inside the input");
	CHECK(inside(buf, size, parts.connector, parts.connector_len), "the connector is inside the input");
	CHECK(parts.phone_len >= 1 && parts.phone_len <= 20, "the phone part has 1 to 20 characters");
	for (size_t i = 0; i < parts.phone_len; i++)
		CHECK(is_ascii_digit((unsigned char) parts.phone[i]), "the phone part is ASCII digits");
	CHECK(parts.operation == parts.phone + parts.phone_len + 1 && parts.operation[-1] == '.',
		  "the operation starts right after the first dot");
	CHECK(parts.connector == parts.operation + parts.operation_len + 1 && parts.connector[-1] == '.',
		  "the connector starts right after the last dot");
	CHECK(parts.operation_len >= 1 && parts.connector_len >= 1,
		  "operation and connector are non-empty");
	CHECK(memchr(parts.connector, '.', parts.connector_len) == NULL,
		  "the connector holds no dot (it follows the last one)");

	/* before the phone: White_Space, then at most one '+' */
	{
		size_t		lead = (size_t) (parts.phone - buf);
		size_t		trail_start = (size_t) (parts.connector + parts.connector_len - buf);

		if (lead > 0 && buf[lead - 1] == '+')
			lead--;
		CHECK(all_white_space(u, lead), "only whitespace and one '+' precede the phone");
		CHECK(all_white_space(u + trail_start, size - trail_start),
			  "only whitespace follows the connector");
	}

	/* the operation: not blank, no control character */
	{
		const unsigned char *op = (const unsigned char *) parts.operation;

		CHECK(!all_white_space(op, parts.operation_len), "the operation is not only whitespace");
		for (size_t i = 0; i < parts.operation_len; i++)
		{
			CHECK(op[i] >= 0x20 && op[i] != 0x7F, "the operation has no C0 control or DEL");
			CHECK(!(op[i] == 0xC2 && i + 1 < parts.operation_len &&
					op[i + 1] >= 0x80 && op[i + 1] <= 0x9F),
				  "the operation has no C1 control");
		}
	}
	/* the connector: no whitespace, no control character */
	{
		const unsigned char *c = (const unsigned char *) parts.connector;

		for (size_t i = 0; i < parts.connector_len; i++)
		{
			CHECK(c[i] > 0x20 && c[i] != 0x7F, "the connector has no space, C0 control or DEL");
			CHECK(white_space_at(c + i, parts.connector_len - i) == 0,
				  "the connector has no Unicode whitespace");
			CHECK(!(c[i] == 0xC2 && i + 1 < parts.connector_len &&
					c[i + 1] >= 0x80 && c[i + 1] <= 0x9F),
				  "the connector has no C1 control");
		}
	}

	/*
	 * The phone parser reads the phone part's characters (whether they make
	 * a number of some country is another matter; "00" has no digits left).
	 * A session ID's phone may have WB_PHONE_MAX_DIGITS digits, but a number
	 * has at most WB_NATIONAL_MAX_DIGITS after its calling code of one to
	 * three digits: only a phone longer than one code digit and the national
	 * maximum can be too long for its code.
	 */
	{
		wb_phone	phone;
		wb_phone_status st = wb_phone_parse(parts.phone, parts.phone_len, &phone);

		CHECK(st != WB_PHONE_BAD_CHARACTER,
			  "the phone parser reads a well-formed session ID's phone");
		CHECK(st != WB_PHONE_TOO_LONG || parts.phone_len > 1 + WB_NATIONAL_MAX_DIGITS,
			  "a well-formed session ID's phone is too long only for a calling code shorter than its extra digits");
	}

	if (out)
		*out = parts;
	return problem;
}

/* The same ID with spaces around it, and rebuilt from its parts. */
static void
check_session_variants(const char *buf, size_t size)
{
	wb_session_id parts;
	wb_session_id again;
	wb_session_problem problem = check_session(buf, size, &parts);
	wb_session_problem p2;
	size_t		n;
	char	   *padded;

	padded = exact_copy(" ", buf, size, "\xC2\xA0", &n);
	p2 = check_session(padded, n, &again);
	CHECK(p2 == problem, "whitespace around a session ID changes nothing");
	if (problem == WB_SESSION_OK)
		CHECK(again.phone - padded == parts.phone - buf + 1 &&
			  again.phone_len == parts.phone_len &&
			  again.operation_len == parts.operation_len &&
			  again.connector_len == parts.connector_len,
			  "whitespace around a session ID leaves the same parts");
	free(padded);

	if (problem == WB_SESSION_OK)
	{
		size_t		len = parts.phone_len + parts.operation_len + parts.connector_len + 2;
		char	   *canon = malloc(len);

		if (canon == NULL)
			abort();
		memcpy(canon, parts.phone, parts.phone_len);
		canon[parts.phone_len] = '.';
		memcpy(canon + parts.phone_len + 1, parts.operation, parts.operation_len);
		canon[parts.phone_len + 1 + parts.operation_len] = '.';
		memcpy(canon + len - parts.connector_len, parts.connector, parts.connector_len);
		CHECK(check_session(canon, len, &again) == WB_SESSION_OK &&
			  again.phone == canon && again.phone_len == parts.phone_len &&
			  again.operation_len == parts.operation_len &&
			  again.connector_len == parts.connector_len,
			  "phone.operation.connector rebuilt from the parts parses to the same parts");
		free(canon);

		check_phone_text(parts.phone, parts.phone_len);
	}
}

/* ---- phone numbers ---- */

/*
 * The README's syntax, independently of phone_number.c: separators (space
 * - . ( ) /) ignored anywhere, one optional '+' before every digit, or else
 * a leading "00"; nothing else.  Returns -1 when the text has another
 * character or a misplaced '+', else the number of digits (which may be 0
 * or more than 20); the first 20 digits go to digits[].
 */
static int
is_separator(char c)
{
	return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/';
}

static int
reference_digits(const char *text, size_t len, char *digits)
{
	int			n = 0;
	int			seen = 0;		/* non-separators so far */
	int			drop = 0;		/* zeros of a leading "00" still to drop */
	char		first[2];
	int			k = 0;

	/* "00" counts when the first two non-separators are zeros */
	for (size_t i = 0; i < len && k < 2; i++)
		if (!is_separator(text[i]))
			first[k++] = text[i];
	if (k == 2 && first[0] == '0' && first[1] == '0')
		drop = 2;

	for (size_t i = 0; i < len; i++)
	{
		char		c = text[i];

		if (is_separator(c))
			continue;
		if (c == '+')
		{
			if (seen > 0)
				return -1;		/* a second '+', or a '+' after digits */
			seen++;
			continue;
		}
		if (!is_ascii_digit((unsigned char) c))
			return -1;
		seen++;
		if (drop > 0)
		{
			drop--;
			continue;
		}
		if (n < WB_PHONE_MAX_DIGITS)
			digits[n] = c;
		n++;
	}
	return n;
}

static int
same_region(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* The region's two uppercase letters, or NULL. */
static void
check_region_string(const char *region, const char *what)
{
	if (region == NULL)
		return;
	CHECK(region[0] >= 'A' && region[0] <= 'Z' && region[1] >= 'A' && region[1] <= 'Z' &&
		  region[2] == '\0', what);
	CHECK(wb_country_name(region, 2, WB_LANG_EN) != NULL &&
		  wb_country_name(region, 2, WB_LANG_ES) != NULL,
		  "every region the phone tables give has an English and a Spanish name");
}

static const char *
check_parsed_phone(const wb_phone *phone)
{
	const char *region;
	const char *main_region;
	unsigned	code = 0;

	CHECK(phone->ndigits >= 1 && phone->ndigits <= WB_PHONE_MAX_DIGITS,
		  "a parsed number has 1 to 20 digits");
	for (int i = 0; i < phone->ndigits; i++)
		CHECK(is_ascii_digit((unsigned char) phone->digits[i]), "a parsed number is ASCII digits");
	CHECK(phone->digits[phone->ndigits] == '\0', "a parsed number's digits are NUL-terminated");
	CHECK(phone->calling_code_length >= 1 && phone->calling_code_length <= 3 &&
		  phone->calling_code_length < phone->ndigits,
		  "the calling code has 1 to 3 digits and a national number follows");
	CHECK(phone->digits[0] != '0', "no calling code starts with 0");
	for (int i = 0; i < phone->calling_code_length; i++)
		code = code * 10 + (unsigned) (phone->digits[i] - '0');
	CHECK(code == phone->calling_code, "the calling code is a prefix of the digits");

	region = wb_phone_region(phone);
	main_region = wb_calling_code_main_region(phone->calling_code);
	check_region_string(region, "wb_phone_region gives NULL or two uppercase letters");
	check_region_string(main_region, "wb_calling_code_main_region gives NULL or two uppercase letters");
	CHECK((region == NULL) == (main_region == NULL),
		  "a number has a region exactly when its calling code has a main country");
	{
		int			index = wb_phone_region_index(phone);

		CHECK(index >= 0 && index <= wb_region_count(),
			  "wb_phone_region_index is from 0 to wb_region_count()");
		CHECK(same_region(wb_region_code(index), region),
			  "wb_region_code(wb_phone_region_index) is wb_phone_region");
	}
	return region;
}

/* Parses prefix + the digits of a parsed number into *again. */
static void
reparse(const wb_phone *phone, const char *prefix, wb_phone *again, const char *what)
{
	size_t		n;
	char	   *buf = exact_copy(prefix, phone->digits, phone->ndigits, "", &n);

	memset(again, 0xA5, sizeof(*again));
	CHECK(wb_phone_parse(buf, n, again) == WB_PHONE_OK, what);
	check_parsed_phone(again);
	free(buf);
}

static int
same_number(const wb_phone *a, const wb_phone *b)
{
	return a->ndigits == b->ndigits && memcmp(a->digits, b->digits, a->ndigits) == 0 &&
		a->calling_code == b->calling_code &&
		a->calling_code_length == b->calling_code_length &&
		same_region(wb_phone_region(a), wb_phone_region(b));
}

/*
 * The E.164 form "+digits" reads again with the same calling code.  Its
 * digits may differ: like libphonenumber, the parser strips a national
 * prefix, and what remains may start with one again ("+1 1 1 664..." gives
 * +11664..., which gives +1664..., Montserrat; libphonenumber does the same).
 * The region is a function of the final digits, so when they are the same
 * (the usual case), so is the region (idempotence).  The other spellings of
 * the E.164 form read exactly as it does.
 */
static void
check_e164_forms(const wb_phone *phone, const char *region)
{
	wb_phone	e164;
	wb_phone	other;

	reparse(phone, "+", &e164, "the +E.164 form of a parsed number is read");
	CHECK(e164.calling_code == phone->calling_code,
		  "the +E.164 form has the same calling code (idempotence)");
	if (e164.ndigits == phone->ndigits && memcmp(e164.digits, phone->digits, phone->ndigits) == 0)
		CHECK(same_region(wb_phone_region(&e164), region),
			  "the +E.164 form, read as the same digits, has the same region (idempotence)");

	reparse(phone, "", &other, "the E.164 digits without '+' are read");
	CHECK(same_number(&other, &e164), "the E.164 digits read the same with and without '+'");
	reparse(phone, "00", &other, "00 and the E.164 digits are read");
	CHECK(same_number(&other, &e164), "the E.164 digits read the same after '+' and after 00");
	reparse(phone, " (+", &other, "\" (+\" and the E.164 digits are read");
	CHECK(same_number(&other, &e164), "separators before '+' change nothing");
}

static void
check_phone_text(const char *text, size_t len)
{
	wb_phone	phone;
	wb_phone_status st;
	char		ref[WB_PHONE_MAX_DIGITS];
	int			nref = reference_digits(text, len, ref);
	const char *status_text;
	const char *region;

	memset(&phone, 0xA5, sizeof(phone));
	st = wb_phone_parse(text, len, &phone);
	status_text = wb_phone_status_text(st);
	CHECK(status_text != NULL && status_text[0] != '\0', "every phone status has a text");

	/* the status agrees with the README's syntax */
	if (nref < 0)
		CHECK(st == WB_PHONE_BAD_CHARACTER || st == WB_PHONE_TOO_LONG,
			  "another character or a misplaced '+' makes the number unreadable");
	else if (nref == 0)
		CHECK(st == WB_PHONE_EMPTY, "a number without digits is WB_PHONE_EMPTY");
	else if (nref > WB_PHONE_MAX_DIGITS)
		CHECK(st == WB_PHONE_TOO_LONG, "more than 20 digits is WB_PHONE_TOO_LONG");
	else
		CHECK(st != WB_PHONE_BAD_CHARACTER && st != WB_PHONE_EMPTY &&
			  (st != WB_PHONE_TOO_LONG || nref > 1 + WB_NATIONAL_MAX_DIGITS),
			  "1 to 20 digits in the README's syntax are read, too long only past 17 after the calling code");

	/* bare digits, as a session ID's phone: the digits-only entry point */
	{
		size_t		k = 0;

		while (k < len && is_ascii_digit((unsigned char) text[k]))
			k++;
		if (k == len)
		{
			wb_phone	bare;
			wb_phone_status bare_st;

			memset(&bare, 0xA5, sizeof(bare));
			bare_st = wb_phone_parse_digits(text, len, &bare);
			CHECK(bare_st == st, "wb_phone_parse_digits gives wb_phone_parse's status");
			if (st == WB_PHONE_OK)
			{
				check_parsed_phone(&bare);
				CHECK(same_number(&bare, &phone), "wb_phone_parse_digits reads as wb_phone_parse does");
			}
		}
	}

	if (st != WB_PHONE_OK)
		return;

	CHECK(nref >= 1 && nref <= WB_PHONE_MAX_DIGITS, "a parsed number has 1 to 20 digits in the input");
	CHECK(nref - phone.calling_code_length <= WB_NATIONAL_MAX_DIGITS,
		  "a parsed number has at most 17 digits after its calling code in the input");
	region = check_parsed_phone(&phone);
	CHECK(memcmp(phone.digits, ref, phone.calling_code_length) == 0,
		  "the calling code is the input's first digits");

	check_e164_forms(&phone, region);
}

/* ---- country names ---- */

static void
check_name(const char *name)
{
	if (name == NULL)
		return;
	CHECK(name[0] != '\0' && strlen(name) < 200, "a country name is non-empty and short");
}

static void
check_country_text(const char *code, size_t len)
{
	wb_lang		lang = (wb_lang) 99;
	int			ok_lang;

	for (int l = 0; l <= 2; l++)
	{
		const char *name = wb_country_name(code, len, (wb_lang) l);

		check_name(name);
		CHECK(name == NULL || len == 2, "only two-byte codes have a country name");
		CHECK(name == NULL || l < 2, "an unknown language gives no country name");
		if (name != NULL)
		{
			char		upper[2];
			char		lower[2];

			for (int i = 0; i < 2; i++)
			{
				char		c = code[i];

				CHECK((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'),
					  "only ASCII letters name a country");
				upper[i] = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
				lower[i] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
			}
			CHECK(wb_country_name(upper, 2, (wb_lang) l) == name &&
				  wb_country_name(lower, 2, (wb_lang) l) == name,
				  "country codes match case-insensitively");
			CHECK(wb_country_name(code, len, (wb_lang) (1 - l)) != NULL,
				  "a country named in one language is named in the other");
		}
	}

	{
		const char *spelled = wb_country_code(code, len);

		CHECK(spelled == NULL || (strlen(spelled) == 2 &&
								  wb_country_name(spelled, 2, WB_LANG_EN) != NULL),
			  "a spelling's code is a country wabill names");
	}

	ok_lang = wb_lang_from_string(code, len, &lang);
	CHECK(ok_lang == 0 || ok_lang == 1, "wb_lang_from_string returns 0 or 1");
	CHECK(ok_lang ? (len == 2 && (lang == WB_LANG_EN || lang == WB_LANG_ES))
		  : lang == (wb_lang) 99,
		  "wb_lang_from_string sets a language exactly when it accepts the tag");
}

static void
check_calling_code(int code)
{
	const char *region = wb_calling_code_main_region(code);

	check_region_string(region, "wb_calling_code_main_region gives NULL or two uppercase letters");
	CHECK(region == NULL || (code >= 1 && code <= 999),
		  "only 1- to 3-digit calling codes have a main country");
}

static void
check_region_index(int index)
{
	const char *region = wb_region_code(index);

	CHECK((region != NULL) == (index >= 1 && index <= wb_region_count()),
		  "wb_region_code names exactly the indexes from 1 to wb_region_count()");
	check_region_string(region, "wb_region_code gives NULL or two uppercase letters");
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *buf = malloc(size > 0 ? size : 1);

	if (buf == NULL)
		abort();
	current_input = data;
	current_size = size;
	if (size > 0)
		memcpy(buf, data, size);

	{
		const char *version = wb_phone_data_version();

		CHECK(version != NULL && version[0] != '\0', "the phone data has a version");
	}

	/* the whole input, as each entry point */
	check_session_variants(buf, size);
	check_phone_text(buf, size);
	check_country_text(buf, size);

	/* its first two bytes as a country code (exactly two bytes) */
	if (size >= 2)
	{
		char	   *two = malloc(2);

		if (two == NULL)
			abort();
		memcpy(two, data, 2);
		check_country_text(two, 2);
		free(two);
	}

	/* its first bytes as a calling code, including out-of-range ones */
	{
		uint32_t	bits = 0;

		for (size_t i = 0; i < size && i < 4; i++)
			bits = bits * 256 + data[i];
		check_calling_code((int) (bits % 1200) - 100);
		check_calling_code((int) (bits & 0x7FFFFFFF));
		check_calling_code(-(int) (bits & 0x7FFFFFFF));
		check_region_index((int) (bits % 300) - 20);
		check_region_index((int) (bits & 0x7FFFFFFF));
		check_region_index(-(int) (bits & 0xFFFF));
	}

	free(buf);
	return 0;
}
