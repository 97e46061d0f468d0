/*
 * session_id.c
 *	  Splitting session IDs: CustomerPhone.Operation.OfficialWhatsAppConnectorID
 */
#include "session_id.h"

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
	if (phone_len > WB_E164_MAX_DIGITS)
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
	[WB_SESSION_PHONE_TOO_LONG] = {"the customer phone has more than 15 digits",
	"The customer phone, before the first dot, has more than the 15 digits E.164 allows."},
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
