/*
 * lifecycle.c
 *	  Keeping stored rows when the extension goes: the event trigger behind
 *	  wabill_protect_data, and the setting that lets a drop delete them.
 *
 * DROP EXTENSION drops the extension's tables with it, and wabill's tables
 * hold the users' billing records.  So a statement that would drop the
 * extension is refused while one of its tables holds user rows, unless the
 * session says the rows may go (wabill.allow_drop_data).
 *
 * "User rows" are what pg_dump dumps: the rows of every table registered with
 * pg_extension_config_dump, filtered by its condition.  A table added later
 * is protected by being registered, which it must be anyway to be dumped.
 *
 * Also the phone-data version check: the country functions are IMMUTABLE
 * for one release of the phone data, and indexes, generated columns and
 * materialized views keep the answers of the release they were built with.
 * As PostgreSQL does for collation versions, the release they were built
 * with is recorded (wabill_phone_data_built) and a session warns, once, when
 * the server's library answers with another.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/parallel.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_extension.h"
#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "core/phone_number.h"
#include "lifecycle.h"

PG_FUNCTION_INFO_V1(wabill_protect_data);

static bool allow_drop_data = false;
static bool phone_data_rebuild = true;

void
wabill_lifecycle_init(void)
{
	DefineCustomBoolVariable("wabill.allow_drop_data",
							 "Lets a statement that drops the wabill extension delete its stored rows.",
							 "Off: DROP EXTENSION wabill (and DROP SCHEMA ... CASCADE, DROP OWNED "
							 "that would drop it) is refused while its tables hold rows.",
							 &allow_drop_data,
							 false,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	DefineCustomBoolVariable("wabill.phone_data_rebuild",
							 "Lets ALTER EXTENSION wabill UPDATE rebuild what depends on changed phone data.",
							 "Off: the update lists the indexes, generated columns and materialized "
							 "views to rebuild, in a WARNING, and leaves them as they are.",
							 &phone_data_rebuild,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
}

/* The extension's owner and schema, from its catalog row. */
static void
extension_owner_and_schema(Oid extoid, Oid *owner, Oid *schema)
{
	HeapTuple	tuple = SearchSysCache1(EXTENSIONOID, ObjectIdGetDatum(extoid));

	*owner = *schema = InvalidOid;
	if (HeapTupleIsValid(tuple))
	{
		*owner = ((Form_pg_extension) GETSTRUCT(tuple))->extowner;
		*schema = ((Form_pg_extension) GETSTRUCT(tuple))->extnamespace;
		ReleaseSysCache(tuple);
	}
}

static bool
names_include(List *names, const char *name)
{
	ListCell   *lc;

	foreach(lc, names)
	{
		Node	   *n = lfirst(lc);

		if (IsA(n, String) && strcmp(strVal(n), name) == 0)
			return true;
	}
	return false;
}

/* Would this statement drop the extension extoid? */
static bool
drops_extension(Node *parsetree, Oid extoid)
{
	Oid			owner;
	Oid			schema;

	extension_owner_and_schema(extoid, &owner, &schema);
	if (IsA(parsetree, DropStmt))
	{
		DropStmt   *stmt = (DropStmt *) parsetree;

		if (stmt->removeType == OBJECT_EXTENSION)
			return names_include(stmt->objects, "wabill");
		/* its schema, with everything in it */
		if (stmt->removeType == OBJECT_SCHEMA && stmt->behavior == DROP_CASCADE)
		{
			char	   *name = get_namespace_name(schema);

			return name != NULL && names_include(stmt->objects, name);
		}
		return false;
	}
	if (IsA(parsetree, DropOwnedStmt))
	{
		DropOwnedStmt *stmt = (DropOwnedStmt *) parsetree;
		ListCell   *lc;

		foreach(lc, stmt->roles)
		{
			if (get_rolespec_oid(lfirst(lc), true) == owner)
				return true;
		}
	}
	return false;
}

/*
 * The tables of extension extoid that hold user rows, as a list for a
 * message ("" if none).  Read as the extension's owner, who owns the tables
 * and so sees every row; the search_path is pinned because the conditions
 * are SQL written by the extension.
 */
static char *
tables_with_rows(Oid extoid)
{
	StringInfoData found;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(extoid)};
	Oid			owner;
	Oid			schema;
	uint64		i;

	extension_owner_and_schema(extoid, &owner, &schema);
	if (!OidIsValid(owner))
		return "";
	initStringInfo(&found);
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(
							  "SELECT pg_catalog.format('%I.%I', n.nspname, c.relname),"
							  "  pg_catalog.format('SELECT EXISTS (SELECT FROM %I.%I %s)',"
							  "    n.nspname, c.relname, t.cond)"
							  " FROM pg_catalog.pg_extension e"
							  " CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(e.extconfig),"
							  "   pg_catalog.unnest(e.extcondition)) AS t(tab, cond)"
							  " JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) t.tab"
							  " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
							  " WHERE e.oid OPERATOR(pg_catalog.=) $1 AND c.relkind IN ('r', 'p')"
							  " ORDER BY 1",
							  1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not list the extension's configuration tables");

	{
		SPITupleTable *tables = SPI_tuptable;
		uint64		ntables = SPI_processed;

		for (i = 0; i < ntables; i++)
		{
			char	   *name = SPI_getvalue(tables->vals[i], tables->tupdesc, 1);
			char	   *query = SPI_getvalue(tables->vals[i], tables->tupdesc, 2);
			bool		isnull;

			if (SPI_execute(query, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
				elog(ERROR, "could not count the rows of %s", name);
			if (DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
										   SPI_tuptable->tupdesc, 1, &isnull)))
				appendStringInfo(&found, "%s%s", found.len > 0 ? ", " : "", name);
		}
	}
	SPI_finish();

	AtEOXact_GUC(false, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return found.data;
}

/*
 * Event trigger on ddl_command_start: refuses a statement that would drop
 * the extension while its tables hold user rows.  It sees the statement's
 * parse tree, so it knows which extension or schema is named and whether
 * CASCADE was written, which a PL/pgSQL trigger cannot.
 */
Datum
wabill_protect_data(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	Oid			extoid;
	char	   *tables;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("wabill_protect_data() must be called as an event trigger")));
	trigdata = (EventTriggerData *) fcinfo->context;

	if (allow_drop_data)
		PG_RETURN_VOID();
	extoid = get_extension_oid("wabill", true);
	if (!OidIsValid(extoid) || !drops_extension(trigdata->parsetree, extoid))
		PG_RETURN_VOID();

	tables = tables_with_rows(extoid);
	if (tables[0] != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
				 errmsg("cannot drop extension wabill because its tables hold stored rows"),
				 errdetail("Dropping it would delete every row of %s.", tables),
				 errhint("To keep the rows, dump the database first (pg_dump). To delete them "
						 "with the extension, run SET wabill.allow_drop_data = on in this session "
						 "first, or empty the tables.")));
	PG_RETURN_VOID();
}

/*
 * Warns, once per session, when this database's stored results were built
 * with other phone data than the library answers with.  Called by the
 * data-derived functions on their first call, so it costs one test of a
 * static afterwards.  It reads the one-row table directly rather than
 * through SPI, since it may run inside an index build or the planner.
 */
void
wabill_phone_data_check_once(void)
{
	static bool checked = false;
	Oid			extoid;
	Oid			owner;
	Oid			schema;
	Oid			relid;
	Relation	rel;
	SysScanDesc scan;
	HeapTuple	tuple;
	char	   *built = NULL;

	if (checked)
		return;
	checked = true;
	/*
	 * Workers would repeat the leader's warning; update scripts rebuild
	 * what the warning is about.
	 */
	if (IsParallelWorker() || !IsTransactionState() || creating_extension)
		return;
	extoid = get_extension_oid("wabill", true);
	if (!OidIsValid(extoid))
		return;
	extension_owner_and_schema(extoid, &owner, &schema);
	relid = get_relname_relid("wabill_phone_data_built", schema);
	if (!OidIsValid(relid))
		return;					/* 0.1.0, or in the middle of CREATE EXTENSION */

	rel = table_open(relid, AccessShareLock);
	scan = systable_beginscan(rel, InvalidOid, false, NULL, 0, NULL);
	if (HeapTupleIsValid(tuple = systable_getnext(scan)))
	{
		bool		isnull;
		Datum		value = heap_getattr(tuple, 1, RelationGetDescr(rel), &isnull);

		if (!isnull)
			built = TextDatumGetCString(value);
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);

	if (built != NULL && strcmp(built, wb_phone_data_version()) != 0)
		ereport(WARNING,
				(errmsg("wabill's phone data is %s, but this database's stored results were built with %s",
						wb_phone_data_version(), built),
				 errdetail("Indexes, generated columns and materialized views that use wabill's "
						   "country functions may hold answers the server no longer gives."),
				 errhint("SELECT * FROM wabill_phone_data_check() lists them; "
						 "SELECT wabill_phone_data_refresh() rebuilds them and records %s.",
						 wb_phone_data_version())));
}
