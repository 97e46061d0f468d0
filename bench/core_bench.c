/*
 * core_bench.c
 *	  Target 1 of the benchmark: phone number -> country in plain C, no
 *	  server, through the same two calls wabill_phone_country makes
 *	  (wb_phone_parse, then wb_phone_region).
 *
 *	  core_bench FILE [PASSES]   times PASSES passes (default 10) over the
 *	                             numbers of FILE, on one thread, and prints
 *	                             "lookups WALL_SECONDS CPU_SECONDS CHECKSUM"
 *	                             (CPU: the process's CPU time, which a busy
 *	                             machine disturbs less than the wall clock)
 *	  core_bench --sessions FILE [PASSES]
 *	                             the same for session IDs: what
 *	                             wabill_session_country does (wb_session_parse,
 *	                             then the phone's country); for information
 *	  core_bench --regions FILE  prints "number<TAB>region" per number
 *	                             (region empty when there is none)
 *
 *	  FILE has one value per line, optionally followed by a tab and more
 *	  fields (bench/draw_phone_numbers.awk writes "number<TAB>region").  The values
 *	  are held as the server holds text values: bytes and a length, packed
 *	  one after another, each read in place.
 *
 *	  Build (bench/run.sh does it): cc -O2 -Isrc/core bench/core_bench.c and
 *	  every .c file of src/core.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "phone_number.h"
#include "session_id.h"

static char *bytes;				/* the values, one after another */
static size_t *offsets;			/* count + 1 of them */
static size_t count;

static void
load(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[1024];
	size_t		cap = 1 << 16,
				bytes_cap = 1 << 20,
				used = 0;

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	offsets = malloc((cap + 1) * sizeof *offsets);
	bytes = malloc(bytes_cap);
	if (offsets == NULL || bytes == NULL)
		exit(3);
	while (fgets(line, sizeof line, f))
	{
		size_t		len = strcspn(line, "\t\r\n");

		if (len == 0)
			continue;
		if (count == cap)
		{
			cap *= 2;
			offsets = realloc(offsets, (cap + 1) * sizeof *offsets);
		}
		if (used + len > bytes_cap)
		{
			bytes_cap *= 2;
			bytes = realloc(bytes, bytes_cap);
		}
		if (offsets == NULL || bytes == NULL)
			exit(3);
		offsets[count++] = used;
		memcpy(bytes + used, line, len);
		used += len;
	}
	offsets[count] = used;
	fclose(f);
	if (count == 0)
	{
		fprintf(stderr, "%s: no values\n", path);
		exit(2);
	}
}

/* One number to its country, as wabill_phone_country does it. */
static inline const char *
phone_country(const char *text, size_t len)
{
	wb_phone	phone;

	if (wb_phone_parse(text, len, &phone) != WB_PHONE_OK)
		return NULL;
	return wb_phone_region(&phone);
}

/* One session ID to its country, as wabill_session_country does it. */
static inline const char *
session_country(const char *text, size_t len)
{
	wb_session_id parts;

	if (wb_session_parse(text, len, &parts) != WB_SESSION_OK)
		return NULL;
	return phone_country(parts.phone, parts.phone_len);
}

static uint64_t
pass(int sessions)
{
	uint64_t	sum = 0;

	for (size_t i = 0; i < count; i++)
	{
		const char *text = bytes + offsets[i];
		size_t		len = offsets[i + 1] - offsets[i];
		const char *r = sessions ? session_country(text, len) : phone_country(text, len);

		/* use the answer, so that the compiler cannot drop the call */
		sum += r ? (uint64_t) (unsigned char) r[0] * 31 + (unsigned char) r[1] : 7;
	}
	return sum;
}

static double
seconds(struct timespec a, struct timespec b)
{
	return (double) (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
}

int
main(int argc, char **argv)
{
	struct timespec t0,
				t1,
				c0,
				c1;
	uint64_t	sum = 0;
	int			sessions = 0;
	int			passes = 10;

	if (argc == 3 && strcmp(argv[1], "--regions") == 0)
	{
		load(argv[2]);
		for (size_t i = 0; i < count; i++)
		{
			const char *text = bytes + offsets[i];
			int			len = (int) (offsets[i + 1] - offsets[i]);
			const char *r = phone_country(text, (size_t) len);

			printf("%.*s\t%s\n", len, text, r ? r : "");
		}
		return 0;
	}
	if (argc >= 2 && strcmp(argv[1], "--sessions") == 0)
	{
		sessions = 1;
		argc--;
		argv++;
	}
	if (argc < 2 || argc > 3)
	{
		fprintf(stderr, "usage: core_bench [--sessions] FILE [PASSES] | --regions FILE\n");
		return 2;
	}
	load(argv[1]);
	if (argc == 3)
		passes = atoi(argv[2]);
	if (passes < 1)
		passes = 1;

	sum += pass(sessions);		/* warm the caches, untimed */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
	for (int p = 0; p < passes; p++)
		sum += pass(sessions);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%zu %.6f %.6f %llu\n", count * (size_t) passes, seconds(t0, t1),
		   seconds(c0, c1), (unsigned long long) sum);
	return 0;
}
