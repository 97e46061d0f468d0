/*
 * session.h
 *	  The backend's remembered session-ID parse, shared by the session
 *	  functions and the pricing of every interaction, so that a report row
 *	  parses its session ID once however many of its columns need it.
 */
#ifndef WABILL_SESSION_H
#define WABILL_SESSION_H

#include "postgres.h"

#include "core/session_id.h"

/*
 * A session ID's parse: the problem, and for a well-formed ID its parts and
 * its phone's region, looked up when first asked for.
 */
typedef struct parsed_session
{
	wb_session_problem problem;
	wb_session_id parts;		/* all NULL unless problem is WB_SESSION_OK */
	int			region;			/* -1: not looked up yet; 0: none */
} parsed_session;

extern parsed_session *wabill_session_parsed(text *session_id, parsed_session *unremembered);
extern int	wabill_session_region(parsed_session *parsed);

#endif							/* WABILL_SESSION_H */
