#!/usr/bin/env bash
# A phone-data release (make phone-data-release): regenerates the tables from
# libphonenumber's metadata, bumps the extension's version, and writes the
# install script and the update script of the new version.
#
#   tools/phone-data-release.sh NEW_VERSION DATA_VERSION [METADATA_XML]
#
# NEW_VERSION   the extension's new version, e.g. 0.2.1
# DATA_VERSION  the libphonenumber release the XML comes from, e.g. v9.0.40
# METADATA_XML  its resources/PhoneNumberMetadata.xml (default: the Makefile's
#               LIBPHONENUMBER_XML)
#
# It changes files only; review them with git diff, run make test, commit.
set -euo pipefail
cd "$(dirname "$0")/.."

new=${1:-}
data=${2:-}
xml=${3:-../shared/data/libphonenumber/PhoneNumberMetadata.xml}
die() { printf 'phone-data-release: %s\n' "$*" >&2; exit 1; }
[ -n "$new" ] && [ -n "$data" ] \
	|| die "usage: make phone-data-release NEW_VERSION=x.y.z DATA_VERSION=vA.B.C [LIBPHONENUMBER_XML=...]"
[ -f "$xml" ] || die "no metadata at $xml (set LIBPHONENUMBER_XML)"

from=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" wabill.control)
old_data=$(sed -n 's/^LIBPHONENUMBER_VERSION = //p' Makefile)
[ -n "$from" ] && [ -n "$old_data" ] || die "cannot read the current version or data version"
case $new in *--*|-*|*-|*/*|*\ *|*\'*) die "bad version name '$new'" ;; esac
[ "$new" != "$from" ] || die "$new is the current version"
[ ! -e "sql/wabill--$new.sql" ] || die "sql/wabill--$new.sql exists already"
[ -f "sql/wabill--$from.sql" ] || die "no install script of the current version $from"

echo "phone-data release: wabill $from -> $new, libphonenumber $old_data -> $data"

# 1. The tables, and the fixture the tests compare them with.
python3 src/core/generate_calling_codes.py --xml "$xml" --source-version "$data" \
	--out src/core/calling_codes_table.h
cp test/data/phone_regions.tsv "${TMPDIR:-/tmp}/phone_regions.before.$$"
python3 test/oracle/libphonenumber_region.py --xml "$xml" --out test/data/phone_regions.tsv \
	>"${TMPDIR:-/tmp}/phone_regions.log.$$" 2>&1 \
	|| { cat "${TMPDIR:-/tmp}/phone_regions.log.$$" >&2; die "the fixture could not be regenerated"; }
rm -f "${TMPDIR:-/tmp}/phone_regions.log.$$"
changed=$(paste "${TMPDIR:-/tmp}/phone_regions.before.$$" test/data/phone_regions.tsv | awk -F'\t' '
	{ n = NF / 2; same = 1; for (i = 1; i <= n; i++) if ($i != $(i + n)) same = 0; if (!same) c++ }
	END { print c + 0 }')
rm -f "${TMPDIR:-/tmp}/phone_regions.before.$$"

# 2. Where the data version is written.
if [ "$data" != "$old_data" ]; then
	sed -i "s/^LIBPHONENUMBER_VERSION = .*/LIBPHONENUMBER_VERSION = $data/" Makefile
	old_re=$(printf '%s' "$old_data" | sed 's/[.]/\\./g')
	for f in NOTICE README.md test/expected/phone_number.out test/pgtap/02_functions.sql; do
		if [ -f "$f" ]; then sed -i "s/$old_re/$data/g" "$f"; fi
	done
fi

# 3. The new version: its install script makes the same objects, its update
# script rebuilds what depends on the data, and the control file names it.
sed "1s|.*|/* wabill--$new.sql: install script of the wabill extension, version $new */|" \
	"sql/wabill--$from.sql" >"sql/wabill--$new.sql"
sed -e "s/@FROM@/$from/g" -e "s/@TO@/$new/g" -e "s/@DATA_FROM@/$old_data/g" -e "s/@DATA_TO@/$data/g" \
	tools/phone-data-update.sql.in >"sql/wabill--$from--$new.sql"
sed -i "s/^default_version = .*/default_version = '$new'/" wabill.control

# 4. The update test starts from every older version, loaded: from now on
# also from $from.
if [ ! -f "test/upgrade/load-$from.sql" ]; then
	latest=$(ls test/upgrade/load-*.sql | sort -V | tail -1)
	cp "$latest" "test/upgrade/load-$from.sql"
	echo "test/upgrade/load-$from.sql: copied from $latest; add rows for what $from introduced"
fi

cat <<MSG
written: src/core/calling_codes_table.h, test/data/phone_regions.tsv ($changed fixture rows changed),
         sql/wabill--$new.sql, sql/wabill--$from--$new.sql, wabill.control ($new)
next:    review git diff (README's data notes, test/oracle/crosscheck_known_differences.tsv),
         make test, commit, make dist
MSG
