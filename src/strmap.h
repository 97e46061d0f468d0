/*
 * strmap.h
 *	  A small open-addressing hash table from byte strings to pointers or
 *	  counts, for the pricing caches (one per query, built from tables of a
 *	  few hundred rows, probed once or more per interaction).
 */
#ifndef WABILL_STRMAP_H
#define WABILL_STRMAP_H

#include "postgres.h"

typedef struct wb_strmap_entry
{
	uint32		hash;
	int			len;			/* -1: empty slot */
	char	   *key;
	void	   *value;
	int64		count;
} wb_strmap_entry;

typedef struct wb_strmap
{
	MemoryContext cxt;
	int			size;			/* a power of two */
	int			used;
	wb_strmap_entry *slots;
} wb_strmap;

extern wb_strmap *wb_strmap_create(MemoryContext cxt);
extern wb_strmap_entry *wb_strmap_find(wb_strmap *map, const char *key, int len);
extern wb_strmap_entry *wb_strmap_enter(wb_strmap *map, const char *key, int len);

/* A key of parts joined by the unit separator, which no name contains. */
typedef struct wb_key
{
	int			len;
	char		bytes[1024];
} wb_key;

extern bool wb_key_add(wb_key *key, const char *part, int len);

#endif							/* WABILL_STRMAP_H */
