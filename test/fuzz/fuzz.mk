# make fuzz: the libFuzzer harness of the plain-C core (test/fuzz/README.md).
# Included by the top-level Makefile after PGXS.
#
#   make fuzz              build test/fuzz/bin/fuzz_core, replay the seeds, then
#                          fuzz for FUZZ_SECONDS (default 600) on a copy of them;
#                          exits non-zero on any finding
#   make fuzz-build        only build the fuzzer
#   make fuzz FUZZ_SECONDS=60 FUZZ_MAX_LEN=4096
#
# Needs clang with libFuzzer and the sanitizers' runtimes (Debian 12:
# clang-14 and libclang-rt-14-dev, installed when missing).

FUZZ_SECONDS ?= 600
FUZZ_MAX_LEN ?= 4096
FUZZ_CC ?= $(if $(shell command -v clang-14 2>/dev/null),clang-14,clang)
FUZZ_CFLAGS ?= -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_BIN = test/fuzz/bin/fuzz_core

# make clean removes the fuzzer and the inputs of past findings.
EXTRA_CLEAN += test/fuzz/bin

.PHONY: fuzz fuzz-build fuzz-deps

fuzz-deps:
	@bash test/fuzz/deps.sh $(FUZZ_CC)

$(FUZZ_BIN): test/fuzz/fuzz_core.c $(CORE_SRCS) $(CORE_HDRS) | fuzz-deps
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -std=c99 -Wall -Wextra -Isrc/core -o $@ \
		test/fuzz/fuzz_core.c $(CORE_SRCS)

fuzz-build: $(FUZZ_BIN)

fuzz: $(FUZZ_BIN)
	@FUZZ_BIN=$(FUZZ_BIN) FUZZ_CC=$(FUZZ_CC) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_MAX_LEN=$(FUZZ_MAX_LEN) \
		bash test/fuzz/run.sh
