/*
 * pricing.h
 *	  The pricing lookups' caches (pricing.c), shared with the function that
 *	  prices a month of interactions in order (price_in_order.c).
 */
#ifndef WABILL_PRICING_H
#define WABILL_PRICING_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"
#include "utils/numeric.h"

#include "strmap.h"

/* The market mapping: its versions by date, each prefix -> market text. */
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

/* Rate cards and volume tiers, by currency, date, market and category. */
typedef struct price_cache price_cache;

typedef struct tier_list
{
	int			n;
	int			allocated;
	int64	   *from;
	int64	   *to;				/* -1: no upper bound */
	Numeric    *rate;
} tier_list;

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

/* Each reads its table once, into the function's long-lived memory. */
extern void *load_markets(FunctionCallInfo fcinfo);
extern void *load_rules(FunctionCallInfo fcinfo);
extern void *load_portfolios(FunctionCallInfo fcinfo);
extern void *load_prices(FunctionCallInfo fcinfo);

extern bool key_add_nullable(wb_key *key, const char *s, int len);
extern int	market_version_on(market_cache *cache, DateADT on);
extern text *market_in_version(market_cache *cache, int version, const char *digits, int len);
extern text *category_of(wb_strmap *rules, const char *op, int oplen, const char *conn, int connlen);
extern text *portfolio_of(wb_strmap *portfolios, const char *op, int oplen);
extern text *service(void);
extern bool is_tiered(const char *category, int len);
extern char *price_rule_of(price_cache *cache, text *currency, DateADT on, text *market,
						   text *category, price_rule *rule);
extern char *price_by_rule(const price_rule *rule, text *currency, bool has_position, int64 n,
						   Numeric *price);

#endif							/* WABILL_PRICING_H */
