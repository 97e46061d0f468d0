# The plain-C core's sources: the one list that the extension's build
# (Makefile), the unit tests (test/unit/run.sh), the fuzzer
# (test/fuzz/fuzz.mk) and the benchmark (bench/run.sh) use.  The shell
# scripts read the CORE_SRCS line (core_srcs in test/lib.sh): keep it one line.
CORE_SRCS = src/core/session_id.c src/core/phone_number.c src/core/country_name.c
CORE_HDRS = $(wildcard src/core/*.h)
