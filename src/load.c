/*
 * load.c
 *	  Loading through wabill_billing_report at COPY speed.
 *
 * A PL/pgSQL row trigger that runs an INSERT ... ON CONFLICT per record costs
 * about 5 times a plain COPY.  Here the INSTEAD OF row trigger only checks a
 * record and appends it to a tuplestore; the AFTER statement trigger then
 * stores the whole statement's records with a few set-based statements over
 * that tuplestore (an ephemeral named relation, as transition tables are):
 *
 *	1. the partition of every month met is created if missing;
 *	2. records whose conn_id is not stored are inserted, and registered in
 *	   wabill_conn_ids, whose primary key refuses a conn_id stored under any
 *	   month (a fresh file as COPY inserts, by load_insert.c);
 *	3. unless every record was inserted, every record is compared with the
 *	   stored row of its conn_id, and the first that differs is an error
 *	   (for a file the samples find stored, this comes first: if every record
 *	   is stored as it is, step 2 has nothing to do);
 *	4. stored rows get the customer_phone and destiny a record carries
 *	   where they had none recorded (a value identical to wabill's own
 *	   derivation, as in wabill's own export, is not recorded at all).
 *
 * A file that repeats a conn_id makes step 2 fail on a key; it is then redone
 * keeping the first record of each conn_id, and step 3 judges the others.
 * Any error aborts the statement, so nothing is half loaded.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/queryenvironment.h"
#include "utils/rel.h"
#include "utils/resowner.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "catalog/namespace.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "load.h"
#include "quotable.h"

PG_FUNCTION_INFO_V1(wabill_billing_report_insert);
PG_FUNCTION_INFO_V1(wabill_billing_report_store);
PG_FUNCTION_INFO_V1(wabill_last_load_stored);
PG_FUNCTION_INFO_V1(wabill_interactions_key);

/* session.c's, for what the report derives (same_as_derived) */
extern Datum wabill_session_phone(PG_FUNCTION_ARGS);
extern Datum wabill_session_country(PG_FUNCTION_ARGS);

/* The view's columns the loader reads, by name. */
typedef enum view_column
{
	COL_CONN_ID,
	COL_SESSION_ID,
	COL_DATE,
	COL_TEMPLATE,
	COL_CUSTOMER_PHONE,
	COL_DESTINY,
	COL_OPERATION,
	COL_CONNECTOR_ID,
	COL_DESTINY_NAME,
	COL_CALLING_CODE,
	N_VIEW_COLUMNS
} view_column;

static const char *const view_column_names[N_VIEW_COLUMNS] = {
	"conn_id", "session_id", "date", "template", "customer_phone", "destiny",
	"operation", "connector_id", "destiny_name", "calling_code"
};

/*
 * The collected records: conn_id, session_id, date, template,
 * recorded_customer_phone, recorded_destiny, and n, the record's number.
 */
#define N_LOADED_COLUMNS 7

/* One INSERT or COPY into the view: statements may nest, so a stack. */
typedef struct Batch
{
	struct Batch *outer;
	SubTransactionId subid;		/* where it started: an abort there ends it */
	MemoryContext cxt;			/* holds the batch and its tuplestore */
	Tuplestorestate *rows;
	TupleDesc	desc;
	int64		count;
	int			att[N_VIEW_COLUMNS];	/* attribute numbers in the view, 0: absent */
	bool		att_known;
	Datum	   *all;			/* a row of the view, deformed */
	bool	   *all_null;
	int		   *months;			/* UTC months met, as year * 12 + month - 1 */
	Oid		   *partitions;		/* their partitions, once created */
	Oid			nsp;			/* the extension's schema, once storing */
	int			n_months;
	int			max_months;
	int			last_month;
	LoadMonth	month_now;		/* the last record's */
	bool		month_missing;	/* a record's date has no month (infinite) */
	/* a few conn_ids spread over the statement, to guess whether any is stored */
	Datum	   *samples;
	int			n_samples;
	int64		sample_every;
	bool		any_recorded;	/* a record carries customer_phone or destiny */
} Batch;

/* samples kept: when full, every other one goes and the spacing doubles */
#define MAX_SAMPLES 64

static Batch *current_batch = NULL;
static int64 last_load_stored = 0;

/*
 * wabill.loading: on while the loader's own statements run, which register
 * their keys themselves.  The keys trigger's WHEN clause reads it, so that
 * the loader's rows do not even call the trigger.  Only the loader sets it.
 */
static bool loading = false;

void
wabill_load_init(void)
{
	DefineCustomBoolVariable("wabill.loading",
							 "Whether the loader's own statements are running (set by the loader only).",
							 NULL,
							 &loading,
							 false,
							 PGC_INTERNAL,
							 GUC_NO_SHOW_ALL | GUC_NOT_IN_SAMPLE | GUC_DISALLOW_IN_FILE,
							 NULL, NULL, NULL);
}
static bool callbacks_registered = false;

static void
forget_batches(XactEvent event pg_attribute_unused(), void *arg pg_attribute_unused())
{
	/* their memory belongs to the transaction, which is ending */
	current_batch = NULL;
}

static void
forget_aborted_batches(SubXactEvent event, SubTransactionId mySubid,
					   SubTransactionId parentSubid pg_attribute_unused(),
					   void *arg pg_attribute_unused())
{
	if (event != SUBXACT_EVENT_ABORT_SUB)
		return;
	while (current_batch != NULL && current_batch->subid >= mySubid)
		current_batch = current_batch->outer;
}

static void
start_batch(void)
{
	MemoryContext cxt,
				old;
	ResourceOwner owner = CurrentResourceOwner;
	Batch	   *b;

	if (!callbacks_registered)
	{
		RegisterXactCallback(forget_batches, NULL);
		RegisterSubXactCallback(forget_aborted_batches, NULL);
		callbacks_registered = true;
	}
	cxt = AllocSetContextCreate(TopTransactionContext, "wabill load",
								ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	b = palloc0(sizeof(Batch));
	b->cxt = cxt;
	b->subid = GetCurrentSubTransactionId();
	b->desc = CreateTemplateTupleDesc(N_LOADED_COLUMNS);
	TupleDescInitEntry(b->desc, 1, "conn_id", TEXTOID, -1, 0);
	TupleDescInitEntry(b->desc, 2, "session_id", TEXTOID, -1, 0);
	TupleDescInitEntry(b->desc, 3, "date", TIMESTAMPTZOID, -1, 0);
	TupleDescInitEntry(b->desc, 4, "template", BOOLOID, -1, 0);
	TupleDescInitEntry(b->desc, 5, "recorded_customer_phone", TEXTOID, -1, 0);
	TupleDescInitEntry(b->desc, 6, "recorded_destiny", TEXTOID, -1, 0);
	TupleDescInitEntry(b->desc, 7, "n", INT8OID, -1, 0);
	/* as trigger.c keeps transition tables: temporary files for the transaction */
	CurrentResourceOwner = CurTransactionResourceOwner;
	b->rows = tuplestore_begin_heap(false, false, work_mem);
	CurrentResourceOwner = owner;
	b->max_months = 16;
	b->months = palloc(b->max_months * sizeof(int));
	b->partitions = palloc(b->max_months * sizeof(Oid));
	b->last_month = -1;
	b->samples = palloc(MAX_SAMPLES * sizeof(Datum));
	b->sample_every = 1;
	MemoryContextSwitchTo(old);
	b->outer = current_batch;
	current_batch = b;
}

static void
end_batch(Batch *b)
{
	current_batch = b->outer;
	tuplestore_end(b->rows);
	MemoryContextDelete(b->cxt);
}

/* A value as messages quote it, bounded. */
static char *
quoted_text(Datum value)
{
	return quotable_value(DatumGetTextPP(value));
}

static char *
quoted_cstring(const char *s)
{
	return s == NULL ? pstrdup("NULL") : quotable_value(cstring_to_text(s));
}

/*
 * What the source recorded in a column the report also derives: blank is not
 * recorded, and spaces around a value are not part of it (as btrim reads it).
 */
static bool
recorded_value(Datum value, bool isnull, Datum *result)
{
	text	   *t;
	const char *data;
	int			len;

	if (isnull)
		return false;
	t = DatumGetTextPP(value);
	data = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	while (len > 0 && *data == ' ')
		data++, len--;
	while (len > 0 && data[len - 1] == ' ')
		len--;
	if (len == 0)
		return false;
	*result = PointerGetDatum(cstring_to_text_with_len(data, len));
	return true;
}

/*
 * A recorded value identical to wabill's own derivation from the session ID
 * (what wabill's own export writes) says nothing about the source: it is not
 * recorded, so that a later load of the source's real value still records it
 * (step 4 only fills what is missing).  derive is wabill_session_phone or
 * wabill_session_country, called directly: neither reads flinfo.
 */
static bool
same_as_derived(PGFunction derive, Datum session_id, Datum recorded)
{
	LOCAL_FCINFO(fcinfo, 1);
	Datum		derived;
	text	   *d;
	text	   *r = DatumGetTextPP(recorded);

	InitFunctionCallInfoData(*fcinfo, NULL, 1, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = session_id;
	fcinfo->args[0].isnull = false;
	derived = derive(fcinfo);
	if (fcinfo->isnull)
		return false;
	d = DatumGetTextPP(derived);
	return VARSIZE_ANY_EXHDR(d) == VARSIZE_ANY_EXHDR(r) &&
		memcmp(VARDATA_ANY(d), VARDATA_ANY(r), VARSIZE_ANY_EXHDR(r)) == 0;
}

static bool
parse_template(Datum value, bool *result)
{
	text	   *t = DatumGetTextPP(value);
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);

	/* as boolin reads it: surrounding whitespace ignored */
	while (len > 0 && isspace((unsigned char) *s))
		s++, len--;
	while (len > 0 && isspace((unsigned char) s[len - 1]))
		len--;
	return parse_bool_with_len(s, len, result);
}

static void
note_month(Batch *b, TimestampTz date)
{
	int			month,
				i;

	/* an infinite date reaches the table's CHECK, which words the error */
	if (!wabill_load_month(&b->month_now, date))
	{
		b->month_missing = true;
		return;
	}
	month = b->month_now.month;
	if (month == b->last_month)
		return;
	b->last_month = month;
	for (i = 0; i < b->n_months; i++)
		if (b->months[i] == month)
			return;
	if (b->n_months == b->max_months)
	{
		b->max_months *= 2;
		b->months = repalloc(b->months, b->max_months * sizeof(int));
		b->partitions = repalloc(b->partitions, b->max_months * sizeof(Oid));
	}
	b->months[b->n_months++] = month;
}

Datum
wabill_billing_report_insert(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Batch	   *b = current_batch;
	HeapTuple	tuple;
	TupleDesc	desc;
	Datum		v[N_VIEW_COLUMNS];
	bool		isnull[N_VIEW_COLUMNS];
	Datum		values[N_LOADED_COLUMNS];
	bool		nulls[N_LOADED_COLUMNS] = {false, false, false, false, false, false, false};
	bool		is_template;
	ResourceOwner owner;
	int			i;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_INSTEAD(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || !TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("wabill_billing_report_insert must be an INSTEAD OF INSERT row trigger")));
	if (b == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("wabill_billing_report_insert needs the statement triggers of wabill_billing_report")));

	tuple = trigdata->tg_trigtuple;
	desc = RelationGetDescr(trigdata->tg_relation);
	if (!b->att_known)
	{
		for (i = 0; i < N_VIEW_COLUMNS; i++)
		{
			int			att = SPI_fnumber(desc, view_column_names[i]);

			b->att[i] = att > 0 ? att : 0;
		}
		b->all = MemoryContextAlloc(b->cxt, desc->natts * sizeof(Datum));
		b->all_null = MemoryContextAlloc(b->cxt, desc->natts * sizeof(bool));
		b->att_known = true;
	}
	heap_deform_tuple(tuple, desc, b->all, b->all_null);
	for (i = 0; i < N_VIEW_COLUMNS; i++)
	{
		isnull[i] = b->att[i] == 0 || b->all_null[b->att[i] - 1];
		v[i] = isnull[i] ? (Datum) 0 : b->all[b->att[i] - 1];
	}

	if (isnull[COL_CONN_ID] || isnull[COL_SESSION_ID] || isnull[COL_DATE] || isnull[COL_TEMPLATE])
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("conn_id, session_id, date and template are required"),
				 errdetail("Record with conn_id %s lacks one of them.",
						   isnull[COL_CONN_ID] ? "NULL" : quote_literal_cstr(quoted_text(v[COL_CONN_ID])))));
	if (!parse_template(v[COL_TEMPLATE], &is_template))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid template value for conn_id %s: \"%s\"",
						quoted_text(v[COL_CONN_ID]), quoted_text(v[COL_TEMPLATE])),
				 errhint("Use yes or no.")));
	if (!isnull[COL_OPERATION] || !isnull[COL_CONNECTOR_ID] ||
		!isnull[COL_DESTINY_NAME] || !isnull[COL_CALLING_CODE])
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("operation, connector_id, destiny_name and calling_code are derived and cannot be loaded")));

	values[0] = v[COL_CONN_ID];
	values[1] = v[COL_SESSION_ID];
	values[2] = v[COL_DATE];
	values[3] = BoolGetDatum(is_template);
	nulls[4] = !recorded_value(v[COL_CUSTOMER_PHONE], isnull[COL_CUSTOMER_PHONE], &values[4]) ||
		same_as_derived(wabill_session_phone, v[COL_SESSION_ID], values[4]);
	nulls[5] = !recorded_value(v[COL_DESTINY], isnull[COL_DESTINY], &values[5]) ||
		same_as_derived(wabill_session_country, v[COL_SESSION_ID], values[5]);
	b->any_recorded |= !nulls[4] || !nulls[5];
	values[6] = Int64GetDatum(b->count);
	owner = CurrentResourceOwner;
	CurrentResourceOwner = CurTransactionResourceOwner;
	tuplestore_putvalues(b->rows, b->desc, values, nulls);
	CurrentResourceOwner = owner;
	if (b->count % b->sample_every == 0)
	{
		if (b->n_samples == MAX_SAMPLES)
		{
			for (i = 0; i < MAX_SAMPLES / 2; i++)
				b->samples[i] = b->samples[2 * i];
			b->n_samples = MAX_SAMPLES / 2;
			b->sample_every *= 2;
		}
	}
	if (b->count % b->sample_every == 0)
	{
		MemoryContext old = MemoryContextSwitchTo(b->cxt);

		b->samples[b->n_samples++] = datumCopy(v[COL_CONN_ID], false, -1);
		MemoryContextSwitchTo(old);
	}
	b->count++;
	note_month(b, DatumGetTimestampTz(v[COL_DATE]));

	/* counted by COPY and INSERT as a row taken */
	return PointerGetDatum(tuple);
}

/* What is stored of a record, and where it is in wabill_loaded. */
#define COLUMNS \
	" (conn_id, session_id, date, template, recorded_customer_phone, recorded_destiny)"
#define LOADED \
	"l.conn_id, l.session_id, l.date, l.template, l.recorded_customer_phone, l.recorded_destiny"

/* Records whose conn_id is not stored (%s: the schema). */
#define NOT_STORED \
	" WHERE NOT EXISTS (SELECT FROM %s.wabill_conn_ids k WHERE k.conn_id = l.conn_id COLLATE \"C\")"

/* Runs one statement of the storing step; returns the rows it processed. */
static uint64
run(const char *sql, int expected)
{
	int			ret = SPI_execute(sql, false, 0);

	if (ret != expected)
		elog(ERROR, "wabill loader: SPI_execute returned %d for: %s", ret, sql);
	return SPI_processed;
}

/* The fresh records inserted by wabill_load_insert: false if it cannot. */
static bool
insert_batch(Batch *b, uint64 *inserted)
{
	Oid			nsp = b->nsp;
	Oid			table = get_relname_relid("wabill_interactions", nsp);
	Oid			keys = get_relname_relid("wabill_conn_ids", nsp);
	Oid			key_trigger = LookupFuncName(list_make2(makeString(get_namespace_name(nsp)),
													   makeString("wabill_interactions_key")),
											 0, NULL, true);

	if (b->month_missing || b->n_months == 0 || !OidIsValid(table) ||
		!OidIsValid(keys) || !OidIsValid(key_trigger))
		return false;
	return wabill_load_insert(b->rows, b->desc, table, keys, b->months, b->partitions,
							  b->n_months, key_trigger, inserted);
}

/*
 * An INSERT in a subtransaction: true if done, false if it hit a unique key.
 * With a batch, its records are inserted as COPY inserts them where
 * wabill_load_insert can, else by the INSERT.
 */
static bool
try_insert(Batch *b, const char *sql, uint64 *inserted)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	volatile bool done = true;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		if (b == NULL || !insert_batch(b, inserted))
			*inserted = run(sql, SPI_OK_INSERT);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (edata->sqlerrcode != ERRCODE_UNIQUE_VIOLATION)
			ReThrowError(edata);
		FreeErrorData(edata);
		done = false;
	}
	PG_END_TRY();
	return done;
}

/* Whether any sampled conn_id of the batch is stored already. */
static bool
any_sample_stored(Batch *b, const char *schema)
{
	Oid			argtypes[1] = {TEXTARRAYOID};
	Datum		args[1];
	char	   *sql;
	int			ret;

	if (b->n_samples == 0)
		return false;
	args[0] = PointerGetDatum(construct_array(b->samples, b->n_samples, TEXTOID, -1, false, TYPALIGN_INT));
	sql = psprintf("SELECT FROM %s.wabill_conn_ids k"
				   " WHERE k.conn_id = ANY ($1::text[] COLLATE \"C\") LIMIT 1", schema);
	ret = SPI_execute_with_args(sql, 1, argtypes, args, NULL, false, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "wabill loader: SPI_execute returned %d for: %s", ret, sql);
	return SPI_processed > 0;
}

static void
refuse_conflict(const char *schema)
{
	char	   *conn_id = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	char	   *session_id = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	char	   *date = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
	char	   *template = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4);
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	char	   *sql;
	int			ret;

	args[0] = CStringGetTextDatum(conn_id);
	sql = psprintf("SELECT s.session_id, s.date, s.template"
				   " FROM %s.wabill_conn_ids k JOIN %s.wabill_interactions s"
				   " ON s.date = k.date AND s.conn_id = k.conn_id"
				   " WHERE k.conn_id = $1 COLLATE \"C\"", schema, schema);
	ret = SPI_execute_with_args(sql, 1, argtypes, args, NULL, false, 1);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "wabill loader: SPI_execute returned %d for: %s", ret, sql);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNIQUE_VIOLATION),
				 errmsg("conn_id %s is already stored with different data", quoted_cstring(conn_id)),
				 errdetail("It is registered in wabill_conn_ids, but its row is not in wabill_interactions (a month detached without wabill_detach_month?). Loaded: %s, %s, %s.",
						   quoted_cstring(session_id), date, template)));
	ereport(ERROR,
			(errcode(ERRCODE_UNIQUE_VIOLATION),
			 errmsg("conn_id %s is already stored with different data", quoted_cstring(conn_id)),
			 errdetail("Stored: %s, %s, %s. Loaded: %s, %s, %s.",
					   quoted_cstring(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1)),
					   SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2),
					   SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3),
					   quoted_cstring(session_id), date, template)));
}

static void store_records(Batch *b, const char *schema);

static void
store_batch(Batch *b, const char *schema)
{
	EphemeralNamedRelation enr;
	int			nestlevel;
	int			i;
	Oid			argtypes[1] = {TIMESTAMPTZOID};
	char	   *sql;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "wabill loader: SPI_connect failed");

	/*
	 * The statements below name everything with its schema; index probes
	 * keep the cost per record the same however large the table is.
	 */
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET,
							 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("enable_hashjoin", "off", PGC_USERSET,
							 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("enable_mergejoin", "off", PGC_USERSET,
							 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);

	/* 1. the months' partitions */
	sql = psprintf("SELECT %s.wabill_add_month($1)", schema);
	for (i = 0; i < b->n_months; i++)
	{
		struct pg_tm tm = {0};
		TimestampTz month;
		Datum		args[1];
		int			ret;
		bool		isnull;

		b->partitions[i] = InvalidOid;
		tm.tm_year = b->months[i] / 12;
		tm.tm_mon = b->months[i] % 12 + 1;
		tm.tm_mday = 1;
		if (tm2timestamp(&tm, 0, NULL, &month) != 0)
			continue;			/* out of range: the table refuses the row */
		args[0] = TimestampTzGetDatum(month);
		ret = SPI_execute_with_args(sql, 1, argtypes, args, NULL, false, 0);
		if (ret != SPI_OK_SELECT || SPI_processed != 1)
			elog(ERROR, "wabill loader: SPI_execute returned %d for: %s", ret, sql);
		b->partitions[i] = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0],
														  SPI_tuptable->tupdesc, 1, &isnull));
		if (isnull)
			b->partitions[i] = InvalidOid;
	}

	enr = palloc0(sizeof(EphemeralNamedRelationData));
	enr->md.name = "wabill_loaded";
	enr->md.reliddesc = InvalidOid;
	enr->md.tupdesc = b->desc;
	enr->md.enrtype = ENR_NAMED_TUPLESTORE;
	enr->md.enrtuples = (double) b->count;
	enr->reldata = b->rows;
	if (SPI_register_relation(enr) != SPI_OK_REL_REGISTER)
		elog(ERROR, "wabill loader: could not register the loaded records");

	(void) set_config_option("wabill.loading", "on", PGC_INTERNAL,
							 PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	store_records(b, schema);

	AtEOXact_GUC(true, nestlevel);
	SPI_finish();
}

/* Steps 2 to 4, with the keys' trigger letting the loader's rows pass. */
static void
store_records(Batch *b, const char *schema)
{
	uint64		inserted = 0;
	char	   *sql;
	char	   *differing;
	bool		sampled_stored = any_sample_stored(b, schema);
	bool		all_stored = false;

	/* records not stored as they are: new, or refused in step 3 */
	differing = psprintf("SELECT l.conn_id, l.session_id, l.date, l.template FROM wabill_loaded l"
						 " WHERE NOT EXISTS (SELECT FROM %s.wabill_interactions s"
						 " WHERE s.date = l.date AND s.conn_id = l.conn_id"
						 " AND s.session_id = l.session_id AND s.template = l.template)",
						 schema);

	/*
	 * 2. the new records.  A fresh file is inserted as it is: the keys
	 * (wabill_conn_ids' and each partition's) refuse any conn_id already
	 * stored, and then it is done again without those.  Probing first would
	 * cost an index search per record; a few samples decide instead.  When
	 * they say a file is stored already, most likely it is all stored (a
	 * reload): one probe per record in its month then shows it, where
	 * inserting what is new would cost a probe of wabill_conn_ids per record
	 * before the same comparison.
	 */
	if (!sampled_stored &&
		try_insert(b, psprintf("WITH k AS (INSERT INTO %s.wabill_conn_ids (conn_id, date)"
							" SELECT l.conn_id, l.date FROM wabill_loaded l)"
							" INSERT INTO %s.wabill_interactions" COLUMNS
							" SELECT " LOADED " FROM wabill_loaded l",
							schema, schema), &inserted))
		;
	else if (sampled_stored && run(psprintf("%s LIMIT 1", differing), SPI_OK_SELECT) == 0)
		all_stored = true;
	else if (try_insert(NULL, psprintf("WITH f AS MATERIALIZED (SELECT l.* FROM wabill_loaded l" NOT_STORED "),"
								 " k AS (INSERT INTO %s.wabill_conn_ids (conn_id, date) SELECT l.conn_id, l.date FROM f l)"
								 " INSERT INTO %s.wabill_interactions" COLUMNS
								 " SELECT " LOADED " FROM f l",
								 schema, schema, schema), &inserted))
		;
	else
	{
		/* the file itself repeats a conn_id: its first record is the one */
		sql = psprintf("WITH f AS MATERIALIZED (SELECT DISTINCT ON (l.conn_id COLLATE \"C\") l.*"
					   " FROM wabill_loaded l" NOT_STORED
					   " ORDER BY l.conn_id COLLATE \"C\", l.n),"
					   " k AS (INSERT INTO %s.wabill_conn_ids (conn_id, date) SELECT l.conn_id, l.date FROM f l)"
					   " INSERT INTO %s.wabill_interactions" COLUMNS " SELECT " LOADED " FROM f l",
					   schema, schema, schema);
		inserted = run(sql, SPI_OK_INSERT);
	}

	/* 3. every other record must equal what is stored */
	if (inserted < (uint64) b->count)
	{
		if (!all_stored && run(psprintf("%s ORDER BY l.n LIMIT 1", differing), SPI_OK_SELECT) > 0)
			refuse_conflict(schema);

		/*
		 * 4. A raw export loaded first, then the Manager's: keep what the
		 * source says, without changing what was recorded before.
		 */
		if (b->any_recorded)
			run(psprintf("UPDATE %s.wabill_interactions i"
						 " SET recorded_customer_phone = coalesce(i.recorded_customer_phone, l.recorded_customer_phone),"
						 " recorded_destiny = coalesce(i.recorded_destiny, l.recorded_destiny)"
						 " FROM wabill_loaded l"
						 " WHERE i.date = l.date AND i.conn_id = l.conn_id"
						 " AND ((i.recorded_customer_phone IS NULL AND l.recorded_customer_phone IS NOT NULL)"
						 " OR (i.recorded_destiny IS NULL AND l.recorded_destiny IS NOT NULL))",
						 schema), SPI_OK_UPDATE);
	}
	last_load_stored = (int64) inserted;
}

Datum
wabill_billing_report_store(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Batch	   *b;
	const char *schema;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("wabill_billing_report_store must be an INSERT statement trigger")));
	if (TRIGGER_FIRED_BEFORE(trigdata->tg_event))
	{
		start_batch();
		return PointerGetDatum(NULL);
	}
	b = current_batch;
	if (b == NULL)
		return PointerGetDatum(NULL);
	last_load_stored = 0;
	if (b->count > 0)
	{
		b->nsp = RelationGetNamespace(trigdata->tg_relation);
		schema = quote_identifier(get_namespace_name(b->nsp));
		store_batch(b, schema);
	}
	end_batch(b);
	return PointerGetDatum(NULL);
}

/*
 * COPY and INSERT count every record the row trigger takes, stored or
 * skipped: whether it is new is only known at the end of the statement.
 */
Datum
wabill_last_load_stored(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(last_load_stored);
}

/*
 * The keys' row trigger (BEFORE INSERT OR UPDATE OR DELETE, cloned onto
 * every partition; argument: the extension's schema).  One statement per
 * row through SPI: for rows that do not come through the loader, which
 * registers its own.
 */
static SPIPlanPtr key_plans[3];

enum
{
	KEY_REGISTER,				/* INSERT ... ON CONFLICT DO NOTHING */
	KEY_STORED_DATE,			/* the date a conn_id is registered under */
	KEY_FORGET					/* DELETE of (conn_id, date) */
};

static void
key_statement(int which, const char *schema, Datum conn_id, Datum date)
{
	Oid			argtypes[2] = {TEXTOID, TIMESTAMPTZOID};
	Datum		args[2] = {conn_id, date};

	if (key_plans[which] == NULL)
	{
		static const char *const sql[3] = {
			"INSERT INTO %s.wabill_conn_ids (conn_id, date) VALUES ($1, $2) ON CONFLICT (conn_id) DO NOTHING",
			"SELECT k.date FROM %s.wabill_conn_ids k WHERE k.conn_id OPERATOR(pg_catalog.=) $1 COLLATE \"C\"",
			"DELETE FROM %s.wabill_conn_ids k WHERE k.conn_id OPERATOR(pg_catalog.=) $1 COLLATE \"C\""
			" AND k.date OPERATOR(pg_catalog.=) $2"
		};
		SPIPlanPtr	plan = SPI_prepare(psprintf(sql[which], quote_identifier(schema)),
									   which == KEY_STORED_DATE ? 1 : 2, argtypes);

		if (plan == NULL || SPI_keepplan(plan) != 0)
			elog(ERROR, "wabill keys: could not prepare a statement: %s", SPI_result_code_string(SPI_result));
		key_plans[which] = plan;
	}
	if (SPI_execute_plan(key_plans[which], args, NULL, false, which == KEY_STORED_DATE ? 1 : 0) < 0)
		elog(ERROR, "wabill keys: statement failed");
}

static void
register_key(const char *schema, Datum conn_id, Datum date)
{
	bool		isnull;
	Datum		stored;

	key_statement(KEY_REGISTER, schema, conn_id, date);
	if (SPI_processed == 1)
		return;
	key_statement(KEY_STORED_DATE, schema, conn_id, date);
	if (SPI_processed != 1)
		elog(ERROR, "wabill keys: conn_id neither new nor registered");
	stored = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	/* the same key again: the month's primary key judges the row */
	if (timestamptz_cmp_internal(DatumGetTimestampTz(stored), DatumGetTimestampTz(date)) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_UNIQUE_VIOLATION),
			 errmsg("conn_id %s is already stored", quoted_text(conn_id)),
			 errdetail("It is stored under date %s.",
					   DatumGetCString(DirectFunctionCall1(timestamptz_out, stored))),
			 errhint("Load records through wabill_billing_report, which skips those already stored.")));
}

Datum
wabill_interactions_key(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TriggerEvent event;
	TupleDesc	desc;
	HeapTuple	row;
	const char *schema;
	int			conn_id_att,
				date_att;
	Datum		old_conn_id = 0,
				old_date = 0,
				new_conn_id = 0,
				new_date = 0;
	bool		isnull;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || trigdata->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("wabill_interactions_key must be a BEFORE row trigger with the schema as argument")));
	event = trigdata->tg_event;
	row = TRIGGER_FIRED_BY_UPDATE(event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;
	if (loading)
		return PointerGetDatum(row);

	schema = trigdata->tg_trigger->tgargs[0];
	desc = RelationGetDescr(trigdata->tg_relation);
	conn_id_att = SPI_fnumber(desc, "conn_id");
	date_att = SPI_fnumber(desc, "date");
	if (conn_id_att <= 0 || date_att <= 0)
		elog(ERROR, "wabill keys: %s has no conn_id or date", RelationGetRelationName(trigdata->tg_relation));
	if (!TRIGGER_FIRED_BY_INSERT(event))
	{
		old_conn_id = heap_getattr(trigdata->tg_trigtuple, conn_id_att, desc, &isnull);
		old_date = heap_getattr(trigdata->tg_trigtuple, date_att, desc, &isnull);
	}
	if (!TRIGGER_FIRED_BY_DELETE(event))
	{
		new_conn_id = heap_getattr(row, conn_id_att, desc, &isnull);
		if (isnull)
			return PointerGetDatum(row);	/* NOT NULL refuses it */
		new_date = heap_getattr(row, date_att, desc, &isnull);
		if (isnull)
			return PointerGetDatum(row);
	}
	if (TRIGGER_FIRED_BY_UPDATE(event) &&
		DatumGetBool(DirectFunctionCall2Coll(texteq, C_COLLATION_OID, old_conn_id, new_conn_id)) &&
		timestamptz_cmp_internal(DatumGetTimestampTz(old_date), DatumGetTimestampTz(new_date)) == 0)
		return PointerGetDatum(row);	/* the key did not change */

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "wabill keys: SPI_connect failed");
	if (!TRIGGER_FIRED_BY_INSERT(event))
		key_statement(KEY_FORGET, schema, old_conn_id, old_date);
	if (!TRIGGER_FIRED_BY_DELETE(event))
		register_key(schema, new_conn_id, new_date);
	SPI_finish();
	return PointerGetDatum(row);
}
