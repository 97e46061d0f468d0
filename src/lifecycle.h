/*
 * lifecycle.h
 *	  Settings of the extension's lifecycle: dropping it, its data version.
 */
#ifndef WABILL_LIFECYCLE_H
#define WABILL_LIFECYCLE_H

extern void wabill_lifecycle_init(void);

/* Once per session: does the database hold results of other phone data? */
extern void wabill_phone_data_check_once(void);

static inline void
wabill_phone_data_check(void)
{
	static bool done = false;

	if (unlikely(!done))
	{
		done = true;
		wabill_phone_data_check_once();
	}
}

#endif							/* WABILL_LIFECYCLE_H */
