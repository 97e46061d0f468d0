/*
 * quotable.h
 *	  Values as error messages quote them: a bounded prefix.
 */
#ifndef WABILL_QUOTABLE_H
#define WABILL_QUOTABLE_H

#include "postgres.h"

/* Longest prefix of a value that an error message quotes, in bytes. */
#define QUOTED_VALUE_MAX 64

extern char *quotable_value(text *value);

#endif							/* WABILL_QUOTABLE_H */
