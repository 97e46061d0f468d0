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

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"

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

static bool
key_add_text(wb_key *key, text *t)
{
	return key_add_nullable(key, t ? VARDATA_ANY(t) : NULL, t ? VARSIZE_ANY_EXHDR(t) : 0);
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

static market_cache *
markets(FunctionCallInfo fcinfo)
{
	market_cache *cache = fcinfo->flinfo->fn_extra;
	market_load load;

	if (cache != NULL)
		return cache;
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
	fcinfo->flinfo->fn_extra = cache;
	return cache;
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
	market_cache *cache = markets(fcinfo);
	const char *digits = VARDATA_ANY(phone);
	int			len = VARSIZE_ANY_EXHDR(phone);
	int			lo = 0,
				hi = cache->n - 1,
				found = -1,
				i;
	market_version *v;

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

	/* the latest version that starts on or before the date */
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
		PG_RETURN_NULL();
	v = &cache->versions[found];
	for (i = Min(len, v->maxlen); i >= 0; i--)
	{
		wb_strmap_entry *e = wb_strmap_find(v->prefixes, digits, i);

		if (e != NULL)
			PG_RETURN_TEXT_P(e->value);
	}
	PG_RETURN_NULL();
}

/* ---------- categories and portfolios ---------- */

static void
pair_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	wb_strmap  *map = cache;
	bool		isnull;
	int			ncols = desc->natts;
	wb_key		key = {0};
	int			c;
	char	   *value;

	for (c = 1; c < ncols; c++)
	{
		char	   *s = column_text(tuple, desc, c, &isnull);

		if (!key_add_nullable(&key, s, s ? strlen(s) : 0))
			return;				/* too long to be asked for either */
	}
	value = column_text(tuple, desc, ncols, &isnull);
	wb_strmap_enter(map, key.bytes, key.len)->value = cstring_to_text(value);
}

static wb_strmap *
pairs(FunctionCallInfo fcinfo, const char *query)
{
	wb_strmap  *map = fcinfo->flinfo->fn_extra;

	if (map == NULL)
	{
		map = wb_strmap_create(fcinfo->flinfo->fn_mcxt);
		read_rows(fcinfo, query, pair_row, map);
		fcinfo->flinfo->fn_extra = map;
	}
	return map;
}

static text *
lookup2(wb_strmap *map, text *a, text *b)
{
	wb_key		key = {0};
	wb_strmap_entry *e;

	if (!key_add_text(&key, a) || !key_add_text(&key, b))
		return NULL;
	e = wb_strmap_find(map, key.bytes, key.len);
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
	wb_strmap  *rules;
	text	   *operation = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	text	   *connector = PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2);
	text	   *category = NULL;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!PG_GETARG_BOOL(0))
		PG_RETURN_TEXT_P(cstring_to_text("service"));
	rules = pairs(fcinfo, "SELECT operation, connector_id, category FROM %s.wabill_category_rules");
	if (rules->used > 0)
	{
		if (operation != NULL && connector != NULL)
			category = lookup2(rules, operation, connector);
		if (category == NULL && connector != NULL)
			category = lookup2(rules, NULL, connector);
		if (category == NULL && operation != NULL)
			category = lookup2(rules, operation, NULL);
		if (category == NULL)
			category = lookup2(rules, NULL, NULL);
	}
	if (category == NULL)
		PG_RETURN_TEXT_P(cstring_to_text("marketing"));
	PG_RETURN_TEXT_P(category);
}

/* The portfolio an operation is billed in: its own unless grouped. */
Datum
wabill_operation_portfolio(PG_FUNCTION_ARGS)
{
	text	   *operation = PG_GETARG_TEXT_PP(0);
	wb_strmap  *portfolios = pairs(fcinfo, "SELECT operation, portfolio FROM %s.wabill_portfolios");
	wb_key		key = {0};
	wb_strmap_entry *e;

	if (portfolios->used == 0 || !key_add_text(&key, operation))
		PG_RETURN_TEXT_P(operation);
	e = wb_strmap_find(portfolios, key.bytes, key.len);
	PG_RETURN_TEXT_P(e ? (text *) e->value : operation);
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
	wb_key		key = {0};

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
	wb_key		key = {0};
	wb_strmap_entry *e;
	tier_list  *list;

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

static price_cache *
prices(FunctionCallInfo fcinfo)
{
	price_cache *cache = fcinfo->flinfo->fn_extra;
	MemoryContext cxt = fcinfo->flinfo->fn_mcxt;

	if (cache != NULL)
		return cache;
	cache = MemoryContextAllocZero(cxt, sizeof(price_cache));
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
	fcinfo->flinfo->fn_extra = cache;
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
 * Prices one message: arguments (currency, billing date, market, category,
 * position of the message in its month's tier count).  Sets *price, or
 * returns why there is none.  NULL market or category: no price and no
 * reason here (the caller has a better one).
 */
static char *
price_message(FunctionCallInfo fcinfo, Numeric *price)
{
	price_cache *cache;
	text	   *currency,
			   *market,
			   *category;
	DateADT		on,
				card_from,
				tiers_from;
	wb_key		key = {0};
	wb_strmap_entry *e;
	card_rate  *rate;
	const char *cat;
	int			cat_len;

	*price = NULL;
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		return NULL;
	cache = prices(fcinfo);
	if (PG_ARGISNULL(0))
		return cache->any_card ? "no currency was chosen" : "no rate card is loaded";
	currency = PG_GETARG_TEXT_PP(0);
	on = PG_GETARG_DATEADT(1);
	market = PG_GETARG_TEXT_PP(2);
	category = PG_GETARG_TEXT_PP(3);
	cat = VARDATA_ANY(category);
	cat_len = VARSIZE_ANY_EXHDR(category);

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
			*price = int64_to_numeric(0);
			return NULL;
		}
		return psprintf("the %s rate card of %s has n/a for %s in %s",
						text_to_cstring(currency), date_string(card_from),
						text_to_cstring(category), text_to_cstring(market));
	}
	*price = rate->rate;

	if (is_tiered(cat, cat_len) && !PG_ARGISNULL(4) &&
		date_in_force(cache->tier_dates, currency, on, &tiers_from))
	{
		int64		n = PG_GETARG_INT64(4);
		tier_list  *tiers;
		int			i;

		key.len = 0;
		if (!price_key(&key, VARDATA_ANY(currency), VARSIZE_ANY_EXHDR(currency), tiers_from,
					   VARDATA_ANY(market), VARSIZE_ANY_EXHDR(market), cat, cat_len) ||
			(e = wb_strmap_find(cache->tiers, key.bytes, key.len)) == NULL)
			return NULL;		/* no tiers for this market: the card's rate */
		tiers = e->value;
		for (i = 0; i < tiers->n; i++)
			if (tiers->from[i] <= n && (tiers->to[i] < 0 || n <= tiers->to[i]))
			{
				*price = tiers->rate[i];
				return NULL;
			}
		*price = NULL;
		return psprintf("no volume tier of %s (%s) holds message " INT64_FORMAT " of the month",
						date_string(tiers_from), text_to_cstring(currency), n);
	}
	return NULL;
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
