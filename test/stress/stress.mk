# make stress: wabill under concurrent pgbench load, then across server
# crashes, on a throwaway cluster (test/stress/run.sh; RELIABILITY.md).
# Not part of make test.  STRESS_SECONDS=N sets the load's duration (60).

.PHONY: stress

stress:
	@bash test/stress/run.sh
