/*
 * tier.c
 *	  wabill_tier_position: the window function that counts messages for
 *	  volume tiers.
 *
 * Meta prices the n-th utility or authentication message of a month at the
 * tier holding n, counted per portfolio, market and category.  row_number()
 * partitioned by those would sort a month of rows by them and then again by
 * (date, conn_id) for the report.  Over the report's own order instead,
 * this keeps one counter per (month, portfolio, market, category) and gives
 * each row its group's count so far: no sort, and the window's row buffer
 * is trimmed as it goes, as row_number() does.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "windowapi.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "strmap.h"

PG_FUNCTION_INFO_V1(wabill_tier_position);

typedef struct tier_counts
{
	wb_strmap  *counts;
} tier_counts;

/*
 * wabill_tier_position(month date, portfolio text, market text, category
 * text): how many rows of the same four values the window has seen, this
 * one included; NULL (and not counted) if any of them is NULL.
 */
Datum
wabill_tier_position(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	tier_counts *state = WinGetPartitionLocalMemory(winobj, sizeof(tier_counts));
	wb_key		key = {0};
	int			i;
	bool		isnull;
	Datum		month;

	WinSetMarkPosition(winobj, WinGetCurrentPosition(winobj));
	if (state->counts == NULL)
		state->counts = wb_strmap_create(GetMemoryChunkContext(state));

	month = WinGetFuncArgCurrent(winobj, 0, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	{
		DateADT		d = DatumGetDateADT(month);

		wb_key_add(&key, (const char *) &d, sizeof(d));
	}
	for (i = 1; i < 4; i++)
	{
		Datum		v = WinGetFuncArgCurrent(winobj, i, &isnull);
		text	   *t;

		if (isnull)
			PG_RETURN_NULL();
		t = DatumGetTextPP(v);
		if (!wb_key_add(&key, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("portfolio, market and category are too long to count volume tiers"),
					 errdetail("Together they may have at most 1000 bytes.")));
	}
	PG_RETURN_INT64(++wb_strmap_enter(state->counts, key.bytes, key.len)->count);
}

PG_FUNCTION_INFO_V1(wabill_billing_month);

/* The first day of a date's month: the invoice's and the tiers' month. */
Datum
wabill_billing_month(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int			year,
				month,
				day;

	if (DATE_NOT_FINITE(d))
		PG_RETURN_DATEADT(d);
	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	PG_RETURN_DATEADT(date2j(year, month, 1) - POSTGRES_EPOCH_JDATE);
}
