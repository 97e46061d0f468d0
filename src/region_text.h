/*
 * region_text.h
 *	  Region codes as text values, shared by the phone and session functions.
 */
#ifndef WABILL_REGION_TEXT_H
#define WABILL_REGION_TEXT_H

#include "postgres.h"

extern text *wabill_region_text(int region_index);

#endif							/* WABILL_REGION_TEXT_H */
