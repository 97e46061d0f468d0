/*
 * lifecycle.h
 *	  Settings of the extension's lifecycle: dropping it, its data version.
 */
#ifndef WABILL_LIFECYCLE_H
#define WABILL_LIFECYCLE_H

extern void wabill_lifecycle_init(void);

#endif							/* WABILL_LIFECYCLE_H */
