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
extern bool wabill_load_month(TimestampTz date, int *month);
extern bool wabill_load_insert(Tuplestorestate *rows, TupleDesc desc, Oid table, Oid keys,
							   const int *months, const Oid *partitions, int n_months,
							   Oid keys_trigger_function, uint64 *inserted);

#endif							/* WABILL_LOAD_H */
