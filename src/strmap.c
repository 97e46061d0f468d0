/*
 * strmap.c
 *	  Open-addressing hash table from byte strings (see strmap.h).
 *
 * dynahash wants fixed-size keys; operations and markets are text of any
 * length, and keys here are made of several of them.
 */
#include "postgres.h"

#include "common/hashfn.h"

#include "strmap.h"

wb_strmap *
wb_strmap_create(MemoryContext cxt)
{
	wb_strmap  *map = MemoryContextAlloc(cxt, sizeof(wb_strmap));
	int			i;

	map->cxt = cxt;
	map->size = 64;
	map->used = 0;
	map->slots = MemoryContextAlloc(cxt, map->size * sizeof(wb_strmap_entry));
	for (i = 0; i < map->size; i++)
		map->slots[i].len = -1;
	return map;
}

static wb_strmap_entry *
probe(wb_strmap_entry *slots, int size, uint32 hash, const char *key, int len)
{
	int			i = hash & (size - 1);

	for (;;)
	{
		wb_strmap_entry *e = &slots[i];

		if (e->len < 0 ||
			(e->hash == hash && e->len == len && memcmp(e->key, key, len) == 0))
			return e;
		i = (i + 1) & (size - 1);
	}
}

wb_strmap_entry *
wb_strmap_find(wb_strmap *map, const char *key, int len)
{
	wb_strmap_entry *e = probe(map->slots, map->size,
							   hash_bytes((const unsigned char *) key, len), key, len);

	return e->len < 0 ? NULL : e;
}

/* The entry of a key, added (value NULL, count 0) if it was not there. */
wb_strmap_entry *
wb_strmap_enter(wb_strmap *map, const char *key, int len)
{
	uint32		hash = hash_bytes((const unsigned char *) key, len);
	wb_strmap_entry *e;

	if ((map->used + 1) * 2 > map->size)
	{
		int			newsize = map->size * 2;
		wb_strmap_entry *slots = MemoryContextAlloc(map->cxt, newsize * sizeof(wb_strmap_entry));
		int			i;

		for (i = 0; i < newsize; i++)
			slots[i].len = -1;
		for (i = 0; i < map->size; i++)
			if (map->slots[i].len >= 0)
				*probe(slots, newsize, map->slots[i].hash, map->slots[i].key,
					   map->slots[i].len) = map->slots[i];
		pfree(map->slots);
		map->slots = slots;
		map->size = newsize;
	}
	e = probe(map->slots, map->size, hash, key, len);
	if (e->len < 0)
	{
		e->hash = hash;
		e->len = len;
		e->key = MemoryContextAlloc(map->cxt, len + 1);
		memcpy(e->key, key, len);
		e->key[len] = '\0';
		e->value = NULL;
		e->count = 0;
		map->used++;
	}
	return e;
}

/*
 * Appends a part and a terminator, so that ("", "x") and ("x", "") differ;
 * false if the key would be too long.
 */
bool
wb_key_add(wb_key *key, const char *part, int len)
{
	if (key->len + len + 1 > (int) sizeof(key->bytes))
		return false;
	memcpy(key->bytes + key->len, part, len);
	key->len += len;
	key->bytes[key->len++] = '\x1f';
	return true;
}
