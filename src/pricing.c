/*
 * pricing.c
 *	  Per-interaction pricing lookups: a phone's market on a date, a
 *	  template's category, an operation's portfolio, a message's unit price.
 *
 * Each function reads the small tables it needs (market mapping, category
 * rules, portfolios, rate cards and volume tiers) once per query, on its
 * first call, into a cache hung on its FmgrInfo, and then answers each row
 * with a hash probe.  A lookup per row in SQL (a subquery, or a join) would
 * either cost an index probe per row or lose the report's (date, conn_id)
 * order and need a sort; both cost more than the report itself.  A query
 * sees the tables as they were when it started using them, and the next
 * query reads them again, so there is nothing to invalidate.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "pgtime.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"
#include "utils/varlena.h"
#include "utils/expandedrecord.h"

#include "core/session_id.h"
#include "encoding.h"
#include "quotable.h"
#include "region_text.h"
#include "session.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "strmap.h"

PG_FUNCTION_INFO_V1(wabill_phone_market);
PG_FUNCTION_INFO_V1(wabill_template_category);
PG_FUNCTION_INFO_V1(wabill_operation_portfolio);
PG_FUNCTION_INFO_V1(wabill_unit_price);
PG_FUNCTION_INFO_V1(wabill_price_problem);

/*
 * Runs a query on the extension's tables (named in the schema of the
 * function being called, which is the extension's) and hands each row to
 * a callback, in the function's long-lived memory context.
 */
typedef void (*row_callback) (void *cache, HeapTuple tuple, TupleDesc desc);

static void
read_rows(FunctionCallInfo fcinfo, const char *query_format, row_callback callback, void *cache)
{
	char	   *schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));
	char	   *query = psprintf(query_format, quote_identifier(schema));
	MemoryContext old;
	uint64		i;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed: %s", query);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	for (i = 0; i < SPI_processed; i++)
		callback(cache, SPI_tuptable->vals[i], SPI_tuptable->tupdesc);
	MemoryContextSwitchTo(old);
	SPI_finish();
}

static char *
column_text(HeapTuple tuple, TupleDesc desc, int column, bool *isnull)
{
	Datum		d = SPI_getbinval(tuple, desc, column, isnull);

	return *isnull ? NULL : TextDatumGetCString(d);
}

/* Appends a possibly NULL text to a key, NULL and "" kept apart. */
static bool
key_add_nullable(wb_key *key, const char *s, int len)
{
	if (s == NULL)
		return wb_key_add(key, "\x1e", 1);
	return wb_key_add(key, s, len);
}

/* ---------- markets ---------- */

typedef struct market_version
{
	DateADT		from;
	int			maxlen;
	wb_strmap  *prefixes;		/* prefix -> text * of the market */
} market_version;

typedef struct market_cache
{
	int			n;
	market_version versions[FLEXIBLE_ARRAY_MEMBER];
} market_cache;

typedef struct market_load
{
	int			n;
	int			allocated;
	market_version *versions;
	MemoryContext cxt;
} market_load;

static void
market_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	market_load *load = cache;
	bool		isnull;
	DateADT		from = DatumGetDateADT(SPI_getbinval(tuple, desc, 1, &isnull));
	char	   *prefix = column_text(tuple, desc, 2, &isnull);
	char	   *market = column_text(tuple, desc, 3, &isnull);
	market_version *v;
	int			len = strlen(prefix);

	if (load->n == 0 || load->versions[load->n - 1].from != from)
	{
		if (load->n == load->allocated)
		{
			load->allocated *= 2;
			load->versions = repalloc(load->versions, load->allocated * sizeof(market_version));
		}
		v = &load->versions[load->n++];
		v->from = from;
		v->maxlen = 0;
		v->prefixes = wb_strmap_create(load->cxt);
	}
	v = &load->versions[load->n - 1];
	wb_strmap_enter(v->prefixes, prefix, len)->value = cstring_to_text(market);
	if (len > v->maxlen)
		v->maxlen = len;
}

static void *
load_markets(FunctionCallInfo fcinfo)
{
	market_cache *cache;
	market_load load;

	load.n = 0;
	load.allocated = 8;
	load.cxt = fcinfo->flinfo->fn_mcxt;
	load.versions = MemoryContextAlloc(load.cxt, load.allocated * sizeof(market_version));
	read_rows(fcinfo,
			  "SELECT effective_from, prefix, market FROM %s.wabill_market_prefixes"
			  " ORDER BY effective_from",
			  market_row, &load);
	cache = MemoryContextAlloc(load.cxt, offsetof(market_cache, versions) +
							   Max(load.n, 1) * sizeof(market_version));
	cache->n = load.n;
	memcpy(cache->versions, load.versions, load.n * sizeof(market_version));
	return cache;
}

/* What a loader reads, read on the first call of a query and kept. */
static void *
once_per_query(FunctionCallInfo fcinfo, void *(*load) (FunctionCallInfo))
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = load(fcinfo);
	return fcinfo->flinfo->fn_extra;
}


/* The market of digits on a date (see wabill_phone_market), or NULL. */
static text *
market_of(market_cache *cache, const char *digits, int len, DateADT on)
{
	int			lo = 0,
				hi = cache->n - 1,
				found = -1,
				i;
	market_version *v;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (cache->versions[mid].from <= on)
		{
			found = mid;
			lo = mid + 1;
		}
		else
			hi = mid - 1;
	}
	if (found < 0)
		return NULL;
	v = &cache->versions[found];
	for (i = Min(len, v->maxlen); i >= 0; i--)
	{
		wb_strmap_entry *e = wb_strmap_find(v->prefixes, digits, i);

		if (e != NULL)
			return e->value;
	}
	return NULL;
}

/*
 * The market of E.164 digits (an optional "+" first) on a date: the mapping
 * version in force that day, then its longest prefix of the digits.  NULL
 * before the first version, for a value that is not digits, and when the
 * version has no prefix that matches (the shipped ones have "" for Other).
 */
Datum
wabill_phone_market(PG_FUNCTION_ARGS)
{
	text	   *phone = PG_GETARG_TEXT_PP(0);
	DateADT		on = PG_GETARG_DATEADT(1);
	market_cache *cache = once_per_query(fcinfo, load_markets);
	const char *digits = VARDATA_ANY(phone);
	int			len = VARSIZE_ANY_EXHDR(phone);
	int			i;
	text	   *market;

	if (len > 0 && digits[0] == '+')
	{
		digits++;
		len--;
	}
	if (len == 0)
		PG_RETURN_NULL();
	for (i = 0; i < len; i++)
		if (digits[i] < '0' || digits[i] > '9')
			PG_RETURN_NULL();
	market = market_of(cache, digits, len, on);
	if (market == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(market);
}

/* ---------- categories and portfolios ---------- */

static void
pair_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	wb_strmap  *map = cache;
	bool		isnull;
	int			ncols = desc->natts;
	wb_key		key;
	int			c;
	char	   *value;

	key.len = 0;
	for (c = 1; c < ncols; c++)
	{
		char	   *s = column_text(tuple, desc, c, &isnull);

		if (!key_add_nullable(&key, s, s ? strlen(s) : 0))
			return;				/* too long to be asked for either */
	}
	value = column_text(tuple, desc, ncols, &isnull);
	wb_strmap_enter(map, key.bytes, key.len)->value = cstring_to_text(value);
}

#define RULES_QUERY "SELECT operation, connector_id, category FROM %s.wabill_category_rules"
#define PORTFOLIOS_QUERY "SELECT operation, portfolio FROM %s.wabill_portfolios"

static wb_strmap *
load_pairs(FunctionCallInfo fcinfo, const char *query)
{
	wb_strmap  *map = wb_strmap_create(fcinfo->flinfo->fn_mcxt);

	read_rows(fcinfo, query, pair_row, map);
	return map;
}

static void *
load_rules(FunctionCallInfo fcinfo)
{
	return load_pairs(fcinfo, RULES_QUERY);
}

static void *
load_portfolios(FunctionCallInfo fcinfo)
{
	return load_pairs(fcinfo, PORTFOLIOS_QUERY);
}

static text *
lookup2(wb_strmap *map, const char *a, int alen, const char *b, int blen)
{
	wb_key		key;
	wb_strmap_entry *e;

	key.len = 0;
	if (!key_add_nullable(&key, a, alen) || !key_add_nullable(&key, b, blen))
		return NULL;
	e = wb_strmap_find(map, key.bytes, key.len);
	return e ? e->value : NULL;
}

/* A text made once per backend, returned as region_text.c does. */
static text *
constant_text(text **slot, const char *s)
{
	if (*slot == NULL)
		*slot = MemoryContextAllocZero(TopMemoryContext, VARHDRSZ + strlen(s));
	SET_VARSIZE(*slot, VARHDRSZ + strlen(s));
	memcpy(VARDATA(*slot), s, strlen(s));
	return *slot;
}

static text *service_text,
		   *marketing_text;

/*
 * The category of a template message by the rules (NULL operation or
 * connector: unknown), most specific first; marketing without a rule.
 */
static text *
category_of(wb_strmap *rules, const char *op, int oplen, const char *conn, int connlen)
{
	text	   *category = NULL;

	if (rules->used > 0)
	{
		if (op != NULL && conn != NULL)
			category = lookup2(rules, op, oplen, conn, connlen);
		if (category == NULL && conn != NULL)
			category = lookup2(rules, NULL, 0, conn, connlen);
		if (category == NULL && op != NULL)
			category = lookup2(rules, op, oplen, NULL, 0);
		if (category == NULL)
			category = lookup2(rules, NULL, 0, NULL, 0);
	}
	return category ? category : constant_text(&marketing_text, "marketing");
}

static text *
service(void)
{
	return constant_text(&service_text, "service");
}

/* The portfolio of an operation, or NULL when it is its own. */
static text *
portfolio_of(wb_strmap *portfolios, const char *op, int oplen)
{
	wb_key		key;
	wb_strmap_entry *e;

	key.len = 0;
	if (portfolios->used == 0 || !key_add_nullable(&key, op, oplen))
		return NULL;
	e = wb_strmap_find(portfolios, key.bytes, key.len);
	return e ? e->value : NULL;
}

/*
 * The category of an interaction: service without a template; with one,
 * the most specific rule (operation and connector, then connector, then
 * operation, then the rule for everything), else marketing.
 */
Datum
wabill_template_category(PG_FUNCTION_ARGS)
{
	text	   *operation = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	text	   *connector = PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2);

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!PG_GETARG_BOOL(0))
		PG_RETURN_TEXT_P(service());
	PG_RETURN_TEXT_P(category_of(once_per_query(fcinfo, load_rules),
								 operation ? VARDATA_ANY(operation) : NULL,
								 operation ? VARSIZE_ANY_EXHDR(operation) : 0,
								 connector ? VARDATA_ANY(connector) : NULL,
								 connector ? VARSIZE_ANY_EXHDR(connector) : 0));
}

/* The portfolio an operation is billed in: its own unless grouped. */
Datum
wabill_operation_portfolio(PG_FUNCTION_ARGS)
{
	text	   *operation = PG_GETARG_TEXT_PP(0);
	text	   *portfolio = portfolio_of(once_per_query(fcinfo, load_portfolios),
										 VARDATA_ANY(operation), VARSIZE_ANY_EXHDR(operation));

	PG_RETURN_TEXT_P(portfolio ? portfolio : operation);
}

/* ---------- rate cards and volume tiers ---------- */

typedef struct date_list
{
	int			n;
	DateADT	   *dates;			/* ascending */
} date_list;

typedef struct card_rate
{
	bool		na;
	Numeric		rate;
} card_rate;

typedef struct tier_list
{
	int			n;
	int			allocated;
	int64	   *from;
	int64	   *to;				/* -1: no upper bound */
	Numeric    *rate;
} tier_list;

typedef struct price_cache
{
	wb_strmap  *card_dates;		/* currency -> date_list */
	wb_strmap  *cards;			/* currency, date, market, category -> card_rate */
	wb_strmap  *tier_dates;		/* currency -> date_list */
	wb_strmap  *tiers;			/* currency, date, market, category -> tier_list */
	bool		any_card;
	Numeric		zero;
} price_cache;

static void
note_date(wb_strmap *dates, const char *currency, DateADT d)
{
	wb_strmap_entry *e = wb_strmap_enter(dates, currency, strlen(currency));
	date_list  *list = e->value;

	if (list == NULL)
	{
		list = palloc0(sizeof(date_list));
		list->dates = palloc(16 * sizeof(DateADT));
		e->value = list;
	}
	/* rows come ordered by date, so a new date is the last one */
	if (list->n > 0 && list->dates[list->n - 1] == d)
		return;
	if (list->n > 0 && list->n % 16 == 0)
		list->dates = repalloc(list->dates, (list->n + 16) * sizeof(DateADT));
	list->dates[list->n++] = d;
}

static bool
price_key(wb_key *key, const char *currency, int currency_len, DateADT d,
		  const char *market, int market_len, const char *category, int category_len)
{
	return wb_key_add(key, currency, currency_len) &&
		wb_key_add(key, (const char *) &d, sizeof(d)) &&
		wb_key_add(key, market, market_len) &&
		wb_key_add(key, category, category_len);
}

static void
card_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	price_cache *prices = cache;
	bool		isnull;
	char	   *currency = column_text(tuple, desc, 1, &isnull);
	DateADT		from = DatumGetDateADT(SPI_getbinval(tuple, desc, 2, &isnull));
	char	   *market = column_text(tuple, desc, 3, &isnull);
	char	   *category = column_text(tuple, desc, 4, &isnull);
	Datum		rate = SPI_getbinval(tuple, desc, 5, &isnull);
	card_rate  *r = palloc(sizeof(card_rate));
	wb_key		key;

	key.len = 0;
	r->na = isnull;
	r->rate = isnull ? NULL : DatumGetNumeric(datumCopy(rate, false, -1));
	note_date(prices->card_dates, currency, from);
	if (price_key(&key, currency, strlen(currency), from, market, strlen(market),
				  category, strlen(category)))
		wb_strmap_enter(prices->cards, key.bytes, key.len)->value = r;
	prices->any_card = true;
}

static void
tier_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	price_cache *prices = cache;
	bool		isnull;
	char	   *currency = column_text(tuple, desc, 1, &isnull);
	DateADT		from = DatumGetDateADT(SPI_getbinval(tuple, desc, 2, &isnull));
	char	   *market = column_text(tuple, desc, 3, &isnull);
	char	   *category = column_text(tuple, desc, 4, &isnull);
	int64		tier_from = DatumGetInt64(SPI_getbinval(tuple, desc, 5, &isnull));
	Datum		tier_to = SPI_getbinval(tuple, desc, 6, &isnull);
	bool		open = isnull;
	Datum		rate = SPI_getbinval(tuple, desc, 7, &isnull);
	wb_key		key;
	wb_strmap_entry *e;
	tier_list  *list;

	key.len = 0;
	note_date(prices->tier_dates, currency, from);
	if (!price_key(&key, currency, strlen(currency), from, market, strlen(market),
				   category, strlen(category)))
		return;
	e = wb_strmap_enter(prices->tiers, key.bytes, key.len);
	list = e->value;
	if (list == NULL)
	{
		list = palloc0(sizeof(tier_list));
		list->allocated = 8;
		list->from = palloc(8 * sizeof(int64));
		list->to = palloc(8 * sizeof(int64));
		list->rate = palloc(8 * sizeof(Numeric));
		e->value = list;
	}
	if (list->n == list->allocated)
	{
		list->allocated *= 2;
		list->from = repalloc(list->from, list->allocated * sizeof(int64));
		list->to = repalloc(list->to, list->allocated * sizeof(int64));
		list->rate = repalloc(list->rate, list->allocated * sizeof(Numeric));
	}
	list->from[list->n] = tier_from;
	list->to[list->n] = open ? -1 : DatumGetInt64(tier_to);
	list->rate[list->n] = DatumGetNumeric(datumCopy(rate, false, -1));
	list->n++;
}

static void *
load_prices(FunctionCallInfo fcinfo)
{
	MemoryContext cxt = fcinfo->flinfo->fn_mcxt;
	price_cache *cache = MemoryContextAllocZero(cxt, sizeof(price_cache));
	MemoryContext old = MemoryContextSwitchTo(cxt);

	cache->zero = int64_to_numeric(0);
	MemoryContextSwitchTo(old);

	cache->card_dates = wb_strmap_create(cxt);
	cache->cards = wb_strmap_create(cxt);
	cache->tier_dates = wb_strmap_create(cxt);
	cache->tiers = wb_strmap_create(cxt);
	read_rows(fcinfo,
			  "SELECT currency, effective_from, market, category, rate"
			  " FROM %s.wabill_rate_cards ORDER BY currency, effective_from",
			  card_row, cache);
	read_rows(fcinfo,
			  "SELECT currency, effective_from, market, category, tier_from, tier_to, rate"
			  " FROM %s.wabill_volume_tiers ORDER BY currency, effective_from, tier_from",
			  tier_row, cache);
	return cache;
}


/* The latest date of a currency's list on or before a day, or false. */
static bool
date_in_force(wb_strmap *dates, text *currency, DateADT on, DateADT *result)
{
	wb_strmap_entry *e = wb_strmap_find(dates, VARDATA_ANY(currency), VARSIZE_ANY_EXHDR(currency));
	date_list  *list;
	int			lo,
				hi,
				found = -1;

	if (e == NULL)
		return false;
	list = e->value;
	lo = 0;
	hi = list->n - 1;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (list->dates[mid] <= on)
		{
			found = mid;
			lo = mid + 1;
		}
		else
			hi = mid - 1;
	}
	if (found < 0)
		return false;
	*result = list->dates[found];
	return true;
}

static char *
date_string(DateADT d)
{
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)));
}

static bool
is_tiered(const char *category, int len)
{
	return (len == 7 && memcmp(category, "utility", 7) == 0) ||
		(len == 14 && memcmp(category, "authentication", 14) == 0) ||
		(len == 28 && memcmp(category, "authentication_international", 28) == 0);
}

/*
 * What prices the messages of a category in a market on a billing date: the
 * card's rate, and the volume tiers in force for it, if any.  rate NULL:
 * they cannot be priced (why is returned).
 */
typedef struct price_rule
{
	Numeric		rate;
	tier_list  *tiers;
	DateADT		tiers_from;
} price_rule;

static char *
price_rule_of(price_cache *cache, text *currency, DateADT on, text *market, text *category,
			  price_rule *rule)
{
	DateADT		card_from;
	wb_key		key;
	wb_strmap_entry *e;
	card_rate  *rate;
	const char *cat = VARDATA_ANY(category);
	int			cat_len = VARSIZE_ANY_EXHDR(category);

	key.len = 0;
	rule->rate = NULL;
	rule->tiers = NULL;
	if (currency == NULL)
		return cache->any_card ? "no currency was chosen" : "no rate card is loaded";
	if (!date_in_force(cache->card_dates, currency, on, &card_from))
		return psprintf("no %s rate card is in force on %s",
						text_to_cstring(currency), date_string(on));
	if (!price_key(&key, VARDATA_ANY(currency), VARSIZE_ANY_EXHDR(currency), card_from,
				   VARDATA_ANY(market), VARSIZE_ANY_EXHDR(market), cat, cat_len) ||
		(e = wb_strmap_find(cache->cards, key.bytes, key.len)) == NULL)
		return psprintf("the %s rate card of %s has no market \"%s\"",
						text_to_cstring(currency), date_string(card_from),
						text_to_cstring(market));
	rate = e->value;
	if (rate->na)
	{
		/* Meta does not charge for service where the card says n/a */
		if (cat_len == 7 && memcmp(cat, "service", 7) == 0)
		{
			rule->rate = cache->zero;
			return NULL;
		}
		return psprintf("the %s rate card of %s has n/a for %s in %s",
						text_to_cstring(currency), date_string(card_from),
						text_to_cstring(category), text_to_cstring(market));
	}
	rule->rate = rate->rate;

	/* without tiers for this market, the card's rate */
	key.len = 0;
	if (is_tiered(cat, cat_len) &&
		date_in_force(cache->tier_dates, currency, on, &rule->tiers_from) &&
		price_key(&key, VARDATA_ANY(currency), VARSIZE_ANY_EXHDR(currency), rule->tiers_from,
				  VARDATA_ANY(market), VARSIZE_ANY_EXHDR(market), cat, cat_len) &&
		(e = wb_strmap_find(cache->tiers, key.bytes, key.len)) != NULL)
		rule->tiers = e->value;
	return NULL;
}

/*
 * The price of the n-th message of the month under a rule (has_position
 * false: a message that is not counted, which the tiers do not concern).
 */
static char *
price_by_rule(const price_rule *rule, text *currency, bool has_position, int64 n, Numeric *price)
{
	*price = rule->rate;
	if (rule->rate != NULL && has_position && rule->tiers != NULL)
	{
		tier_list  *tiers = rule->tiers;

		for (int i = 0; i < tiers->n; i++)
			if (tiers->from[i] <= n && (tiers->to[i] < 0 || n <= tiers->to[i]))
			{
				*price = tiers->rate[i];
				return NULL;
			}
		*price = NULL;
		return psprintf("no volume tier of %s (%s) holds message " INT64_FORMAT " of the month",
						date_string(rule->tiers_from), text_to_cstring(currency), n);
	}
	return NULL;
}

/*
 * Prices one message of a category in a market on a billing date, at its
 * position in its month's tier count (has_position false: not tiered).
 * Sets *price, or returns why there is none.
 */
static char *
price_of(price_cache *cache, text *currency, DateADT on, text *market, text *category,
		 bool has_position, int64 n, Numeric *price)
{
	price_rule	rule;
	char	   *problem = price_rule_of(cache, currency, on, market, category, &rule);

	if (problem != NULL)
	{
		*price = NULL;
		return problem;
	}
	return price_by_rule(&rule, currency, has_position, n, price);
}

/* price_of for the arguments (currency, date, market, category, position). */
static char *
price_message(FunctionCallInfo fcinfo, Numeric *price)
{
	*price = NULL;
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		return NULL;			/* the caller has a better reason */
	return price_of(once_per_query(fcinfo, load_prices), PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0),
					PG_GETARG_DATEADT(1), PG_GETARG_TEXT_PP(2), PG_GETARG_TEXT_PP(3),
					!PG_ARGISNULL(4), PG_ARGISNULL(4) ? 0 : PG_GETARG_INT64(4), price);
}

Datum
wabill_unit_price(PG_FUNCTION_ARGS)
{
	Numeric		price;

	price_message(fcinfo, &price);
	if (price == NULL)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(price);
}

Datum
wabill_price_problem(PG_FUNCTION_ARGS)
{
	Numeric		price;
	char	   *problem = price_message(fcinfo, &price);

	if (problem == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(problem));
}

/* ---------- everything at once, per row, in order ---------- */

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

/* market_of through the memo; the digits are known to be digits. */
static text *
market_memoized(ordered_cache *cache, const char *digits, int len, DateADT on)
{
	market_cache *markets = cache->markets;
	int			lo = 0,
				hi = markets->n - 1,
				version = -1,
				n;
	uint32		h;
	market_memo *m;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (markets->versions[mid].from <= on)
		{
			version = mid;
			lo = mid + 1;
		}
		else
			hi = mid - 1;
	}
	if (version < 0)
		return NULL;
	n = Min(len, markets->versions[version].maxlen);
	if (n > (int) sizeof(m->digits))
		return market_of(markets, digits, len, on);
	h = version * 31 + n;
	for (int i = 0; i < n; i++)
		h = h * 16777619u ^ (unsigned char) digits[i];
	m = &cache->market_memo[h % MARKET_MEMO_SIZE];
	if (m->version != version || m->len != n || memcmp(m->digits, digits, n) != 0)
	{
		m->version = version;
		m->len = n;
		memcpy(m->digits, digits, n);
		m->market = market_of(markets, digits, len, on);
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

static bool
same_text(text *a, text *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return VARSIZE_ANY_EXHDR(a) == VARSIZE_ANY_EXHDR(b) &&
		memcmp(VARDATA_ANY(a), VARDATA_ANY(b), VARSIZE_ANY_EXHDR(a)) == 0;
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
	if (!same_text(currency, cache->memo_currency))
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
