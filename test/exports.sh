#!/usr/bin/env bash
# The installed wabill.so exports its interface and nothing else: _PG_init,
# the magic block, and each C function that an install or update script of
# sql/ names (AS 'MODULE_PATHNAME', 'symbol') with its pg_finfo_ record.  The
# core's wb_* functions and the layer's helpers stay inside (Makefile:
# wabill.exports).
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh
. test/tap.sh

so=$("$(pg_config_path)" --pkglibdir)/wabill.so
if ! command -v nm >/dev/null 2>&1; then
	skip "the symbols wabill.so exports" "no nm here"
	tap_done
	exit
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$so" | awk '{ print $NF }' | sort >"$tmp/exported"
{
	printf '%s\n' _PG_init Pg_magic_func
	grep -ho "'MODULE_PATHNAME', '[A-Za-z0-9_]*'" sql/wabill--*.sql | cut -d"'" -f4 \
		| sort -u | sed 'p; s/^/pg_finfo_/'
} | sort >"$tmp/interface"

is "$(grep -c '^wb_' "$tmp/exported")" 0 "no wb_* symbol of the core is exported from wabill.so"
run_ok "the exported symbols are exactly _PG_init, Pg_magic_func and the SQL functions with their pg_finfo_ records" \
	diff "$tmp/interface" "$tmp/exported"
tap_done
