/*
 * session_id.c
 *	  Splitting session IDs: CustomerPhone.Operation.OfficialWhatsAppConnectorID
 */
#include "session_id.h"

#include <stdint.h>
#include <string.h>

#include "phone_number.h"

/*
 * Byte length of the Unicode White_Space character that starts at s, or 0.
 * Exports from spreadsheets bring no-break spaces as often as plain ones.
 */
static size_t
space_length(const unsigned char *s, size_t n)
{
	if (n >= 1 && (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')))
		return 1;
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
		return 2;
	if (n >= 3 && s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return 3;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
		((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
		return 3;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 3;
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	return 0;
}

/* Byte length of the White_Space character that ends at s + n, or 0. */
static size_t
space_length_before(const unsigned char *s, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++)
	{
		if (space_length(s + n - k, k) == k)
			return k;
	}
	return 0;
}

static inline int
is_graphic_ascii(unsigned char c)
{
	return c > 0x20 && c < 0x7F;
}

/* C1 controls U+0080..U+009F, in UTF-8. */
static inline int
is_c1_control(const unsigned char *s, size_t n)
{
	return n >= 2 && s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F;
}

/*
 * One pass over the operation: printable ASCII, the common case, costs one
 * comparison per byte.  Control characters (C0, DEL, C1) are refused;
 * all-whitespace is refused too.
 */
static wb_session_problem
check_operation(const unsigned char *s, size_t n)
{
	int			blank = 1;
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = s[i];
		size_t		k;

		if (is_graphic_ascii(c))
		{
			blank = 0;
			i++;
		}
		else if (c == ' ')
			i++;
		else if (c < 0x20 || c == 0x7F || is_c1_control(s + i, n - i))
			return WB_SESSION_OPERATION_CONTROL;
		else if ((k = space_length(s + i, n - i)) > 0)
			i += k;
		else
		{
			blank = 0;
			i++;
		}
	}
	return blank ? WB_SESSION_OPERATION_BLANK : WB_SESSION_OK;
}

static wb_session_problem
check_connector(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = s[i];

		if (is_graphic_ascii(c))
			continue;
		if (space_length(s + i, n - i) > 0)
			return WB_SESSION_CONNECTOR_WHITESPACE;
		if (c < 0x20 || c == 0x7F || is_c1_control(s + i, n - i))
			return WB_SESSION_CONNECTOR_CONTROL;
	}
	return WB_SESSION_OK;
}

/*
 * Eight bytes at a time, for the common case below.  Each test says whether
 * any byte of x is so; it is exact as a yes or no, though not as to which
 * byte (a borrow or carry may spread past the first hit).
 */
#define BYTES(b)	(UINT64_C(0x0101010101010101) * (b))
#define HIGH_BITS	BYTES(0x80)
/* a byte below lo, for lo at most 0x80 */
#define ANY_BELOW(x, lo)	(((x) - BYTES(lo)) & ~(x) & HIGH_BITS)
/* a byte above hi, for hi at most 0x7F */
#define ANY_ABOVE(x, hi)	((((x) + BYTES(0x7F - (hi))) | (x)) & HIGH_BITS)
/* a byte equal to b */
#define ANY_EQUAL(x, b)		ANY_BELOW((x) ^ BYTES(b), 1)

static inline uint64_t
load_word(const unsigned char *s)
{
	uint64_t	x;

	memcpy(&x, s, sizeof(x));
	return x;
}

/*
 * Where the bytes of a word can be numbered from its bits (GCC and Clang on
 * a little-endian machine), the first and last bytes that are so are found
 * without a loop.  The tests then have to be exact per byte: a byte's high
 * bit is set exactly when the byte is so, whatever its neighbours.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORD_BYTE_INDEX 1
/* bytes that are not ASCII digits */
static inline uint64_t
non_digits(uint64_t x)
{
	uint64_t	low = x & ~HIGH_BITS;
	uint64_t	above_9 = low + BYTES(0x7F - '9');
	uint64_t	from_0 = (low | HIGH_BITS) - BYTES('0');

	return (above_9 | ~from_0 | x) & HIGH_BITS;
}

/* bytes equal to '.' */
static inline uint64_t
dots(uint64_t x)
{
	uint64_t	y = x ^ BYTES('.');

	return ~(((y & ~HIGH_BITS) + ~HIGH_BITS) | y) & HIGH_BITS;
}
#endif

/* All n bytes are printable ASCII, the space included. */
static inline int
all_printable_ascii(const unsigned char *s, size_t n)
{
	size_t		i;

	if (n < 8)
	{
		for (i = 0; i < n; i++)
			if (s[i] < 0x20 || s[i] > 0x7E)
				return 0;
		return 1;
	}
	for (i = 0; i + 8 < n; i += 8)
	{
		uint64_t	x = load_word(s + i);

		if (ANY_BELOW(x, 0x20) | ANY_ABOVE(x, 0x7E))
			return 0;
	}
	/* the last eight bytes, overlapping the previous word */
	{
		uint64_t	x = load_word(s + n - 8);

		return !(ANY_BELOW(x, 0x20) | ANY_ABOVE(x, 0x7E));
	}
}

/*
 * The well-formed ID of printable ASCII that exports are made of, parsed
 * without the general path's separate scans: digits up to the first dot,
 * graphic ASCII back from the end to the last dot, printable ASCII between.
 * Returns 1 with the parts filled in, or 0 when the ID is anything else
 * (malformed, or with other characters); the general path then decides,
 * so that the two cannot disagree on a problem.
 */
static int
parse_common(const unsigned char *s, size_t start, size_t end, wb_session_id *parts)
{
	size_t		phone = start;
	size_t		first_dot;
	size_t		j = end;
	size_t		last_dot;
	size_t		k;

	if (s[phone] == '+')
		phone++;
	first_dot = phone;
#ifdef WORD_BYTE_INDEX
	while (end - first_dot >= 8)
	{
		uint64_t	m = non_digits(load_word(s + first_dot));

		if (m != 0)
		{
			first_dot += __builtin_ctzll(m) / 8;
			break;
		}
		first_dot += 8;
	}
#endif
	while (first_dot < end && (unsigned) (s[first_dot] - '0') < 10)
		first_dot++;
	if (first_dot == end || s[first_dot] != '.' || first_dot == phone ||
		first_dot - phone > WB_SESSION_PHONE_MAX_DIGITS)
		return 0;

	/* The connector: graphic ASCII other than '.', back to the last dot. */
	while (j - first_dot > 8)
	{
		uint64_t	x = load_word(s + j - 8);

		if (ANY_BELOW(x, 0x21) | ANY_ABOVE(x, 0x7E))
			break;
#ifdef WORD_BYTE_INDEX
		if (dots(x) != 0)
		{
			/* just after the word's last dot */
			j = j - 8 + (63 - __builtin_clzll(dots(x))) / 8 + 1;
			break;
		}
#else
		if (ANY_EQUAL(x, '.'))
			break;
#endif
		j -= 8;
	}
	while (j > first_dot + 1 && is_graphic_ascii(s[j - 1]) && s[j - 1] != '.')
		j--;
	last_dot = j - 1;
	if (last_dot == first_dot || s[last_dot] != '.' || j == end || last_dot == first_dot + 1)
		return 0;

	/*
	 * The operation: printable ASCII, not only spaces; or, where it has
	 * other characters (names in Spanish or Portuguese), what the general
	 * path would say of it.
	 */
	if (all_printable_ascii(s + first_dot + 1, last_dot - first_dot - 1))
	{
		for (k = first_dot + 1; k < last_dot && s[k] == ' '; k++)
			;
		if (k == last_dot)
			return 0;
	}
	else if (check_operation(s + first_dot + 1, last_dot - first_dot - 1) != WB_SESSION_OK)
		return 0;

	parts->phone = (const char *) s + phone;
	parts->phone_len = first_dot - phone;
	parts->operation = (const char *) s + first_dot + 1;
	parts->operation_len = last_dot - first_dot - 1;
	parts->connector = (const char *) s + last_dot + 1;
	parts->connector_len = end - last_dot - 1;
	return 1;
}

wb_session_problem
wb_session_parse(const char *text, size_t len, wb_session_id *parts)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		start = 0;
	size_t		end = len;
	size_t		first_dot;
	size_t		last_dot;
	size_t		k;
	const char *phone;
	size_t		phone_len;
	wb_session_problem problem;

	/* Exports rarely pad IDs: test the ends before looking for spaces. */
	if (len > 0 && !is_graphic_ascii(s[0]))
		while (start < end && (k = space_length(s + start, end - start)) > 0)
			start += k;
	if (end > start && !is_graphic_ascii(s[end - 1]))
		while (end > start && (k = space_length_before(s + start, end - start)) > 0)
			end -= k;
	if (start == end)
		return WB_SESSION_EMPTY;
	if (parse_common(s, start, end, parts))
		return WB_SESSION_OK;

	for (first_dot = start; first_dot < end && s[first_dot] != '.'; first_dot++)
		;
	if (first_dot == end)
		return WB_SESSION_NO_DOT;
	for (last_dot = end - 1; s[last_dot] != '.'; last_dot--)
		;
	if (last_dot == first_dot)
		return WB_SESSION_ONE_DOT;

	phone = text + start;
	phone_len = first_dot - start;
	if (phone_len > 0 && phone[0] == '+')
	{
		phone++;
		phone_len--;
	}
	if (phone_len == 0)
		return WB_SESSION_PHONE_EMPTY;
	for (size_t i = 0; i < phone_len; i++)
	{
		if (phone[i] < '0' || phone[i] > '9')
			return WB_SESSION_PHONE_NOT_DIGITS;
	}
	if (phone_len > WB_SESSION_PHONE_MAX_DIGITS)
		return WB_SESSION_PHONE_TOO_LONG;

	parts->phone = phone;
	parts->phone_len = phone_len;
	parts->operation = text + first_dot + 1;
	parts->operation_len = last_dot - first_dot - 1;
	parts->connector = text + last_dot + 1;
	parts->connector_len = end - last_dot - 1;

	if (parts->operation_len == 0)
		return WB_SESSION_OPERATION_EMPTY;
	problem = check_operation((const unsigned char *) parts->operation, parts->operation_len);
	if (problem != WB_SESSION_OK)
		return problem;

	if (parts->connector_len == 0)
		return WB_SESSION_CONNECTOR_EMPTY;
	return check_connector((const unsigned char *) parts->connector, parts->connector_len);
}

typedef struct problem_wording
{
	const char *text;
	const char *sentence;
} problem_wording;

static const problem_wording wordings[] = {
	[WB_SESSION_OK] = {NULL, NULL},
	[WB_SESSION_EMPTY] = {"the session ID is empty",
	"The session ID is empty or only whitespace."},
	[WB_SESSION_NO_DOT] = {"the session ID has no dots",
	"The session ID has no dots; it must have the form CustomerPhone.Operation.ConnectorID."},
	[WB_SESSION_ONE_DOT] = {"the session ID has only one dot",
	"The session ID has only one dot; it must have the form CustomerPhone.Operation.ConnectorID."},
	[WB_SESSION_PHONE_EMPTY] = {"the customer phone is empty",
	"The customer phone, before the first dot, is empty."},
	[WB_SESSION_PHONE_NOT_DIGITS] = {"the customer phone is not all digits",
	"The customer phone, before the first dot, must be digits with an optional leading \"+\"."},
	[WB_SESSION_PHONE_TOO_LONG] = {"the customer phone has more than 20 digits",
	"The customer phone, before the first dot, has more than 20 digits, the most a calling code and a national number can have."},
	[WB_SESSION_OPERATION_EMPTY] = {"the operation is empty",
	"The operation, between the first and the last dot, is empty."},
	[WB_SESSION_OPERATION_BLANK] = {"the operation is only whitespace",
	"The operation, between the first and the last dot, is only whitespace."},
	[WB_SESSION_OPERATION_CONTROL] = {"the operation contains a control character",
	"The operation, between the first and the last dot, contains a control character."},
	[WB_SESSION_CONNECTOR_EMPTY] = {"the connector ID is empty",
	"The connector ID, after the last dot, is empty."},
	[WB_SESSION_CONNECTOR_WHITESPACE] = {"the connector ID contains whitespace",
	"The connector ID, after the last dot, contains whitespace."},
	[WB_SESSION_CONNECTOR_CONTROL] = {"the connector ID contains a control character",
	"The connector ID, after the last dot, contains a control character."},
};

const char *
wb_session_problem_text(wb_session_problem problem)
{
	if ((size_t) problem >= sizeof(wordings) / sizeof(wordings[0]))
		return "the session ID is malformed";
	return wordings[problem].text;
}

const char *
wb_session_problem_sentence(wb_session_problem problem)
{
	if ((size_t) problem >= sizeof(wordings) / sizeof(wordings[0]))
		return "The session ID is malformed.";
	return wordings[problem].sentence;
}
