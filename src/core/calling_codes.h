/*
 * calling_codes.h
 *	  Shapes of the generated tables in calling_codes_table.h.
 *
 * Only phone_number.c includes the table itself, so that the data exists
 * once in the library.
 */
#ifndef WABILL_CALLING_CODES_H
#define WABILL_CALLING_CODES_H

#include <stdint.h>

typedef struct wb_calling_code_info
{
	uint16_t	main_region;	/* index into wb_region_codes; 0 = none */

	/*
	 * Bounds of the national number once its national prefix is handled
	 * (a transform rule can lengthen a number too short before).  0 in both:
	 * code not assigned.
	 */
	uint8_t		min_nsn_length;
	uint8_t		max_nsn_length;

	/*
	 * Bit d: national numbers written with a first digit d may start with
	 * the national prefix, and need strip_table.  The others stay as they
	 * are.
	 */
	uint16_t	strip_digits;
	uint16_t	strip_table;	/* 0, or 1 + index into wb_code_slices */
	uint16_t	region_table;	/* 0 (one region), or as strip_table */
} wb_calling_code_info;

/*
 * A run of wb_breaks, for the national numbers of some lengths of some
 * calling codes: what it says depends only on their first depth digits.
 */
typedef struct wb_break_slice
{
	uint16_t	first;
	uint16_t	count;
	uint8_t		depth;
} wb_break_slice;

/*
 * What libphonenumber's parse does to a national number nsn of length n
 * when it strips a national prefix (and carrier code), or applies a
 * transform rule: the result is
 *     prefix[0..prefix_length) + nsn[keep_from..keep_to) + nsn[resume_at..n).
 * Stripping k digits is {"", 0, k, k, k}.
 */
typedef struct wb_rewrite
{
	char		prefix[4];
	uint8_t		prefix_length;
	uint8_t		keep_from;
	uint8_t		keep_to;
	uint8_t		resume_at;
} wb_rewrite;

/*
 * A breakpoint: from first_number on (the first depth digits of a national
 * number, read as a number), numbers belong to the region (index into
 * wb_region_codes; 0 is the calling code's main region) and get the rewrite
 * (index into wb_rewrites; 0 leaves them unchanged).  Packed in one integer
 * with the number in the high bits, so that breakpoints compare as numbers
 * do and a binary search reads 8 bytes per step; national numbers have at
 * most 14 digits, under 2^47.
 */
#define WB_BREAK(first_number, region, rewrite) \
	((uint64_t) (first_number) << 16 | (uint64_t) (region) << 8 | (uint64_t) (rewrite))
#define WB_BREAK_REGION(b)	((uint8_t) ((b) >> 8 & 0xFF))
#define WB_BREAK_REWRITE(b) ((uint8_t) ((b) & 0xFF))

#endif							/* WABILL_CALLING_CODES_H */
