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
	uint8_t		min_nsn_length; /* 0 in both: code not assigned */
	uint8_t		max_nsn_length;
	uint16_t	shared;			/* 0, or 1 + index into wb_shared_code_slices */
} wb_calling_code_info;

/* A run of wb_region_breaks for one shared code and one number length. */
typedef struct wb_break_slice
{
	uint16_t	first;
	uint16_t	count;
} wb_break_slice;

/* From national number first_number on, numbers belong to region. */
typedef struct wb_region_break
{
	uint64_t	first_number;
	uint16_t	region;
} wb_region_break;

#endif							/* WABILL_CALLING_CODES_H */
