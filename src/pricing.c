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

#include "core/session_id.h"
#include "encoding.h"
#include "quotable.h"

/* PostgreSQL 16 moved the varlena macros out of postgres.h. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "pricing.h"
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
bool
key_add_nullable(wb_key *key, const char *s, int len)
{
	if (s == NULL)
		return wb_key_add(key, "\x1e", 1);
	return wb_key_add(key, s, len);
}

/* ---------- markets ---------- */



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

void *
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


/* The mapping version in force on a date (an index), or -1 before the first. */
int
market_version_on(market_cache *cache, DateADT on)
{
	int			lo = 0,
				hi = cache->n - 1,
				found = -1;

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
	return found;
}

/* The market of digits in a mapping version: its longest prefix, or NULL. */
text *
market_in_version(market_cache *cache, int version, const char *digits, int len)
{
	market_version *v = &cache->versions[version];

	for (int i = Min(len, v->maxlen); i >= 0; i--)
	{
		wb_strmap_entry *e = wb_strmap_find(v->prefixes, digits, i);

		if (e != NULL)
			return e->value;
	}
	return NULL;
}

/* The market of digits on a date (see wabill_phone_market), or NULL. */
static text *
market_of(market_cache *cache, const char *digits, int len, DateADT on)
{
	int			version = market_version_on(cache, on);

	return version < 0 ? NULL : market_in_version(cache, version, digits, len);
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

void *
load_rules(FunctionCallInfo fcinfo)
{
	return load_pairs(fcinfo, RULES_QUERY);
}

void *
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
text *
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

text *
service(void)
{
	return constant_text(&service_text, "service");
}

/* The portfolio of an operation, or NULL when it is its own. */
text *
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


struct price_cache
{
	wb_strmap  *card_dates;		/* currency -> date_list */
	wb_strmap  *cards;			/* currency, date, market, category -> card_rate */
	wb_strmap  *tier_dates;		/* currency -> date_list */
	wb_strmap  *tiers;			/* currency, date, market, category -> tier_list */
	bool		any_card;
	Numeric		zero;
};

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

/*
 * The first four columns of a card or tier row, (currency, date, market,
 * category): notes the date among the currency's dates in force and builds
 * the row's key.  False when the key is too long to be asked for.
 */
static bool
price_row_key(HeapTuple tuple, TupleDesc desc, wb_strmap *dates, wb_key *key)
{
	bool		isnull;
	char	   *currency = column_text(tuple, desc, 1, &isnull);
	DateADT		from = DatumGetDateADT(SPI_getbinval(tuple, desc, 2, &isnull));
	char	   *market = column_text(tuple, desc, 3, &isnull);
	char	   *category = column_text(tuple, desc, 4, &isnull);

	key->len = 0;
	note_date(dates, currency, from);
	return price_key(key, currency, strlen(currency), from, market, strlen(market),
					 category, strlen(category));
}

static void
card_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	price_cache *prices = cache;
	bool		isnull;
	Datum		rate = SPI_getbinval(tuple, desc, 5, &isnull);
	card_rate  *r = palloc(sizeof(card_rate));
	wb_key		key;

	r->na = isnull;
	r->rate = isnull ? NULL : DatumGetNumeric(datumCopy(rate, false, -1));
	if (price_row_key(tuple, desc, prices->card_dates, &key))
		wb_strmap_enter(prices->cards, key.bytes, key.len)->value = r;
	prices->any_card = true;
}

static void
tier_row(void *cache, HeapTuple tuple, TupleDesc desc)
{
	price_cache *prices = cache;
	bool		isnull;
	int64		tier_from = DatumGetInt64(SPI_getbinval(tuple, desc, 5, &isnull));
	Datum		tier_to = SPI_getbinval(tuple, desc, 6, &isnull);
	bool		open = isnull;
	Datum		rate = SPI_getbinval(tuple, desc, 7, &isnull);
	wb_key		key;
	wb_strmap_entry *e;
	tier_list  *list;

	if (!price_row_key(tuple, desc, prices->tier_dates, &key))
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

void *
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

bool
is_tiered(const char *category, int len)
{
	return (len == 7 && memcmp(category, "utility", 7) == 0) ||
		(len == 14 && memcmp(category, "authentication", 14) == 0) ||
		(len == 28 && memcmp(category, "authentication_international", 28) == 0);
}


char *
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
char *
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
