# Part of make bench (sourced by bench/run.sh, see "Further parts" there):
# is the shared region text of src/region_text.c worth keeping?
#
# wabill_region_text returns one text per region, made once per backend, as
# every call's result, instead of a new 6-byte palloc'd value per row.  The
# module is built twice more, from the same sources and flags, as two small
# libraries that differ only in that function (the committed one, and one
# returning an ordinary palloc'd value), each with its own
# wabill_phone_country; -Bsymbolic makes each call its own copy, not the
# installed module's.  Target 2a's query is timed with each, against
# length(): the shared text stays while the palloc'd one costs 2a more than
# 2 %.

region_dir=$work/region_text
mkdir -p "$region_dir"
chmod 755 "$region_dir"
# PG_MODULE_MAGIC, and phone.c's once-per-session data check left out (it
# lives with the settings of _PG_init, which must not run twice).
cat >"$region_dir/magic.c" <<'C'
#include "postgres.h"
#include "fmgr.h"
#include "lifecycle.h"
PG_MODULE_MAGIC;
void
wabill_phone_data_check_once(void)
{
}
C
cat >"$region_dir/region_text_palloc.c" <<'C'
#include "postgres.h"
#include "utils/builtins.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif
#include "core/phone_number.h"
#include "region_text.h"
text *
wabill_region_text(int region_index)
{
	text	   *result = (text *) palloc(VARHDRSZ + 2);

	SET_VARSIZE(result, VARHDRSZ + 2);
	memcpy(VARDATA(result), wb_region_code(region_index), 2);
	return result;
}
C
region_pg_config=$(pg_config_path)
region_build() {
	# shellcheck disable=SC2046
	"$cc" $("$region_pg_config" --cflags) $("$region_pg_config" --cflags_sl) \
		$("$region_pg_config" --cppflags) -I"$("$region_pg_config" --includedir-server)" -Isrc \
		-shared -Wl,-Bsymbolic -o "$region_dir/$1.so" "$region_dir/magic.c" src/phone.c "$2" \
		src/core/phone_number.c 2>>"$region_dir/build.log"
}
if region_build region_shared src/region_text.c &&
	region_build region_palloc "$region_dir/region_text_palloc.c"; then
	psql -X -q -v ON_ERROR_STOP=1 \
		-c "CREATE FUNCTION bench_country_shared(text) RETURNS text LANGUAGE c IMMUTABLE STRICT
			AS '$region_dir/region_shared.so', 'wabill_phone_country'" \
		-c "CREATE FUNCTION bench_country_palloc(text) RETURNS text LANGUAGE c IMMUTABLE STRICT
			AS '$region_dir/region_palloc.so', 'wabill_phone_country'"
	add_query tr_length "" "SELECT count(length(phone)) FROM bench_phones"
	add_query tr_shared "" "SELECT count(bench_country_shared(phone)) FROM bench_phones"
	add_query tr_palloc "" "SELECT count(bench_country_palloc(phone)) FROM bench_phones"
	run_queries "$reps"
	figure_labels+=(tr_length tr_shared tr_palloc)
	tr_shared_ratio=$(pair_ratio tr_shared tr_length "$cost_col")
	tr_palloc_ratio=$(pair_ratio tr_palloc tr_length "$cost_col")
	tr_extra=$(pair_ratio tr_palloc tr_shared "$cost_col")
	if [ "$(calc "$tr_extra > 1.02")" = 1 ]; then
		tr_verdict="it matters: the palloc'd value costs $(fmt "$(calc "100 * ($tr_extra - 1)")" '%.1f') % more, so the shared text stays"
	else
		tr_verdict="**it does not matter here** (the palloc'd value costs $(fmt "$(calc "100 * ($tr_extra - 1)")" '%.1f') % more, within 2 %): src/region_text.c should return an ordinary palloc'd value"
	fi
	cat >"$section" <<MD
## The shared region text

\`src/region_text.c\` returns one text per region, made once per backend, as
every call's result, rather than a new 6-byte value per row. This part builds
\`wabill_phone_country\` twice more, from the same sources and flags, differing
only in that function (the committed one, and one returning an ordinary
palloc'd value), and times target 2a's query with each (\`tr_*\` above):

| | ${cost_name}, median | against \`count(length(phone))\` |
|---|---|---|
| shared text (committed) | $(fmt "$(median tr_shared "$cost_col")" '%.0f') ms | $(fmt "$tr_shared_ratio" '%.2f')× |
| palloc'd text | $(fmt "$(median tr_palloc "$cost_col")" '%.0f') ms | $(fmt "$tr_palloc_ratio" '%.2f')× |

The palloc'd text costs $(fmt "$tr_extra" '%.3f')× the shared one: $tr_verdict.
MD
else
	cat "$region_dir/build.log" >&2
	say "cannot build the region-text variants: part skipped"
	printf '## The shared region text\n\nNot measured: the variants did not build.\n' >"$section"
fi
