#!/usr/bin/env bash
# Cross-check the region fixture produced by test/oracle/libphonenumber_region.py
# (a Python port of libphonenumber, fed with the v9.0.35 metadata) against the
# real libphonenumber C++ library installed on the system (Debian's
# libphonenumber-dev: 8.12 on bookworm, 8.13 on trixie and sid; its metadata
# is compiled in).
#
# Usage: test/oracle/crosscheck.sh [FIXTURE [KNOWN_DIFFERENCES]]
#   FIXTURE            defaults to test/data/phone_regions.tsv (number, source,
#                      region)
#   KNOWN_DIFFERENCES  defaults to crosscheck_known_differences.tsv next to
#                      this script: numbers whose region really differs between
#                      a library release's metadata and v9.0.35 (number,
#                      region_libphonenumber, region_9_0_35, releases, reason;
#                      releases lists the library's major.minor releases the
#                      entry holds for).  The entries for the installed release
#                      are reported as skipped, and fail if the listed regions
#                      no longer match what is seen; the other entries' numbers
#                      are compared like any other.  A release no entry names
#                      has no known differences until they are checked and
#                      listed.
#
# The installed release is LIBPHONENUMBER_RELEASE (major.minor) if set, else
# read from dpkg (libphonenumber-dev).
#
# Part 1 (one TAP test per number): rows from an "example:" or "random:" source
# that the installed libphonenumber considers valid (the fixture's example/random rows
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
# Prints TAP (test/tap.sh); exits non-zero on any failure.  Environment: CXX (default g++), CXXFLAGS,
# LDFLAGS, PYTHON (default python3).

set -eu

if [ $# -gt 2 ]; then
    echo "usage: $0 [FIXTURE [KNOWN_DIFFERENCES]]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../tap.sh"
fixture=${1:-$here/../data/phone_regions.tsv}
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
        fail "crosscheck.cc builds against libphonenumber" "$(cat "$tmp"/cc*.log)"
        tap_done
        exit 1
    fi
fi

release=${LIBPHONENUMBER_RELEASE:-$(dpkg-query -W -f '${Version}' libphonenumber-dev 2>/dev/null \
    | sed -n 's/^\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p')}
release=${release:-unknown}

tail -n +2 "$fixture" | cut -f1 > "$tmp/numbers"
"$bin" < "$tmp/numbers" > "$tmp/lib.tsv"

if [ -r "$known" ]; then
    cp "$known" "$tmp/known.tsv"
else
    : > "$tmp/known.tsv"
fi

# ---- part 1: per-number comparison; the verdicts (pass, fail, skip, diag:
# tab-separated) become TAP below
awk -F '\t' -v known="$tmp/known.tsv" -v libout="$tmp/lib.tsv" \
    -v tests="$tmp/tests" -v summary="$tmp/summary" -v rel="$release" '
BEGIN {
    nknown = 0
    while ((getline line < known) > 0) {
        if (line ~ /^#/ || line ~ /^number\t/ || line == "") continue
        split(line, k, "\t")
        # Only the entries for the installed release; others compare as usual.
        if (index("," k[4] ",", "," rel ",") == 0) { nother++; continue }
        kn_old[k[1]] = k[2]; kn_new[k[1]] = k[3]; kn_why[k[1]] = k[5]
        kn_seen[k[1]] = 0
        nknown++
    }
}
NR == 1 { next }   # header of the fixture
{
    if ((getline line < libout) <= 0) {
        print "fail\tlibphonenumber produced fewer lines than the fixture" > tests
        exit 3
    }
    split(line, l, "\t")
    number = $1; source = $2; region = $3
    if (l[1] != number) {
        print "fail\tline mismatch: " number " vs " l[1] > tests
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
            print "skip\t" number " (" source "): " rel " " lregion ", 9.0.35 " region \
                  "\tknown difference: " kn_why[number] > tests
            skipped++
        } else {
            print "fail\t" number " (" source "): listed as known difference " \
                  kn_old[number] " -> " kn_new[number] " but " rel " says \"" lregion \
                  "\" and the fixture \"" region "\"" > tests
            stale++
        }
        next
    }
    if (lregion == region) {
        print "pass\t" number " " region " (" source ")" > tests
        agree++
    } else {
        print "fail\t" number " (" source "): libphonenumber " rel " says \"" \
              lregion "\", fixture (9.0.35 port) says \"" region "\"" > tests
        dis++
    }
}
END {
    if ((getline line < libout) > 0) {
        print "fail\tlibphonenumber produced more lines than the fixture" > tests
    }
    for (num in kn_seen) if (!kn_seen[num]) {
        print "fail\tknown difference " num " is not a compared fixture row" > tests
        stale++
    }
    compared = agree + dis
    printf "# part 1: libphonenumber release %s: %d known differences listed for it, %d listed for other releases\n", \
        rel, nknown, nother > summary
    printf "# part 1: fixture rows: %d; compared (example/random rows valid in " rel ", known differences excluded): %d\n", \
        rows, compared > summary
    printf "# part 1: agree: %d of %d (%.3f%%); disagree: %d; skipped known differences: %d; stale known-difference entries: %d\n", \
        agree, compared, (compared > 0 ? 100.0 * agree / compared : 100), dis, skipped, stale > summary
    printf "# part 1: not compared: %d example/random rows invalid in " rel "; %d random-any/np-prefixed rows\n", \
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
                diag = diag sprintf("diag\t  %s: libphonenumber valid=%s region=\"%s\"; port valid=%s region=\"%s\" (%s)\n", \
                                    $1, $2, $3, $6, $5, $7)
        }
    }
    END {
        if (n == 0) { print "fail\t" label ": no numbers" >> tests; exit }
        if (bad) {
            print "fail\t" label ": " bad " of " n " numbers differ in region or validity" >> tests
            printf "%s", diag >> tests
        } else {
            print "pass\t" label ": region and validity identical on all " n " numbers" >> tests
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
        printf 'fail\t%s\n' "dumping the library's metadata or generating a fixture from it failed" \
            >> "$tmp/tests"
        cat "$tmp/lib-fixture.log" >&2 || true
    fi
else
    printf 'skip\t%s\t%s\n' "port vs libphonenumber on the library's own metadata" \
        "metadata dump or $python unavailable" >> "$tmp/tests"
fi

# ---- TAP output
while IFS=$'\t' read -r verdict what why; do
    case $verdict in
        pass) pass "$what" ;;
        fail) fail "$what" ;;
        skip) skip "$what" "$why" ;;
        diag) diag "$what" ;;
    esac
done <"$tmp/tests"
# The figures explain a failure; a passing run keeps quiet.
[ "$tap_failures" -eq 0 ] || cat "$tmp/summary"
tap_done
