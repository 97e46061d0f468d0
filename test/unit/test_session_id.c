/*
 * test_session_id.c
 *	  Unit test of the session-ID parser (src/core/session_id.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session_id.h"
#include "tap.h"

typedef struct session_case
{
	const char *input;
	wb_session_problem problem;
	const char *phone;
	const char *operation;
	const char *connector;
} session_case;

static const session_case cases[] = {
	{"573001234567.acme_collections.wa-01", WB_SESSION_OK, "573001234567", "acme_collections", "wa-01"},
	{"+573001234567.acme.9", WB_SESSION_OK, "573001234567", "acme", "9"},
	{"  573001234567.acme.9 \t\n", WB_SESSION_OK, "573001234567", "acme", "9"},
	{"\xC2\xA0" "573001234567.acme.9" "\xE3\x80\x80", WB_SESSION_OK, "573001234567", "acme", "9"},
	/* the operation may hold dots, spaces and any UTF-8 */
	{"5215512345678.Acme S.A. de C.V. - Cobranza.CONN42", WB_SESSION_OK, "5215512345678", "Acme S.A. de C.V. - Cobranza", "CONN42"},
	{"34600111222.Operación ñandú 日本.x", WB_SESSION_OK, "34600111222", "Operación ñandú 日本", "x"},
	{"1.a.b", WB_SESSION_OK, "1", "a", "b"},
	{"123456789012345.op.c", WB_SESSION_OK, "123456789012345", "op", "c"},
	/* libphonenumber's lengths: up to 17 digits after a calling code of up to 3 */
	{"12345678901234567890.acme.9", WB_SESSION_OK, "12345678901234567890", "acme", "9"},
	{"+2348004296800285.acme.9", WB_SESSION_OK, "2348004296800285", "acme", "9"},
	{"+123456789012345678901.acme.9", WB_SESSION_PHONE_TOO_LONG, NULL, NULL, NULL},
	/* around the eight-byte words the common case reads */
	{"12345678.op.c", WB_SESSION_OK, "12345678", "op", "c"},
	{"+1234567.op.c", WB_SESSION_OK, "1234567", "op", "c"},
	{"123456789a.op.c", WB_SESSION_PHONE_NOT_DIGITS, NULL, NULL, NULL},
	{"12345678\xD9\xA5.op.c", WB_SESSION_PHONE_NOT_DIGITS, NULL, NULL, NULL},
	{"57.op.abcdefgh", WB_SESSION_OK, "57", "op", "abcdefgh"},
	{"57.op.abcdefghi", WB_SESSION_OK, "57", "op", "abcdefghi"},
	{"57.op.x.abcdefghijklmnopq", WB_SESSION_OK, "57", "op.x", "abcdefghijklmnopq"},
	{"57.a.b.c.d.e.f.g.h.i.j.k", WB_SESSION_OK, "57", "a.b.c.d.e.f.g.h.i.j", "k"},
	{"57.op.abcdefg.", WB_SESSION_CONNECTOR_EMPTY, NULL, NULL, NULL},
	{"57.abcdefghijklmnop", WB_SESSION_ONE_DOT, NULL, NULL, NULL},
	{"57..abcdefghijklmnop", WB_SESSION_OPERATION_EMPTY, NULL, NULL, NULL},
	{"57.op.abc\x01" "defghijkl", WB_SESSION_CONNECTOR_CONTROL, NULL, NULL, NULL},
	{"57.op.abcdefgh\x7F" "ijkl", WB_SESSION_CONNECTOR_CONTROL, NULL, NULL, NULL},
	{"57.op.abcdefgh ijkl", WB_SESSION_CONNECTOR_WHITESPACE, NULL, NULL, NULL},
	{"57.op.caf\xC3\xA9-conector", WB_SESSION_OK, "57", "op", "caf\xC3\xA9-conector"},
	{"57.         .c", WB_SESSION_OPERATION_BLANK, NULL, NULL, NULL},
	{"57. Acme Cobranzas S.A.S. .c", WB_SESSION_OK, "57", " Acme Cobranzas S.A.S. ", "c"},
	{"57.abcdefghijklmn\x7F.c", WB_SESSION_OPERATION_CONTROL, NULL, NULL, NULL},
	{"57.abcdefghijklmn\x1F.c", WB_SESSION_OPERATION_CONTROL, NULL, NULL, NULL},
	{"57.Telco Sur Soporte T\xC3\xA9" "cnico.wa-telcosur-soporte", WB_SESSION_OK, "57", "Telco Sur Soporte T\xC3\xA9" "cnico", "wa-telcosur-soporte"},
	{"57.\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0\xC2\xA0.c", WB_SESSION_OPERATION_BLANK, NULL, NULL, NULL},
};

/*
 * The catalogue of malformed session IDs, test/data/malformed_session_ids.tsv
 * (shared with pg_regress, the pgTAP suite and the fuzz corpus): lines of
 * label, session ID and problem phrase, tab-separated, after a header; the ID
 * is in COPY's text format, \xHH and \\ being the escapes it uses.
 */
#define CATALOGUE "test/data/malformed_session_ids.tsv"

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes s in place; returns its length in bytes. */
static size_t
copy_unescape(char *s)
{
	char	   *out = s;
	char	   *in = s;

	while (*in)
	{
		if (in[0] == '\\' && in[1] == 'x' && hex_digit(in[2]) >= 0)
		{
			int			byte = hex_digit(in[2]);

			in += 3;
			if (hex_digit(*in) >= 0)	/* one or two hex digits, as COPY */
				byte = byte * 16 + hex_digit(*in++);
			*out++ = (char) byte;
		}
		else if (in[0] == '\\' && in[1] != '\0')
		{
			*out++ = in[1];
			in += 2;
		}
		else
			*out++ = *in++;
	}
	*out = '\0';
	return (size_t) (out - s);
}

static wb_session_problem
problem_named(const char *text)
{
	for (int p = WB_SESSION_EMPTY; p <= WB_SESSION_CONNECTOR_CONTROL; p++)
		if (strcmp(wb_session_problem_text((wb_session_problem) p), text) == 0)
			return (wb_session_problem) p;
	return WB_SESSION_OK;
}

static void
test_catalogue(void)
{
	FILE	   *f = fopen(CATALOGUE, "r");
	char		line[4096];
	int			rows = 0;

	if (f == NULL)
	{
		tap_ok(0, "the catalogue %s can be read", CATALOGUE);
		return;
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *label = line;
		char	   *id = strchr(label, '\t');
		char	   *problem = id ? strchr(id + 1, '\t') : NULL;
		wb_session_problem want;
		wb_session_problem got;
		wb_session_id parts;
		size_t		len;

		if (rows++ == 0)
			continue;			/* the header */
		if (problem == NULL)
		{
			tap_ok(0, "catalogue line %d has three fields", rows);
			continue;
		}
		*id++ = '\0';
		*problem++ = '\0';
		problem[strcspn(problem, "\n")] = '\0';
		len = copy_unescape(id);
		want = problem_named(problem);
		got = wb_session_parse(id, len, &parts);
		tap_ok(want != WB_SESSION_OK && got == want, "malformed %s: %s (got \"%s\")",
			   label, problem, got == WB_SESSION_OK ? "well formed" : wb_session_problem_text(got));
	}
	fclose(f);
	tap_ok(rows - 1 >= 40, "the catalogue has at least 40 malformed session IDs");
}

static int
part_is(const char *got, size_t len, const char *want)
{
	return strlen(want) == len && memcmp(got, want, len) == 0;
}

int
main(void)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const session_case *c = &cases[i];
		wb_session_id parts;
		wb_session_problem got = wb_session_parse(c->input, strlen(c->input), &parts);
		int			passed = got == c->problem;

		if (passed && got == WB_SESSION_OK)
			passed = part_is(parts.phone, parts.phone_len, c->phone) &&
				part_is(parts.operation, parts.operation_len, c->operation) &&
				part_is(parts.connector, parts.connector_len, c->connector);
		tap_ok(passed, "session ID case %zu: %s (got \"%s\")", i,
			   c->problem == WB_SESSION_OK ? "well formed" : wb_session_problem_text(c->problem),
			   got == WB_SESSION_OK ? "well formed" : wb_session_problem_text(got));
	}

	test_catalogue();

	/* Every problem has a phrase and a sentence, and the phrase is lowercase. */
	for (int p = WB_SESSION_EMPTY; p <= WB_SESSION_CONNECTOR_CONTROL; p++)
	{
		const char *text = wb_session_problem_text((wb_session_problem) p);
		const char *sentence = wb_session_problem_sentence((wb_session_problem) p);

		tap_ok(text && sentence && text[0] >= 'a' && text[0] <= 'z' &&
			   text[strlen(text) - 1] != '.' &&
			   sentence[0] >= 'A' && sentence[0] <= 'Z' &&
			   sentence[strlen(sentence) - 1] == '.',
			   "wording of problem %d", p);
	}

	/* Long inputs: the parser must not depend on a terminating NUL. */
	{
		size_t		n = 100000;
		char	   *big = malloc(n);
		wb_session_id parts;

		memset(big, '7', n);
		tap_ok(wb_session_parse(big, n, &parts) == WB_SESSION_NO_DOT,
			   "100 000 digits and no dot");
		big[10] = '.';
		big[n - 10] = '.';
		tap_ok(wb_session_parse(big, n, &parts) == WB_SESSION_OK &&
			   parts.operation_len == n - 21 && parts.connector_len == 9,
			   "100 000 characters with a huge operation");
		memset(big, ' ', n);
		tap_ok(wb_session_parse(big, n, &parts) == WB_SESSION_EMPTY,
			   "100 000 spaces");
		free(big);
	}
	return tap_done();
}
