/*
 * wabill.c
 *	  The extension's module: the SQL functions live in session.c, phone.c
 *	  and country.c, on the plain-C core in src/core.
 */
#include "postgres.h"

#include "fmgr.h"

/*
 * PostgreSQL 18 can record a module's name and version, which then show in
 * pg_get_loaded_modules(); WABILL_VERSION comes from wabill.control through
 * the Makefile.
 */
#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "wabill", .version = WABILL_VERSION);
#else
PG_MODULE_MAGIC;
#endif

#include "lifecycle.h"
#include "load.h"

void		_PG_init(void);

void
_PG_init(void)
{
	wabill_lifecycle_init();
	wabill_load_init();
}
