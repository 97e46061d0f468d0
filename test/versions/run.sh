#!/usr/bin/env bash
# make test-versions: the same make test on each supported PostgreSQL major,
# each in a throwaway Debian root of the release that packages it (see
# roots.sh).  Prints one summary line per version and writes VERSIONS.md.
#
#   WABILL_VERSIONS   "SUITE:MAJOR ..." (default "bookworm:15 trixie:17 sid:18")
#   WABILL_ROOTS_CACHE, WABILL_ROOTS_FRESH, WABILL_DEBIAN_MIRROR: see roots.sh
#   WABILL_VERSIONS_OUT   the report to write (default VERSIONS.md; "-" for none)
#   WABILL_VERSIONS_PACKAGE=0   skips make test-package, which runs last
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/versions/roots.sh
roots_need_root

versions=${WABILL_VERSIONS:-bookworm:15 trixie:17 sid:18}
out=${WABILL_VERSIONS_OUT:-VERSIONS.md}
logs=$WABILL_ROOTS_CACHE/logs
mkdir -p "$logs"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tree_copy "$tmp"

# Packages of one major, as test/lib.sh lists them, plus what the harness uses.
packages_for() {	# packages_for MAJOR
	(WABILL_PG_MAJOR=$1 PG_CONFIG= && . test/lib.sh && printf '%s ' "${WABILL_PACKAGES[@]}")
	printf '%s\n' "git ca-certificates"
}

# Runs inside the root: make test, then what it ran on, for the summary.
# shellcheck disable=SC2016
inside='cd /build/wabill && make test WABILL_PG_MAJOR=$1; status=$?
	echo "@@server $(/usr/lib/postgresql/$1/bin/pg_config --version)"
	echo "@@debian $(cat /etc/debian_version)"
	echo "@@libphonenumber $(dpkg-query -W -f "\${Version}" libphonenumber-dev 2>/dev/null)"
	exit $status'

summary=$tmp/summary
: >"$summary"
failed=0
for spec in $versions; do
	suite=${spec%%:*}
	major=${spec##*:}
	log=$logs/test-versions-$suite-$major.log
	start=$(date +%s)
	# shellcheck disable=SC2046
	base=$(base_root "$suite" "$suite" $(packages_for "$major")) || { failed=1; continue; }
	say "PostgreSQL $major on Debian $suite: make test (log: $log)"
	tar -C "$tmp" -cf - wabill $([ -d "$tmp/shared" ] && echo shared) \
		| throwaway_root_exec "$base" /bin/bash -c "$inside" sh "$major" >"$log" 2>&1
	status=$?
	throwaway_root_remove "$base"
	seconds=$(($(date +%s) - start))
	server=$(sed -n 's/^@@server //p' "$log")
	debian=$(sed -n 's/^@@debian //p' "$log")
	phonelib=$(sed -n 's/^@@libphonenumber //p' "$log")
	counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
	[ -n "$counts" ] || counts="no result"
	[ "$status" -eq 0 ] || failed=1
	line="${server:-PostgreSQL $major} on Debian $suite ($debian), libphonenumber ${phonelib:-?}: make test $counts, exit $status, ${seconds} s"
	echo "$line"
	{
		echo "### $line"
		echo
		echo '```'
		# prove's line per suite and its summary, as make test printed them.
		grep -E '^test/[^ ]+ \.+ |^All tests successful|^Files=|^Result:|^[0-9]+ passed, [0-9]+ failed$' "$log"
		echo '```'
		echo
	} >>"$summary"
	[ "$status" -eq 0 ] || { say "failed; the end of $log:"; tail -n 40 "$log" >&2; }
done

# The Debian package, built and installed in Debian 12 roots.
if [ "${WABILL_VERSIONS_PACKAGE:-1}" = 1 ]; then
	say "the Debian package: make test-package (log: $logs/test-package.log)"
	start=$(date +%s)
	bash test/versions/package.sh >"$logs/test-package.log" 2>&1
	status=$?
	seconds=$(($(date +%s) - start))
	[ "$status" -eq 0 ] || failed=1
	counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/test-package.log" | tail -n 1)
	line="Debian package on Debian ${WABILL_PACKAGE_SUITE:-bookworm}: make test-package ${counts:-no result}, exit $status, ${seconds} s"
	echo "$line"
	{
		echo "### $line"
		echo
		echo '```'
		grep -E '^(not )?ok |^[0-9]+ passed, [0-9]+ failed$' "$logs/test-package.log"
		echo '```'
		echo
	} >>"$summary"
	[ "$status" -eq 0 ] || { say "failed; the end of its log:"; tail -n 40 "$logs/test-package.log" >&2; }
fi

if [ "$out" != - ]; then
	{
		echo "# Tested PostgreSQL versions"
		echo
		echo "Written by \`make test-versions\` on $(date -u '+%Y-%m-%d %H:%M UTC'), on commit"
		if [ "$tree_dirty" -eq 0 ]; then
			echo "\`${tree_commit:0:12}\`. Each version ran the same \`make test\` in a throwaway"
		else
			echo "\`${tree_commit:0:12}\` with $tree_dirty uncommitted changes. Each version ran the same \`make test\` in a throwaway"
		fi
		echo "Debian root made with debootstrap (Debian's own packages of PostgreSQL, pgTAP,"
		echo "pg_cron and libphonenumber for that release). See the README's section"
		echo "\"Supported PostgreSQL versions and packages\". The last section is \`make"
		echo "test-package\`: the Debian package built, installed, used and purged."
		echo
		cat "$summary"
	} >"$out"
	say "wrote $out"
fi
exit $failed
