/*
 * region_text.c
 *	  The two-letter region codes as text values, built once per backend.
 *
 * DESTINY is returned for every row of a report, and allocating a 6-byte
 * text per row costs wabill_phone_country about an eighth more: 1077
 * against 957 instructions a row in callgrind, and make bench times both
 * (bench/parts/10-region-text.sh, "The shared region text" in
 * BENCHMARKS.md).  So each region's text is made once and the same pointer
 * is returned, as text_larger and friends return one of their arguments:
 * callers copy what they keep and never write to a function's result.  The
 * values live in TopMemoryContext, as real palloc chunks (code that asks
 * which context a datum belongs to gets a true answer), and are never freed.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

#include "core/phone_number.h"
#include "region_text.h"

text *
wabill_region_text(int region_index)
{
	static text **texts = NULL;

	Assert(region_index > 0 && region_index <= wb_region_count());
	if (texts == NULL)
		texts = MemoryContextAllocZero(TopMemoryContext,
									   (wb_region_count() + 1) * sizeof(text *));
	if (texts[region_index] == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		texts[region_index] = cstring_to_text_with_len(wb_region_code(region_index), 2);
		MemoryContextSwitchTo(old);
	}
	return texts[region_index];
}
