# make bench: the performance benchmark (bench/run.sh), which writes
# BENCHMARKS.md.  Not part of make test.  WABILL_BENCH_ROWS sets the size.
.PHONY: bench bench-scale

bench:
	@bash bench/run.sh

# make bench-scale: a generated year at scale (WABILL_SCALE_ROWS, default
# 30 000 000; about 20 minutes on 2 cores), its section of BENCHMARKS.md.
bench-scale:
	@bash bench/scale.sh
