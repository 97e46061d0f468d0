/*
 * session_id.h
 *	  Splitting session IDs: CustomerPhone.Operation.OfficialWhatsAppConnectorID
 *
 * Plain C, no PostgreSQL headers, no allocation: the parts point into the
 * caller's text.
 */
#ifndef WABILL_SESSION_ID_H
#define WABILL_SESSION_ID_H

#include <stddef.h>

#include "phone_number.h"

/* The most digits a customer phone may have: a calling code and a national number. */
#define WB_SESSION_PHONE_MAX_DIGITS WB_PHONE_MAX_DIGITS

typedef enum wb_session_problem
{
	WB_SESSION_OK = 0,
	WB_SESSION_EMPTY,
	WB_SESSION_NO_DOT,
	WB_SESSION_ONE_DOT,
	WB_SESSION_PHONE_EMPTY,
	WB_SESSION_PHONE_NOT_DIGITS,
	WB_SESSION_PHONE_TOO_LONG,
	WB_SESSION_OPERATION_EMPTY,
	WB_SESSION_OPERATION_BLANK,
	WB_SESSION_OPERATION_CONTROL,
	WB_SESSION_CONNECTOR_EMPTY,
	WB_SESSION_CONNECTOR_WHITESPACE,
	WB_SESSION_CONNECTOR_CONTROL
} wb_session_problem;

typedef struct wb_session_id
{
	const char *phone;			/* digits only: a leading '+' is skipped */
	size_t		phone_len;
	const char *operation;
	size_t		operation_len;
	const char *connector;
	size_t		connector_len;
} wb_session_id;

/*
 * Splits text (len bytes, UTF-8, not necessarily NUL-terminated).  On
 * WB_SESSION_OK the parts are filled in; otherwise they are unspecified.
 */
extern wb_session_problem wb_session_parse(const char *text, size_t len,
										   wb_session_id *parts);

/* What is wrong, as a short lowercase phrase without a final period. */
extern const char *wb_session_problem_text(wb_session_problem problem);

/* The same as a full sentence, for errdetail. */
extern const char *wb_session_problem_sentence(wb_session_problem problem);

#endif							/* WABILL_SESSION_ID_H */
