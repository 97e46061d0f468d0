#!/usr/bin/env bash
# Builds and runs the unit tests of the plain-C core (src/core), no server;
# one TAP stream of all of them.  CC and CFLAGS can be overridden (e.g. for
# sanitizers).
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/tap.sh
CC=${CC:-cc}
CFLAGS=${CFLAGS:-"-std=c99 -O1 -g -Wall -Wextra -Werror"}
out=test/unit/bin
mkdir -p "$out"
core=$(core_srcs)
for t in test/unit/test_*.c; do
	name=$(basename "$t" .c)
	# shellcheck disable=SC2086
	if ! $CC $CFLAGS -Isrc/core -o "$out/$name" "$t" $core 2>"$out/$name.log"; then
		fail "$name compiles" "$(cat "$out/$name.log")"
		continue
	fi
	tap_stream "$name" < <("$out/$name")
done
tap_done
