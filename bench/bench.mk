# make bench: the performance benchmark (bench/run.sh), which writes
# BENCHMARKS.md.  Not part of make test.  WABILL_BENCH_ROWS sets the size.
.PHONY: bench

bench:
	@bash bench/run.sh
