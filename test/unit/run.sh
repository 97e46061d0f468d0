#!/usr/bin/env bash
# Builds and runs the unit tests of the plain-C core (src/core), no server.
# Each test prints TAP.  CC and CFLAGS can be overridden (e.g. for sanitizers).
set -uo pipefail
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
CFLAGS=${CFLAGS:-"-std=c99 -O1 -g -Wall -Wextra -Werror"}
out=test/unit/bin
mkdir -p "$out"
core="src/core/session_id.c src/core/phone_number.c src/core/country_name.c"
status=0
for t in test/unit/test_*.c; do
	name=$(basename "$t" .c)
	# shellcheck disable=SC2086
	if ! $CC $CFLAGS -Isrc/core -o "$out/$name" "$t" $core; then
		echo "not ok - $name does not compile"
		status=1
		continue
	fi
	"$out/$name" || status=1
done
exit $status
