/*
 * load.h
 *	  The loader (load.c): its setting.
 */
#ifndef WABILL_LOAD_H
#define WABILL_LOAD_H

extern void wabill_load_init(void);

#endif							/* WABILL_LOAD_H */
