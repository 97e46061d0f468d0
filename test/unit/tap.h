/*
 * tap.h
 *	  Just enough TAP for the core's unit tests: no framework to install.
 */
#ifndef WABILL_TAP_H
#define WABILL_TAP_H

#include <stdarg.h>
#include <stdio.h>

static int	tap_count = 0;
static int	tap_failed = 0;

static void
tap_ok(int passed, const char *fmt,...)
{
	va_list		ap;

	tap_count++;
	if (!passed)
		tap_failed++;
	printf("%sok %d - ", passed ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif							/* WABILL_TAP_H */
