/*
 * load_insert.c
 *	  The loader's insertion of a fresh file, as COPY itself inserts.
 *
 * An INSERT ... SELECT over the collected records inserts one row at a time
 * (a heap insertion and a WAL record per row, in each of the two tables),
 * evaluates the keys trigger's WHEN clause per row and runs the executor's
 * per-row machinery: together about a third more than COPY into a plain
 * table.  Here the records go into their month's partition and into
 * wabill_conn_ids in batches through table_multi_insert (one WAL record per
 * page, as COPY does), and into their indexes with the same unique checks as
 * any INSERT: a conn_id stored already, or twice in the file, is a unique
 * violation, which the caller answers by storing the file the general way.
 *
 * Only where it does exactly what that INSERT would do: the user may insert
 * into both tables, row-level security does not apply to them, the months
 * are ordinary tables, and no trigger other than wabill's keys trigger
 * (which the loader's rows skip) would fire.  Anything else takes the
 * INSERT, which knows every case.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/tableam.h"
#include "catalog/pg_class.h"
#include "catalog/pg_trigger.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "partitioning/partdesc.h"
#include "pgtime.h"
#include "utils/acl.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "load.h"

/* rows per batch of a relation, as COPY's MAX_BUFFERED_TUPLES */
#define BATCH_ROWS 1000

/* The loaded records' columns (load.c's tuple descriptor). */
enum
{
	IN_CONN_ID,
	IN_SESSION_ID,
	IN_DATE,
	IN_TEMPLATE,
	IN_RECORDED_CUSTOMER_PHONE,
	IN_RECORDED_DESTINY,
	N_IN
};

static const char *const stored_names[N_IN] = {
	"conn_id", "session_id", "date", "template", "recorded_customer_phone", "recorded_destiny"
};

/* A relation being inserted into, with its batch of rows. */
typedef struct Target
{
	Relation	rel;
	ResultRelInfo *rri;
	BulkInsertState bistate;
	TupleDesc	desc;			/* the relation's, unpinned: see add_row */
	TupleTableSlot *slots[BATCH_ROWS];
	int			n;				/* rows in the batch */
	bool		check;			/* its constraints may refuse a record */
	int			map[N_IN];		/* attribute index of each loaded column, -1: none */
} Target;

/*
 * Whether the rows may go in without the executor: nothing would happen to
 * them there that does not happen here.
 */
static bool
plain_target(Relation rel, Oid keys_trigger_function)
{
	TriggerDesc *td = rel->trigdesc;
	int			i;

	if (rel->rd_rel->relkind != RELKIND_RELATION && rel->rd_rel->relkind != RELKIND_PARTITIONED_TABLE)
		return false;
	if (check_enable_rls(RelationGetRelid(rel), InvalidOid, true) == RLS_ENABLED)
		return false;
	if (td == NULL)
		return true;
	for (i = 0; i < td->numtriggers; i++)
	{
		Trigger    *t = &td->triggers[i];

		if (!TRIGGER_FOR_INSERT(t->tgtype))
			continue;
		if (t->tgfoid == keys_trigger_function && TRIGGER_FOR_ROW(t->tgtype))
			continue;
		return false;
	}
	return true;
}

/*
 * Opens a relation to insert into; NULL if it is not plain_target, or has a
 * column that is not one of the loaded ones (the INSERT would fill it with
 * its default), or lacks one of the n_columns it should have.
 */
static Target *
open_target(Oid relid, Oid keys_trigger_function, int n_columns)
{
	Relation	rel = table_open(relid, RowExclusiveLock);
	TupleDesc	desc = RelationGetDescr(rel);
	Target	   *t;
	int			i,
				j,
				found = 0;

	if (rel->rd_rel->relkind != RELKIND_RELATION || !plain_target(rel, keys_trigger_function))
	{
		table_close(rel, NoLock);
		return NULL;
	}
	t = palloc0(sizeof(Target));
	t->rel = rel;
	for (j = 0; j < N_IN; j++)
		t->map[j] = -1;
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped)
			continue;
		for (j = 0; j < N_IN; j++)
			if (strcmp(NameStr(att->attname), stored_names[j]) == 0)
				break;
		if (j == N_IN)
		{
			table_close(rel, NoLock);
			return NULL;
		}
		t->map[j] = i;
		found++;
		/* the loader's records have the first four, never infinite dates */
		if (att->attnotnull && j != IN_CONN_ID && j != IN_SESSION_ID && j != IN_DATE && j != IN_TEMPLATE)
			t->check = true;
	}
	if (desc->constr)
		for (i = 0; i < desc->constr->num_check; i++)
			if (strcmp(desc->constr->check[i].ccname, "wabill_interactions_date_finite") != 0)
				t->check = true;
	if (found != n_columns)
	{
		table_close(rel, NoLock);
		return NULL;
	}
	t->rri = makeNode(ResultRelInfo);
	/* no range table: an error message shows the columns SELECT may read */
	InitResultRelInfo(t->rri, rel, 0, NULL, 0);
	ExecOpenIndices(t->rri, false);
	t->bistate = GetBulkInsertState();
	t->desc = CreateTupleDescCopy(desc);
	return t;
}

static void
close_target(Target *t)
{
	int			i;

	for (i = 0; i < BATCH_ROWS && t->slots[i] != NULL; i++)
		ExecDropSingleTupleTableSlot(t->slots[i]);
	FreeBulkInsertState(t->bistate);
	table_finish_bulk_insert(t->rel, 0);
	ExecCloseIndices(t->rri);
	table_close(t->rel, NoLock);
}

/*
 * Whether every date of a UTC month is within a partition's bounds.  The
 * bounds of a range partition on date hold for an interval of dates, so for
 * the whole month if for its first and its last microsecond; then the
 * INSERT would send every record of the month there too (partitions do not
 * overlap), and records sent there for their month need no check.
 */
static bool
month_within(Target *t, int month, EState *estate)
{
	struct pg_tm tm = {0};
	TimestampTz bounds[2];
	TupleTableSlot *slot;
	int			i;
	bool		ok = month >= 0 && t->map[IN_DATE] >= 0;

	tm.tm_year = month / MONTHS_PER_YEAR;
	tm.tm_mon = month % MONTHS_PER_YEAR + 1;
	tm.tm_mday = 1;
	ok = ok && tm2timestamp(&tm, 0, NULL, &bounds[0]) == 0;
	if (++tm.tm_mon > MONTHS_PER_YEAR)
		tm.tm_mon = 1, tm.tm_year++;
	ok = ok && tm2timestamp(&tm, 0, NULL, &bounds[1]) == 0;
	if (!ok)
		return false;
	bounds[1]--;
	slot = MakeSingleTupleTableSlot(t->desc, &TTSOpsVirtual);
	for (i = 0; i < 2 && ok; i++)
	{
		ExecClearTuple(slot);
		memset(slot->tts_isnull, true, t->desc->natts * sizeof(bool));
		slot->tts_values[t->map[IN_DATE]] = TimestampTzGetDatum(bounds[i]);
		slot->tts_isnull[t->map[IN_DATE]] = false;
		ExecStoreVirtualTuple(slot);
		ok = ExecPartitionCheck(t->rri, slot, estate, false);
	}
	ExecDropSingleTupleTableSlot(slot);
	ResetPerTupleExprContext(estate);
	return ok;
}

/* Inserts the batch of a relation: its heap, then its indexes. */
static void
flush(Target *t, EState *estate, CommandId cid)
{
	int			i;
	MemoryContext old;

	if (t->n == 0)
		return;
	/* both leak into the current context: a short-lived one, as COPY's */
	old = MemoryContextSwitchTo(GetPerTupleMemoryContext(estate));
	table_multi_insert(t->rel, t->slots, t->n, cid, 0, t->bistate);
	for (i = 0; i < t->n; i++)
	{
		if (t->rri->ri_NumIndices > 0)
		{
			List	   *pending;

#if PG_VERSION_NUM >= 160000
			pending = ExecInsertIndexTuples(t->rri, t->slots[i], estate, false, false, NULL, NIL, false);
#else
			pending = ExecInsertIndexTuples(t->rri, t->slots[i], estate, false, false, NULL, NIL);
#endif
			/* a deferred unique key would be checked too late to take the INSERT */
			if (pending != NIL)
				ereport(ERROR,
						(errcode(ERRCODE_UNIQUE_VIOLATION),
						 errmsg("wabill loader: a deferred key may be violated")));
		}
		ExecClearTuple(t->slots[i]);
		ResetPerTupleExprContext(estate);
	}
	MemoryContextSwitchTo(old);
	t->n = 0;
}

/* Adds a record to a relation's batch; the slot keeps its own copy. */
static void
add_row(Target *t, TupleTableSlot *in, EState *estate)
{
	TupleTableSlot *slot;
	int			j;

	/*
	 * Slots of a copy of the relation's descriptor: a slot of the relation's
	 * own pins it in the resource owner, whose list of a thousand pins of
	 * one descriptor costs quadratic time to fill and to empty.
	 */
	if (t->slots[t->n] == NULL)
		t->slots[t->n] = MakeSingleTupleTableSlot(t->desc, table_slot_callbacks(t->rel));
	slot = t->slots[t->n];

	ExecClearTuple(slot);
	memset(slot->tts_isnull, true, slot->tts_tupleDescriptor->natts * sizeof(bool));
	for (j = 0; j < N_IN; j++)
		if (t->map[j] >= 0)
		{
			slot->tts_values[t->map[j]] = in->tts_values[j];
			slot->tts_isnull[t->map[j]] = in->tts_isnull[j];
		}
	ExecStoreVirtualTuple(slot);
	ExecMaterializeSlot(slot);
	/* as the INSERT would: constraints of the user's */
	if (t->check)
	{
		ExecConstraints(t->rri, slot, estate);
		ResetPerTupleExprContext(estate);
	}
	t->n++;
}

/*
 * Sets m to the UTC month of a date (m's month if the date is in it); false
 * if the date has none.  A file's dates come month by month, mostly.
 */
bool
wabill_load_month(LoadMonth *m, TimestampTz date)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (date >= m->start && date < m->end)
		return true;
	if (TIMESTAMP_NOT_FINITE(date) || timestamp2tm(date, NULL, &tm, &fsec, NULL, NULL) != 0)
		return false;
	m->month = tm.tm_year * 12 + tm.tm_mon - 1;
	tm.tm_mday = 1;
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	if (tm2timestamp(&tm, 0, NULL, &m->start) != 0)
		m->start = m->end = 0;
	else
	{
		if (++tm.tm_mon > MONTHS_PER_YEAR)
			tm.tm_mon = 1, tm.tm_year++;
		if (tm2timestamp(&tm, 0, NULL, &m->end) != 0)
			m->start = m->end = 0;
	}
	return true;
}

/*
 * Inserts every collected record (rows, described by desc) into its month's
 * partition (months[i] is stored in partitions[i]) and into keys
 * (wabill_conn_ids).  Every record has one of those months.  Returns false,
 * having inserted nothing, where the executor's INSERT must do it; raises
 * the INSERT's error (a unique violation for a conn_id stored already or
 * repeated) where it would.
 */
bool
wabill_load_insert(Tuplestorestate *rows, TupleDesc desc, Oid table, Oid keys,
				   const int *months, const Oid *partitions, int n_months,
				   Oid keys_trigger_function, uint64 *inserted)
{
	Relation	parent;
	EState	   *estate;
	CommandId	cid = GetCurrentCommandId(true);
	Target	  **targets;		/* the months', then the keys' */
	Target	   *key_target;
	TupleTableSlot *in;
	LoadMonth	lm = {0};
	int			readptr,
				i,
				last = 0,
				batched = 0;
	uint64		count = 0;
	bool		ok;

	if (pg_class_aclcheck(table, GetUserId(), ACL_INSERT) != ACLCHECK_OK ||
		pg_class_aclcheck(keys, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		return false;
	parent = table_open(table, RowExclusiveLock);
	/* (a table that is itself a partition: its months' bounds involve more) */
	ok = plain_target(parent, keys_trigger_function) && !parent->rd_rel->relispartition;

	/*
	 * The months are attached now and stay so: the lock just taken waits
	 * for, and then keeps out, a DETACH of another session.
	 */
	if (ok)
	{
		PartitionDesc pd = RelationGetPartitionDesc(parent, true);

		for (i = 0; ok && i < n_months; i++)
		{
			int			p;

			for (p = 0; p < pd->nparts; p++)
				if (pd->oids[p] == partitions[i] && pd->is_leaf[p])
					break;
			ok = OidIsValid(partitions[i]) && p < pd->nparts;
		}
	}
	table_close(parent, NoLock);
	if (!ok)
		return false;

	estate = CreateExecutorState();
	targets = palloc0((n_months + 1) * sizeof(Target *));
	for (i = 0; ok && i <= n_months; i++)
	{
		targets[i] = i < n_months ? open_target(partitions[i], keys_trigger_function, N_IN)
			: open_target(keys, InvalidOid, 2);
		ok = targets[i] != NULL && (i == n_months || month_within(targets[i], months[i], estate));
	}
	key_target = targets[n_months];
	if (ok)
	{
		in = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
		readptr = tuplestore_alloc_read_pointer(rows, EXEC_FLAG_REWIND);
		tuplestore_select_read_pointer(rows, readptr);
		tuplestore_rescan(rows);
		while (tuplestore_gettupleslot(rows, true, false, in))
		{
			int			month;

			CHECK_FOR_INTERRUPTS();
			slot_getsomeattrs(in, N_IN);
			if (!wabill_load_month(&lm, DatumGetTimestampTz(in->tts_values[IN_DATE])))
				elog(ERROR, "wabill loader: a record has no month");
			month = lm.month;
			if (months[last] != month)
			{
				for (last = 0; last < n_months; last++)
					if (months[last] == month)
						break;
				if (last == n_months)
					elog(ERROR, "wabill loader: a record of a month not collected");
			}
			add_row(targets[last], in, estate);
			add_row(key_target, in, estate);
			count++;
			/* as COPY: every batch flushed once a thousand rows wait */
			if (++batched == BATCH_ROWS)
			{
				for (i = 0; i <= n_months; i++)
					flush(targets[i], estate, cid);
				batched = 0;
			}
		}
		for (i = 0; i <= n_months; i++)
			flush(targets[i], estate, cid);
		tuplestore_select_read_pointer(rows, 0);
		ExecDropSingleTupleTableSlot(in);
	}
	for (i = 0; i <= n_months; i++)
		if (targets[i] != NULL)
			close_target(targets[i]);
	ExecResetTupleTable(estate->es_tupleTable, true);
	FreeExecutorState(estate);
	*inserted = count;
	return ok;
}
