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
# Part 1 (one TAP test per number): rows from an "example:" or "random:" source
# that libphonenumber 8.12 considers valid (the fixture's example/random rows
# are all valid per the port) must get the same region from the C++ library as
# in the fixture.
#
# Part 2 (a few aggregate TAP tests; skipped when the compiled-in metadata
# cannot be dumped, or python3 is missing): the Python port is run on the
# metadata compiled into the C++ library (dumped as XML by crosscheck.cc) and
# must give exactly the C++ library's region AND validity for every number of
# FIXTURE and of a fixture the port generates from that metadata.  This checks
# the port's logic independently of the metadata version.
#
# Exits non-zero on any failure.  Environment: CXX (default g++), CXXFLAGS,
# LDFLAGS, PYTHON (default python3).

set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 FIXTURE [KNOWN_DIFFERENCES]" >&2
    exit 2
fi
fixture=$1
here=$(cd "$(dirname "$0")" && pwd)
known=${2:-$here/crosscheck_known_differences.tsv}
[ -r "$fixture" ] || { echo "cannot read $fixture" >&2; exit 2; }
python=${PYTHON:-python3}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wabill-crosscheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM HUP

cxx=${CXX:-g++}
cxxflags=${CXXFLAGS:--O2}
ldflags=${LDFLAGS:-}
bin=$tmp/crosscheck
can_dump=1
# shellcheck disable=SC2086
if ! $cxx $cxxflags -DWITH_METADATA_DUMP -o "$bin" "$here/crosscheck.cc" \
        $ldflags -lphonenumber -lprotobuf 2>"$tmp/cc0.log"; then
    can_dump=0
    if ! $cxx $cxxflags -o "$bin" "$here/crosscheck.cc" \
            $ldflags -lphonenumber 2>"$tmp/cc1.log" &&
       ! $cxx $cxxflags -o "$bin" "$here/crosscheck.cc" \
            $ldflags -lphonenumber -lprotobuf -licuuc -licui18n 2>"$tmp/cc2.log"; then
        echo "1..0 # SKIP cannot build crosscheck.cc against libphonenumber"
        cat "$tmp"/cc*.log >&2
        exit 1
    fi
fi

tail -n +2 "$fixture" | cut -f1 > "$tmp/numbers"
"$bin" < "$tmp/numbers" > "$tmp/lib.tsv"

if [ -r "$known" ]; then
    cp "$known" "$tmp/known.tsv"
else
    : > "$tmp/known.tsv"
fi

# ---- part 1: per-number comparison, results as "ok - ..."/"not ok - ..."
awk -F '\t' -v known="$tmp/known.tsv" -v libout="$tmp/lib.tsv" \
    -v tests="$tmp/tests" -v summary="$tmp/summary" '
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
        print "not ok - libphonenumber produced fewer lines than the fixture" > tests
        exit 3
    }
    split(line, l, "\t")
    number = $1; source = $2; region = $3
    if (l[1] != number) {
        print "not ok - line mismatch: " number " vs " l[1] > tests
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
    if (number in kn_old) {
        kn_seen[number] = 1
        if (kn_old[number] == lregion && kn_new[number] == region) {
            print "ok - " number " (" source "): 8.12 " lregion ", 9.0.35 " region \
                  " # SKIP known difference: " kn_why[number] > tests
            skipped++
        } else {
            print "not ok - " number " (" source "): listed as known difference " \
                  kn_old[number] " -> " kn_new[number] " but 8.12 says \"" lregion \
                  "\" and the fixture \"" region "\"" > tests
            stale++
        }
        next
    }
    if (lregion == region) {
        print "ok - " number " " region " (" source ")" > tests
        agree++
    } else {
        print "not ok - " number " (" source "): libphonenumber 8.12 says \"" \
              lregion "\", fixture (9.0.35 port) says \"" region "\"" > tests
        dis++
    }
}
END {
    if ((getline line < libout) > 0) {
        print "not ok - libphonenumber produced more lines than the fixture" > tests
    }
    for (num in kn_seen) if (!kn_seen[num]) {
        print "not ok - known difference " num " is not a compared fixture row" > tests
        stale++
    }
    compared = agree + dis
    printf "# part 1: fixture rows: %d; compared (example/random rows valid in 8.12, known differences excluded): %d\n", \
        rows, compared > summary
    printf "# part 1: agree: %d of %d (%.3f%%); disagree: %d; skipped known differences: %d; stale known-difference entries: %d\n", \
        agree, compared, (compared > 0 ? 100.0 * agree / compared : 100), dis, skipped, stale > summary
    printf "# part 1: not compared: %d example/random rows invalid in 8.12; %d random-any/np-prefixed rows\n", \
        invalid_old, other > summary
    printf "# part 1: for information, same region (incl. empty) on all rows: %d of %d (%.3f%%); on random-any/np-prefixed rows: %d of %d\n", \
        all_agree, rows, (rows > 0 ? 100.0 * all_agree / rows : 100), other_agree, other > summary
}
' "$fixture"

# ---- part 2: the port on the C++ library's own metadata
# compare LIB PORT LABEL: LIB = number, valid, region (crosscheck.cc);
# PORT = number, region, valid, nsn-or-error (libphonenumber_region.py --lookup)
compare() {
    paste "$1" "$2" | awk -F '\t' -v label="$3" -v tests="$tmp/tests" \
        -v summary="$tmp/summary" '
    {
        n++
        if ($1 != $4 || $3 != $5 || $2 != $6) {
            bad++
            if (bad <= 20)
                diag = diag sprintf("#   %s: libphonenumber valid=%s region=\"%s\"; port valid=%s region=\"%s\" (%s)\n", \
                                    $1, $2, $3, $6, $5, $7)
        }
    }
    END {
        if (n == 0) { print "not ok - " label ": no numbers" >> tests; exit }
        if (bad) {
            print "not ok - " label ": " bad " of " n " numbers differ in region or validity" >> tests
            printf "%s", diag >> tests
        } else {
            print "ok - " label ": region and validity identical on all " n " numbers" >> tests
        }
        printf "# part 2: %s: %d of %d identical\n", label, n - bad, n >> summary
    }'
}

if [ "$can_dump" = 1 ] && command -v "$python" >/dev/null 2>&1; then
    oracle=$here/libphonenumber_region.py
    if "$bin" --dump-metadata-xml > "$tmp/lib-metadata.xml" &&
       "$python" "$oracle" --xml "$tmp/lib-metadata.xml" \
           --out "$tmp/lib-fixture.tsv" 2>"$tmp/lib-fixture.log"; then
        "$python" "$oracle" --xml "$tmp/lib-metadata.xml" --lookup - \
            < "$tmp/numbers" > "$tmp/port-a.tsv"
        compare "$tmp/lib.tsv" "$tmp/port-a.tsv" \
            "port with the library's own metadata vs libphonenumber, on FIXTURE"
        tail -n +2 "$tmp/lib-fixture.tsv" | cut -f1 > "$tmp/numbers-b"
        "$bin" < "$tmp/numbers-b" > "$tmp/lib-b.tsv"
        "$python" "$oracle" --xml "$tmp/lib-metadata.xml" --lookup - \
            < "$tmp/numbers-b" > "$tmp/port-b.tsv"
        compare "$tmp/lib-b.tsv" "$tmp/port-b.tsv" \
            "port with the library's own metadata vs libphonenumber, on a fixture generated from that metadata"
    else
        echo "not ok - dumping the library's metadata or generating a fixture from it failed" \
            >> "$tmp/tests"
        cat "$tmp/lib-fixture.log" >&2 || true
    fi
else
    echo "ok - port vs libphonenumber on the library's own metadata # SKIP metadata dump or $python unavailable" \
        >> "$tmp/tests"
fi

# ---- TAP output
total=$(grep -c -E '^(not )?ok ' "$tmp/tests" || true)
echo "1..$total"
awk '/^(not )?ok / { n++; sub(/ok /, "ok " n " "); print; next } { print }' "$tmp/tests"
cat "$tmp/summary"
if grep -q '^not ok ' "$tmp/tests"; then
    exit 1
fi
exit 0
