#!/usr/bin/env bash
# Are the committed generated files what their generators make from their
# sources?  Each check is skipped where its source is absent (a normal build
# needs none of them).
set -uo pipefail
cd "$(dirname "$0")/.."
xml=${LIBPHONENUMBER_XML:-../shared/data/libphonenumber/PhoneNumberMetadata.xml}
version=$(sed -n 's/^LIBPHONENUMBER_VERSION = //p' Makefile)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. test/tap.sh

if [ -f "$xml" ]; then
	python3 src/core/generate_calling_codes.py --xml "$xml" \
		--source-version "$version" --out "$tmp/calling_codes_table.h" 2>/dev/null
	same_file src/core/calling_codes_table.h "$tmp/calling_codes_table.h" \
		"src/core/calling_codes_table.h is current with libphonenumber $version"
	python3 test/oracle/libphonenumber_region.py --xml "$xml" \
		--out "$tmp/phone_regions.tsv" 2>/dev/null
	same_file test/data/phone_regions.tsv "$tmp/phone_regions.tsv" \
		"test/data/phone_regions.tsv is current with libphonenumber $version"
else
	skip "src/core/calling_codes_table.h is current" "no libphonenumber XML at $xml"
	skip "test/data/phone_regions.tsv is current" "no libphonenumber XML at $xml"
fi

iso_version=$(sed -n 's/^ \* Source: Debian iso-codes \([0-9.]*\).*/\1/p' src/core/country_names_table.h)
installed=$(sed -n 's/^Version: *//p' /usr/share/pkgconfig/iso-codes.pc 2>/dev/null)
if [ -n "$installed" ] && [ "$installed" = "$iso_version" ]; then
	python3 src/core/generate_country_names.py --out "$tmp/country_names_table.h" 2>/dev/null
	same_file src/core/country_names_table.h "$tmp/country_names_table.h" \
		"src/core/country_names_table.h is current with iso-codes $installed"
else
	skip "src/core/country_names_table.h is current" \
		"iso-codes ${installed:-absent} here, table made from ${iso_version:-unknown}"
fi
tap_done
