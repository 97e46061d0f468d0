/*
 * csv.c
 *	  wabill_csv_records: Meta's rate-card and volume-tier CSV files split
 *	  into records, for the loaders.
 *
 * One pass over the bytes, each field gathered in a StringInfo, so the cost
 * is linear in the file's length.  The PL/pgSQL reader this replaces
 * appended a character at a time to a text value, copying the field so far
 * each time: a 10 MB field took many minutes before the loader could refuse
 * it.  Only the ASCII bytes '"', ',', '\r' and '\n' matter to the syntax,
 * and no server encoding uses those byte values inside a multibyte
 * character, so bytes are scanned without decoding.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

PG_FUNCTION_INFO_V1(wabill_csv_records);

typedef struct csv_output
{
	Tuplestorestate *store;
	TupleDesc	desc;
	ArrayBuildState *fields;
	MemoryContext record_cxt;	/* reset after each record */
} csv_output;

static void
csv_add_field(csv_output *out, StringInfo field)
{
	MemoryContext old = MemoryContextSwitchTo(out->record_cxt);

	if (out->fields == NULL)
		out->fields = initArrayResult(TEXTOID, out->record_cxt, false);
	accumArrayResult(out->fields,
					 PointerGetDatum(cstring_to_text_with_len(field->data, field->len)),
					 false, TEXTOID, out->record_cxt);
	MemoryContextSwitchTo(old);
	resetStringInfo(field);
}

static void
csv_emit(csv_output *out, StringInfo field, int line)
{
	Datum		values[2];
	bool		nulls[2] = {false, false};

	csv_add_field(out, field);
	values[0] = Int32GetDatum(line);
	values[1] = makeArrayResult(out->fields, out->record_cxt);
	tuplestore_putvalues(out->store, out->desc, values, nulls);
	out->fields = NULL;
	MemoryContextReset(out->record_cxt);
}

/*
 * wabill_csv_records(csv text) RETURNS TABLE (line integer, fields text[])
 *
 * RFC 4180 quoting; a quoted field may span lines; CRLF, LF and CR end a
 * record; leading byte order marks are skipped.  The line of a record is the
 * one it starts on, for the loaders' error messages.
 */
Datum
wabill_csv_records(PG_FUNCTION_ARGS)
{
	text	   *csv = PG_GETARG_TEXT_PP(0);
	const char *p = VARDATA_ANY(csv);
	const char *start = p;
	const char *end = p + VARSIZE_ANY_EXHDR(csv);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext per_query;
	MemoryContext old;
	csv_output	out;
	StringInfoData field;
	bool		quoted = false;	/* inside quotes */
	bool		was_quoted = false; /* this field was quoted */
	bool		any_field = false;	/* the record has ended a field */
	int			current_line = 1;
	int			record_line = 1;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("wabill_csv_records must be called where a set is accepted")));

	per_query = rsinfo->econtext->ecxt_per_query_memory;
	old = MemoryContextSwitchTo(per_query);
	if (get_call_result_type(fcinfo, NULL, &out.desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	out.desc = CreateTupleDescCopy(out.desc);
	out.store = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
									  false, work_mem);
	MemoryContextSwitchTo(old);
	out.fields = NULL;
	out.record_cxt = AllocSetContextCreate(CurrentMemoryContext,
										   "wabill_csv_records record",
										   ALLOCSET_DEFAULT_SIZES);
	initStringInfo(&field);

	if (GetDatabaseEncoding() == PG_UTF8)
		while (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
			p += 3;

	for (; p < end; p++)
	{
		char		c = *p;

		if (((p - start) & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (quoted)
		{
			if (c == '"')
			{
				if (p + 1 < end && p[1] == '"')
				{
					appendStringInfoChar(&field, '"');
					p++;
				}
				else
					quoted = false;
			}
			else
			{
				if (c == '\n')
					current_line++;
				appendStringInfoChar(&field, c);
			}
		}
		else if (c == '"')
		{
			if (field.len > 0 || was_quoted)
				ereport(ERROR,
						(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
						 errmsg("line %d: a quote inside a field that does not start with one",
								current_line),
						 errdetail("A field with a quote must be quoted whole, its quotes doubled.")));
			quoted = true;
			was_quoted = true;
		}
		else if (c == ',')
		{
			csv_add_field(&out, &field);
			any_field = true;
			was_quoted = false;
		}
		else if (c == '\r' && p + 1 < end && p[1] == '\n')
			continue;
		else if (c == '\n' || c == '\r')
		{
			csv_emit(&out, &field, record_line);
			any_field = false;
			was_quoted = false;
			current_line++;
			record_line = current_line;
		}
		else if (was_quoted)
		{
			/* whitespace after the closing quote is ignored */
			if (!(c == ' ' || c == '\t' || c == '\v' || c == '\f'))
				ereport(ERROR,
						(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
						 errmsg("line %d: text after the closing quote of a field",
								current_line),
						 errdetail("A quoted field must end at its closing quote.")));
		}
		else
			appendStringInfoChar(&field, c);
	}
	if (quoted)
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("line %d: a quoted field is not closed", record_line),
				 errdetail("The file ends inside quotes.")));
	if (field.len > 0 || was_quoted || any_field)
		csv_emit(&out, &field, record_line);

	MemoryContextDelete(out.record_cxt);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = out.store;
	rsinfo->setDesc = out.desc;
	return (Datum) 0;
}
