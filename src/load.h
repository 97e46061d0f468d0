/*
 * load.h
 *	  The loader (load.c, load_insert.c).
 */
#ifndef WABILL_LOAD_H
#define WABILL_LOAD_H

#include "datatype/timestamp.h"
#include "utils/tuplestore.h"

extern void wabill_load_init(void);

/* load_insert.c: a fresh file inserted as COPY inserts */
typedef struct LoadMonth
{
	int			month;			/* the UTC month, as year * 12 + month - 1 */
	TimestampTz start;			/* its bounds [start, end): the next date in */
	TimestampTz end;			/* them needs no calendar computation */
} LoadMonth;

extern bool wabill_load_month(LoadMonth *m, TimestampTz date);
extern bool wabill_load_insert(Tuplestorestate *rows, TupleDesc desc, Oid table, Oid keys,
							   const int *months, const Oid *partitions, int n_months,
							   Oid keys_trigger_function, uint64 *inserted);

#endif							/* WABILL_LOAD_H */
