/*
 * price_in_order.c
 *	  wabill_price_in_order: every interaction of a month priced as the rows
 *	  come in (date, conn_id) order, volume tiers counted on the way.
 */
#include "postgres.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/expandedrecord.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/varlena.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "core/session_id.h"
#include "pricing.h"
#include "quotable.h"
#include "region_text.h"
#include "session.h"
#include "strmap.h"

PG_FUNCTION_INFO_V1(wabill_price_in_order);

/*
 * What a row's operation and connector decide: its template category and
 * its portfolio, and the two as texts.  A month has a few senders and many
 * rows, so they are remembered per query (up to MAX_SENDERS, then computed
 * per row): one probe instead of up to four rule probes, a portfolio probe
 * and two copies.
 */
typedef struct sender
{
	text	   *operation;		/* NULL without one (malformed ID) */
	text	   *connector;
	text	   *category;		/* of a template row */
	text	   *portfolio;		/* NULL without an operation */
} sender;

#define MAX_SENDERS 4096

/*
 * Price rules by (billing date, market, category): the market and category texts come
 * from the caches, so their addresses stand for their contents.  A month has
 * some thirty days, markets and categories; a slot is simply overwritten.
 */
#define PRICE_MEMO_SIZE 1024

typedef struct price_memo
{
	DateADT		on;
	text	   *market;			/* NULL: empty slot */
	text	   *category;
	price_rule	rule;
} price_memo;

/*
 * Markets by (mapping version, leading digits): a longest-prefix match reads
 * no more than the version's longest prefix, so those digits and the
 * phone's length up to that decide it.  Many rows share a calling code.
 */
#define MARKET_MEMO_SIZE 1024

typedef struct market_memo
{
	int			version;		/* -1: empty slot */
	int			len;			/* digits compared: min(phone, longest) */
	char		digits[8];
	text	   *market;
} market_memo;

/*
 * The fields of wabill_price_parts, in the install script's order; a library
 * and a script that disagree (a half-done update) stop at the first call.
 */
typedef enum price_part
{
	PART_UNIT_PRICE = 1,
	PART_CUSTOMER_PHONE,
	PART_DESTINY,
	PART_OPERATION,
	PART_CONNECTOR_ID,
	PART_PORTFOLIO,
	PART_BILLING_DATE,
	PART_MARKET,
	PART_CATEGORY,
	PART_TIER_POSITION
} price_part;

#define WABILL_PRICE_PARTS PART_TIER_POSITION

static const struct
{
	const char *name;
	Oid			type;
}			price_part_columns[WABILL_PRICE_PARTS] = {
	{"unit_price", NUMERICOID},
	{"customer_phone", TEXTOID},
	{"destiny", TEXTOID},
	{"operation", TEXTOID},
	{"connector_id", TEXTOID},
	{"portfolio", TEXTOID},
	{"billing_date", DATEOID},
	{"market", TEXTOID},
	{"category", TEXTOID},
	{"tier_position", INT8OID},
};

static void
check_price_parts(TupleDesc desc)
{
	bool		same = desc->natts == WABILL_PRICE_PARTS;

	for (int i = 0; same && i < WABILL_PRICE_PARTS; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		same = !att->attisdropped && att->atttypid == price_part_columns[i].type &&
			strcmp(NameStr(att->attname), price_part_columns[i].name) == 0;
	}
	if (!same)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("type wabill_price_parts does not match the wabill library"),
				 errdetail("The installed SQL objects and the loaded library are of different wabill versions."),
				 errhint("Run ALTER EXTENSION wabill UPDATE, then start a new session.")));
}

/*
 * Senders by a cheap hash of the operation's and connector's bytes, checked
 * against the sender's own texts: cheaper than building the strmap key.
 */
#define SENDER_MEMO_SIZE 256

typedef struct ordered_cache
{
	market_cache *markets;
	wb_strmap  *rules;
	wb_strmap  *portfolios;
	price_cache *prices;
	wb_strmap  *senders;		/* operation, connector -> sender */
	wb_strmap  *counts;			/* month, portfolio, market, category -> count */
	pg_tz	   *zone;
	ExpandedRecordHeader *parts;	/* the result, rewritten for each row */

	/* the billing day of the last row, valid for day_start <= at < day_end */
	TimestampTz day_start;
	TimestampTz day_end;
	DateADT		day;
	DateADT		month;

	/* the last row, in (date, conn_id) order */
	bool		any_row;
	TimestampTz last_at;
	int			last_conn_len;
	char	   *last_conn;
	int			last_conn_allocated;

	text	   *service;		/* the category of a row without a template */
	sender	   *sender_memo[SENDER_MEMO_SIZE];
	text	   *memo_currency;	/* the currency the price memo is for */
	price_memo	price_memo[PRICE_MEMO_SIZE];
	market_memo market_memo[MARKET_MEMO_SIZE];
} ordered_cache;

static bool
text_is(const text *t, const char *s, int len)
{
	return t == NULL ? s == NULL :
		(s != NULL && (int) VARSIZE_ANY_EXHDR(t) == len && memcmp(VARDATA_ANY(t), s, len) == 0);
}

static uint32
bytes_hash(const char *s, int len)
{
	uint64		head = 0,
				tail = 0;

	if (s == NULL)
		return 0x9e3779b9;
	memcpy(&head, s, Min(len, 8));
	if (len > 8)
		memcpy(&tail, s + len - Min(len - 8, 8), Min(len - 8, 8));
	return (uint32) ((head * 0x9E3779B97F4A7C15ull + tail) >> 32) ^ len;
}

static sender *sender_lookup(ordered_cache *cache, const wb_session_id *parts, sender *scratch);

static sender *
sender_of(ordered_cache *cache, const wb_session_id *parts, sender *scratch)
{
	uint32		h = bytes_hash(parts->operation, parts->operation_len) * 31 +
		bytes_hash(parts->connector, parts->connector_len);
	sender	  **slot = &cache->sender_memo[h % SENDER_MEMO_SIZE];
	sender	   *who = *slot;

	if (who != NULL && text_is(who->operation, parts->operation, parts->operation_len) &&
		text_is(who->connector, parts->connector, parts->connector_len))
		return who;
	who = sender_lookup(cache, parts, scratch);
	if (who != scratch)
		*slot = who;
	return who;
}

/* A sender from the query's map, entered there if new (while there is room). */
static sender *
sender_lookup(ordered_cache *cache, const wb_session_id *parts, sender *scratch)
{
	wb_key		key;
	wb_strmap_entry *e = NULL;
	MemoryContext old;

	key.len = 0;
	if (key_add_nullable(&key, parts->operation, parts->operation_len) &&
		key_add_nullable(&key, parts->connector, parts->connector_len))
	{
		e = wb_strmap_find(cache->senders, key.bytes, key.len);
		if (e != NULL)
			return e->value;
		if (cache->senders->used >= MAX_SENDERS)
			e = NULL;
		else
			e = wb_strmap_enter(cache->senders, key.bytes, key.len);
	}
	old = MemoryContextSwitchTo(e ? cache->senders->cxt : CurrentMemoryContext);
	if (e)
		scratch = palloc(sizeof(sender));
	scratch->operation = parts->operation ?
		cstring_to_text_with_len(parts->operation, parts->operation_len) : NULL;
	scratch->connector = parts->connector ?
		cstring_to_text_with_len(parts->connector, parts->connector_len) : NULL;
	scratch->category = category_of(cache->rules, parts->operation, parts->operation_len,
									parts->connector, parts->connector_len);
	scratch->portfolio = NULL;
	if (parts->operation != NULL)
	{
		scratch->portfolio = portfolio_of(cache->portfolios, parts->operation, parts->operation_len);
		if (scratch->portfolio == NULL)
			scratch->portfolio = scratch->operation;
	}
	MemoryContextSwitchTo(old);
	if (e)
		e->value = scratch;
	return scratch;
}

/* A market through the memo; the digits are known to be digits. */
static text *
market_memoized(ordered_cache *cache, const char *digits, int len, DateADT on)
{
	market_cache *markets = cache->markets;
	int			version = market_version_on(markets, on),
				n;
	uint32		h;
	market_memo *m;

	if (version < 0)
		return NULL;
	n = Min(len, markets->versions[version].maxlen);
	if (n > (int) sizeof(m->digits))
		return market_in_version(markets, version, digits, len);
	h = version * 31 + n;
	for (int i = 0; i < n; i++)
		h = h * 16777619u ^ (unsigned char) digits[i];
	m = &cache->market_memo[h % MARKET_MEMO_SIZE];
	if (m->version != version || m->len != n || memcmp(m->digits, digits, n) != 0)
	{
		m->version = version;
		m->len = n;
		memcpy(m->digits, digits, n);
		m->market = market_in_version(markets, version, digits, len);
	}
	return m->market;
}

/* price_of through the memo of price rules. */
static Numeric
price_memoized(ordered_cache *cache, text *currency, DateADT on, text *market, text *category,
			   int64 position)
{
	uintptr_t	h = ((uintptr_t) market >> 3) * 31 + ((uintptr_t) category >> 3) * 7 + on;
	price_memo *m = &cache->price_memo[h % PRICE_MEMO_SIZE];
	Numeric		price;

	if (m->market != market || m->category != category || m->on != on)
	{
		m->market = market;
		m->category = category;
		m->on = on;
		price_rule_of(cache->prices, currency, on, market, category, &m->rule);
	}
	price_by_rule(&m->rule, currency, position > 0, position, &price);
	return price;
}

/*
 * The billing day of a time (in the billing zone), from the day of the row
 * before when it falls on the same day: converting every row's time costs
 * more than the rest of its pricing.  The day's bounds are its two local
 * midnights, so a day of 23 or 25 hours is right too.
 */
static void
billing_day(ordered_cache *cache, TimestampTz at)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			tz,
				julian;

	if (at >= cache->day_start && at < cache->day_end)
		return;
	if (timestamp2tm(at, &tz, &tm, &fsec, NULL, cache->zone) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	julian = date2j(tm.tm_year, tm.tm_mon, tm.tm_mday);
	cache->day = julian - POSTGRES_EPOCH_JDATE;
	cache->month = date2j(tm.tm_year, tm.tm_mon, 1) - POSTGRES_EPOCH_JDATE;

	/* its bounds, only trusted when they hold the time they came from */
	cache->day_start = cache->day_end = 0;
	for (int i = 0; i < 2; i++)
	{
		struct pg_tm midnight = {0};
		TimestampTz t;

		j2date(julian + i, &midnight.tm_year, &midnight.tm_mon, &midnight.tm_mday);
		tz = DetermineTimeZoneOffset(&midnight, cache->zone);
		if (tm2timestamp(&midnight, 0, &tz, &t) != 0)
			return;
		if (i == 0)
			cache->day_start = t;
		else
			cache->day_end = t;
	}
	if (!(cache->day_start <= at && at < cache->day_end))
		cache->day_start = cache->day_end = 0;
}

/*
 * Whether a row comes after the last one in (date, conn_id) order; the
 * conn_id is compared, in its collation, only for rows of the same time.
 * Remembers the row.
 */
static bool
follows_last_row(ordered_cache *cache, TimestampTz at, text *conn_id, Oid collation)
{
	const char *conn = VARDATA_ANY(conn_id);
	int			len = VARSIZE_ANY_EXHDR(conn_id);
	bool		follows = !cache->any_row || at > cache->last_at ||
		(at == cache->last_at &&
		 varstr_cmp(conn, len, cache->last_conn, cache->last_conn_len,
					OidIsValid(collation) ? collation : DEFAULT_COLLATION_OID) > 0);

	if (len > cache->last_conn_allocated)
	{
		cache->last_conn_allocated = Max(len, 64);
		cache->last_conn = MemoryContextAlloc(cache->senders->cxt, cache->last_conn_allocated);
	}
	memcpy(cache->last_conn, conn, len);
	cache->last_conn_len = len;
	cache->last_at = at;
	cache->any_row = true;
	return follows;
}

static ordered_cache *
ordered_cache_create(FunctionCallInfo fcinfo, text *zone_arg)
{
	MemoryContext cxt = fcinfo->flinfo->fn_mcxt;
	char	   *zone_name = zone_arg ? text_to_cstring(zone_arg) : "UTC";
	ordered_cache *cache = MemoryContextAllocZero(cxt, sizeof(ordered_cache));
	TupleDesc	result;
	MemoryContext old;
	Datum		values[WABILL_PRICE_PARTS];
	bool		nulls[WABILL_PRICE_PARTS];

	cache->zone = pg_tzset(zone_name);
	if (cache->zone == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("billing time zone \"%s\" is not a time zone name",
						quotable_value(cstring_to_text(zone_name))),
				 errhint("Set wabill.billing_timezone to a name such as America/Bogota.")));
	cache->markets = load_markets(fcinfo);
	cache->rules = load_rules(fcinfo);
	cache->portfolios = load_portfolios(fcinfo);
	cache->prices = load_prices(fcinfo);
	cache->senders = wb_strmap_create(cxt);
	cache->counts = wb_strmap_create(cxt);
	cache->service = service();
	for (int i = 0; i < MARKET_MEMO_SIZE; i++)
		cache->market_memo[i].version = -1;

	if (get_call_result_type(fcinfo, NULL, &result) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "wabill_price_in_order must return a composite type");
	check_price_parts(result);
	old = MemoryContextSwitchTo(cxt);
	cache->parts = make_expanded_record_from_tupdesc(result, cxt);
	memset(nulls, true, sizeof(nulls));
	memset(values, 0, sizeof(values));
	expanded_record_set_fields(cache->parts, values, nulls, false);
	MemoryContextSwitchTo(old);
	return cache;
}

/*
 * wabill_price_in_order(session_id text, at timestamptz, conn_id text,
 * template boolean, currency text, zone text): each interaction's customer
 * phone, destination, operation, connector, portfolio, billing date (in
 * zone), market, category, volume-tier position and unit price, as a
 * wabill_price_parts, for rows given in (date, conn_id) order from the start
 * of a month.
 *
 * Meta prices the n-th utility or authentication message of a month at the
 * tier holding n, counted per portfolio, market and category.  A window
 * function over the report's order would do that count, but a window
 * buffers every row and the result has to be built as a tuple and taken
 * apart again: together more than the report itself.  So this is a plain
 * function that counts the rows it is called for.  It is VOLATILE, which is
 * the truth (its result depends on the calls before) and which makes the
 * planner evaluate it after the rows are put in the query's ORDER BY
 * (date, conn_id), not before a sort nor in a partition's scan ahead of the
 * merge; PARALLEL RESTRICTED keeps it in the leader, after a Gather Merge.
 * A row that does not follow the one before is the first of a new scan of
 * the same query (a rescan: every scan starts at a month's first row), and
 * the counts start again.
 *
 * The result is an expanded record, rewritten in place for each row: a
 * caller reads its fields directly (no tuple formed, none taken apart), and
 * whatever keeps the value (a sort, an aggregate, a copy) flattens it into
 * a tuple of its own first, as PostgreSQL does with every expanded value.
 */
Datum
wabill_price_in_order(PG_FUNCTION_ARGS)
{
	ordered_cache *cache = fcinfo->flinfo->fn_extra;
	ExpandedRecordHeader *erh;
	Datum	   *values;
	bool	   *nulls;
	text	   *session_id,
			   *currency,
			   *conn_id,
			   *market = NULL,
			   *category = NULL;
	parsed_session unremembered,
			   *parsed;
	TimestampTz at;
	int64		position = 0;
	int			region;
	Numeric		price = NULL;
	sender		scratch,
			   *who;
	wb_session_id no_parts = {0};
	const wb_session_id *parts = &no_parts;

	if (cache == NULL)
		fcinfo->flinfo->fn_extra = cache =
			ordered_cache_create(fcinfo, PG_ARGISNULL(5) ? NULL : PG_GETARG_TEXT_PP(5));
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	session_id = PG_GETARG_TEXT_PP(0);
	at = PG_GETARG_TIMESTAMPTZ(1);
	conn_id = PG_GETARG_TEXT_PP(2);
	currency = PG_ARGISNULL(4) ? NULL : PG_GETARG_TEXT_PP(4);

	if (!follows_last_row(cache, at, conn_id, PG_GET_COLLATION()))
		cache->counts = wb_strmap_create(cache->senders->cxt);
	if (!text_is(cache->memo_currency, currency ? VARDATA_ANY(currency) : NULL,
				 currency ? VARSIZE_ANY_EXHDR(currency) : 0))
	{
		for (int i = 0; i < PRICE_MEMO_SIZE; i++)
			cache->price_memo[i].market = NULL;
		cache->memo_currency = NULL;
		if (currency != NULL)
		{
			cache->memo_currency = MemoryContextAlloc(cache->senders->cxt, VARSIZE_ANY(currency));
			memcpy(cache->memo_currency, currency, VARSIZE_ANY(currency));
		}
	}
	currency = cache->memo_currency;

	billing_day(cache, at);
	parsed = wabill_session_parsed(session_id, &unremembered);
	if (parsed->problem == WB_SESSION_OK)
	{
		parts = &parsed->parts;
		market = market_memoized(cache, parts->phone, parts->phone_len, cache->day);
	}
	who = sender_of(cache, parts, &scratch);
	if (!PG_ARGISNULL(3))
		category = PG_GETARG_BOOL(3) ? who->category : cache->service;
	if (market != NULL && category != NULL && who->portfolio != NULL &&
		is_tiered(VARDATA_ANY(category), VARSIZE_ANY_EXHDR(category)))
	{
		wb_key		key;

		key.len = 0;
		if (!wb_key_add(&key, (const char *) &cache->month, sizeof(cache->month)) ||
			!wb_key_add(&key, VARDATA_ANY(who->portfolio), VARSIZE_ANY_EXHDR(who->portfolio)) ||
			!wb_key_add(&key, VARDATA_ANY(market), VARSIZE_ANY_EXHDR(market)) ||
			!wb_key_add(&key, VARDATA_ANY(category), VARSIZE_ANY_EXHDR(category)))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("portfolio, market and category are too long to count volume tiers"),
					 errdetail("Together they may have at most 1000 bytes.")));
		position = ++wb_strmap_enter(cache->counts, key.bytes, key.len)->count;
	}
	if (market != NULL && category != NULL)
		price = price_memoized(cache, currency, cache->day, market, category, position);

	erh = cache->parts;
	values = erh->dvalues;
	nulls = erh->dnulls;
#define SET_PART(field, value, isnull) \
	(values[(field) - 1] = (value), nulls[(field) - 1] = (isnull))
	SET_PART(PART_UNIT_PRICE, NumericGetDatum(price), price == NULL);
	SET_PART(PART_CUSTOMER_PHONE,
			 PointerGetDatum(parts->phone ? cstring_to_text_with_len(parts->phone, parts->phone_len) : NULL),
			 parts->phone == NULL);
	region = parts->phone ? wabill_session_region(parsed) : 0;
	SET_PART(PART_DESTINY, PointerGetDatum(region ? wabill_region_text(region) : NULL), region == 0);
	SET_PART(PART_OPERATION, PointerGetDatum(who->operation), who->operation == NULL);
	SET_PART(PART_CONNECTOR_ID, PointerGetDatum(who->connector), who->connector == NULL);
	SET_PART(PART_PORTFOLIO, PointerGetDatum(who->portfolio), who->portfolio == NULL);
	SET_PART(PART_BILLING_DATE, DateADTGetDatum(cache->day), false);
	SET_PART(PART_MARKET, PointerGetDatum(market), market == NULL);
	SET_PART(PART_CATEGORY, PointerGetDatum(category), category == NULL);
	SET_PART(PART_TIER_POSITION, Int64GetDatum(position), position == 0);
#undef SET_PART
	/* the values are new: no flat copy of the last row's is valid */
	erh->flags = (erh->flags & ER_FLAGS_NON_DATA) | ER_FLAG_DVALUES_VALID;
	erh->flat_size = 0;
	PG_RETURN_DATUM(ExpandedRecordGetRODatum(erh));
}

