/*
 * wabill.c
 *	  The extension's module: the SQL functions live in session.c, phone.c
 *	  and country.c, on the plain-C core in src/core.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
