#!/usr/bin/env bash
# What keeps the C code building on every supported major (15 to 18, 16
# included though no Debian release here packages it), checked on whichever
# server make test uses, so that a new file that would break another major
# fails here first.  Prints TAP.
#   - PostgreSQL 16 moved the varlena macros (VARDATA, VARSIZE, ...) into
#     varatt.h: every file using them includes it under PG_VERSION_NUM >= 160000.
#   - PG_MODULE_MAGIC_EXT (18) is used only where the server defines it.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/tap.sh

guard='^#if PG_VERSION_NUM >= 160000$'
for f in src/*.c src/*.h; do
	grep -qE '\bVAR(DATA|SIZE)[A-Z_]*\(|SET_VARSIZE|VARHDRSZ' "$f" || continue
	if grep -A1 -E "$guard" "$f" | grep -q '^#include "varatt.h"$'; then
		pass "$f includes varatt.h under PG_VERSION_NUM >= 160000 (it uses the varlena macros)"
	else
		fail "$f includes varatt.h under PG_VERSION_NUM >= 160000 (it uses the varlena macros)" \
			"add after its PostgreSQL includes:" "#if PG_VERSION_NUM >= 160000" \
			"#include \"varatt.h\"" "#endif"
	fi
done

magic=$(grep -lE '^PG_MODULE_MAGIC' src/*.c)
is "$magic" "src/wabill.c" "one module magic, in src/wabill.c"
if grep -B1 -E '^PG_MODULE_MAGIC_EXT' src/wabill.c | grep -q '^#ifdef PG_MODULE_MAGIC_EXT$'; then
	pass "PG_MODULE_MAGIC_EXT only where the server defines it (plain PG_MODULE_MAGIC before 18)"
else
	fail "PG_MODULE_MAGIC_EXT only where the server defines it (plain PG_MODULE_MAGIC before 18)"
fi
tap_done
