/*
 * tenant.c
 *	  The session's role, for the row-level security of tenants.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "port.h"

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

/*
 * Who called a SECURITY DEFINER function.  Inside one, current_user is its
 * owner and GetOuterUserId() the session's role; neither is the role that
 * row-level security applies to where it was called: a tenant's own
 * SECURITY DEFINER function, called by a superuser, must read as the tenant,
 * not as the superuser.  A role name passed by the caller could be any role
 * the caller likes; a ticket cannot: wabill_caller_ticket gives the current
 * role a random number private to this backend, and wabill_ticket_role
 * (executable by the extension's owner only) turns it back into that role.
 * A role can obtain only its own ticket.
 */
#define WABILL_TICKETS 16

typedef struct role_ticket
{
	Oid			role;
	int64		ticket;
} role_ticket;

static role_ticket tickets[WABILL_TICKETS];
static int	ticket_count = 0;
static int	ticket_next = 0;

PG_FUNCTION_INFO_V1(wabill_caller_ticket);

Datum
wabill_caller_ticket(PG_FUNCTION_ARGS)
{
	Oid			role = GetUserId();
	int			i;

	for (i = 0; i < ticket_count; i++)
		if (tickets[i].role == role)
			PG_RETURN_INT64(tickets[i].ticket);
	if (ticket_count < WABILL_TICKETS)
		i = ticket_count++;
	else
	{
		i = ticket_next;
		ticket_next = (ticket_next + 1) % WABILL_TICKETS;
	}
	tickets[i].role = InvalidOid;
	if (!pg_strong_random(&tickets[i].ticket, sizeof(tickets[i].ticket)))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not generate a random caller ticket")));
	tickets[i].role = role;
	PG_RETURN_INT64(tickets[i].ticket);
}

PG_FUNCTION_INFO_V1(wabill_ticket_role);

Datum
wabill_ticket_role(PG_FUNCTION_ARGS)
{
	int64		ticket;
	int			i;

	if (!PG_ARGISNULL(0))
	{
		ticket = PG_GETARG_INT64(0);
		for (i = 0; i < ticket_count; i++)
			if (tickets[i].role != InvalidOid && tickets[i].ticket == ticket)
				PG_RETURN_OID(tickets[i].role);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("caller ticket is not valid in this session"),
			 errdetail("Only wabill_caller_ticket(), evaluated by the calling role in this session, gives one."),
			 errhint("Omit the caller argument.")));
	PG_RETURN_NULL();			/* keep the compiler quiet */
}
