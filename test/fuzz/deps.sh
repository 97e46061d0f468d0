#!/usr/bin/env bash
# Installs what the fuzzer needs when it is missing, on Debian: clang-14 and
# the runtimes of libFuzzer and the sanitizers.  Elsewhere it only checks
# that the compiler (the first argument) exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
cc=${1:-clang-14}
if command -v dpkg-query >/dev/null 2>&1; then
	# shellcheck disable=SC2034  # read by install_packages
	WABILL_PACKAGES=(clang-14 libclang-rt-14-dev)
	install_packages
fi
command -v "$cc" >/dev/null 2>&1 \
	|| die "no $cc: install clang with libFuzzer, or set FUZZ_CC"
