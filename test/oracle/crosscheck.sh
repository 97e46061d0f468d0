#!/bin/sh
# Cross-check the region fixture produced by test/oracle/libphonenumber_region.py
# (a Python port of libphonenumber, fed with the v9.0.35 metadata) against the
# real libphonenumber C++ library installed on the system (Debian's
# libphonenumber-dev, 8.12.x, whose metadata is compiled in).
#
# Usage: test/oracle/crosscheck.sh FIXTURE [KNOWN_DIFFERENCES]
#   FIXTURE            e.g. test/data/phone_regions.tsv (number, source, region)
#   KNOWN_DIFFERENCES  defaults to crosscheck_known_differences.tsv next to
#                      this script: numbers whose region really differs between
#                      the two metadata versions (number, region_8_12,
#                      region_9_0_35, reason); they are reported as skipped, and
#                      fail if the listed regions no longer match what is seen.
#
# Compared: rows from an "example:" or "random:" source that libphonenumber
# 8.12 considers valid (the fixture's example/random rows are all valid per the
# port).  One TAP test per compared number; exits non-zero on any disagreement.
# Environment: CXX (default g++), CXXFLAGS, LDFLAGS.

set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 FIXTURE [KNOWN_DIFFERENCES]" >&2
    exit 2
fi
fixture=$1
here=$(cd "$(dirname "$0")" && pwd)
known=${2:-$here/crosscheck_known_differences.tsv}
[ -r "$fixture" ] || { echo "cannot read $fixture" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wabill-crosscheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM HUP

cxx=${CXX:-g++}
if ! $cxx ${CXXFLAGS:--O2} -o "$tmp/crosscheck" "$here/crosscheck.cc" \
        ${LDFLAGS:-} -lphonenumber 2>"$tmp/cc1.log"; then
    # Some toolchains need the dependencies spelled out.
    if ! $cxx ${CXXFLAGS:--O2} -o "$tmp/crosscheck" "$here/crosscheck.cc" \
            ${LDFLAGS:-} -lphonenumber -lprotobuf -licuuc -licui18n \
            2>"$tmp/cc2.log"; then
        echo "Bail out! cannot build crosscheck.cc against libphonenumber" 
        cat "$tmp/cc1.log" "$tmp/cc2.log" >&2
        exit 1
    fi
fi

tail -n +2 "$fixture" | cut -f1 > "$tmp/numbers"
"$tmp/crosscheck" < "$tmp/numbers" > "$tmp/lib.tsv"

if [ -r "$known" ]; then
    cp "$known" "$tmp/known.tsv"
else
    : > "$tmp/known.tsv"
fi

awk -F '\t' -v known="$tmp/known.tsv" -v libout="$tmp/lib.tsv" '
BEGIN {
    nknown = 0
    while ((getline line < known) > 0) {
        if (line ~ /^#/ || line ~ /^number\t/ || line == "") continue
        split(line, k, "\t")
        kn_old[k[1]] = k[2]; kn_new[k[1]] = k[3]; kn_why[k[1]] = k[4]
        kn_seen[k[1]] = 0
        nknown++
    }
}
NR == 1 { next }   # header of the fixture
{
    if ((getline line < libout) <= 0) {
        print "Bail out! libphonenumber produced fewer lines than the fixture"
        exit 3
    }
    split(line, l, "\t")
    number = $1; source = $2; region = $3
    if (l[1] != number) {
        print "Bail out! line mismatch: " number " vs " l[1]
        exit 3
    }
    lvalid = l[2]; lregion = l[3]
    rows++
    if (lregion == region) all_agree++
    if (source !~ /^(example|random):/) {
        other++; if (lregion == region) other_agree++
        next
    }
    if (lvalid != 1) { invalid_old++; next }
    n++
    if (number in kn_old) {
        kn_seen[number] = 1
        if (kn_old[number] == lregion && kn_new[number] == region) {
            res[n] = "ok " n " - " number " (" source "): 8.12 " lregion ", 9.0.35 " region \
                     " # SKIP known difference: " kn_why[number]
            skipped++
        } else {
            res[n] = "not ok " n " - " number " (" source "): listed as known difference " \
                     kn_old[number] " -> " kn_new[number] " but 8.12 says \"" lregion \
                     "\" and the fixture \"" region "\""
            bad++; stale++
        }
        next
    }
    if (lregion == region) {
        res[n] = "ok " n " - " number " " region " (" source ")"
        agree++
    } else {
        res[n] = "not ok " n " - " number " (" source "): libphonenumber 8.12 says \"" \
                 lregion "\", fixture (9.0.35 port) says \"" region "\""
        bad++; dis++
    }
}
END {
    if ((getline line < libout) > 0) {
        print "Bail out! libphonenumber produced more lines than the fixture"
        exit 3
    }
    for (num in kn_seen) if (!kn_seen[num]) {
        n++
        res[n] = "not ok " n " - known difference " num " is not a compared fixture row"
        bad++; stale++
    }
    print "1.." n
    for (i = 1; i <= n; i++) print res[i]
    compared = agree + dis
    printf "# fixture rows: %d; TAP tests: %d\n", rows, n
    printf "# compared (example/random rows valid in 8.12, known differences excluded): %d\n", compared
    printf "# agree: %d of %d (%.3f%%); disagree: %d; skipped known differences: %d; stale known-difference entries: %d\n", \
        agree, compared, (compared > 0 ? 100.0 * agree / compared : 100), dis, skipped, stale
    printf "# not compared: %d example/random rows invalid in 8.12; %d random-any/np-prefixed rows\n", \
        invalid_old, other
    printf "# for information, same region (incl. empty) on all rows: %d of %d (%.3f%%); on random-any/np-prefixed rows: %d of %d\n", \
        all_agree, rows, (rows > 0 ? 100.0 * all_agree / rows : 100), other_agree, other
    exit (bad > 0 ? 1 : 0)
}
' "$fixture"
