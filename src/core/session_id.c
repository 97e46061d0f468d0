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

/* C0 controls, DEL and the C1 controls U+0080..U+009F. */
static int
has_control(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		if (s[i] < 0x20 || s[i] == 0x7F)
			return 1;
		if (s[i] == 0xC2 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
			return 1;
	}
	return 0;
}

static int
has_space(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		if (space_length(s + i, n - i) > 0)
			return 1;
	}
	return 0;
}

static int
is_blank(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		k = space_length(s + i, n - i);

		if (k == 0)
			return 0;
		i += k;
	}
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

	while (start < end && (k = space_length(s + start, end - start)) > 0)
		start += k;
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
	if (has_control((const unsigned char *) parts->operation, parts->operation_len))
		return WB_SESSION_OPERATION_CONTROL;
	if (is_blank((const unsigned char *) parts->operation, parts->operation_len))
		return WB_SESSION_OPERATION_BLANK;

	if (parts->connector_len == 0)
		return WB_SESSION_CONNECTOR_EMPTY;
	if (has_space((const unsigned char *) parts->connector, parts->connector_len))
		return WB_SESSION_CONNECTOR_WHITESPACE;
	if (has_control((const unsigned char *) parts->connector, parts->connector_len))
		return WB_SESSION_CONNECTOR_CONTROL;
	return WB_SESSION_OK;
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
