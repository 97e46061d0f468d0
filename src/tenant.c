/*
 * tenant.c
 *	  The session's role, for the row-level security of tenants.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"

PG_FUNCTION_INFO_V1(wabill_outer_role);

/*
 * The role chosen with SET ROLE, else the login role: PostgreSQL's "outer
 * user".  Unlike current_user, a SECURITY DEFINER function does not change
 * it, so wabill_granted_operations, which runs as the extension's owner,
 * still knows who is asking.  An OID, not the name that SHOW role prints:
 * a name would follow a rename to whichever role takes the old one.
 */
Datum
wabill_outer_role(PG_FUNCTION_ARGS)
{
	PG_RETURN_OID(GetOuterUserId());
}
