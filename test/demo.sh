#!/usr/bin/env bash
# make demo: install what is missing, build and install wabill, start a demo
# cluster that keeps running, load a sample month and print its report.
# make demo-stop stops the cluster and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

demo_dir=${WABILL_DEMO_DIR:-${TMPDIR:-/tmp}/wabill-demo-$(id -un)}

case "${1:-start}" in
stop)
	if [ -d "$demo_dir" ]; then
		cluster_remove "$demo_dir"
		say "demo cluster stopped and removed"
	else
		say "no demo cluster at $demo_dir"
	fi
	exit 0
	;;
start) ;;
*) die "usage: demo.sh start|stop" ;;
esac

bootstrap

# A second run replaces the first demo instead of tripping over it.
if [ -d "$demo_dir" ]; then
	say "replacing the previous demo cluster"
	cluster_remove "$demo_dir"
fi
say "starting a demo cluster in $demo_dir"
# wabill_demo is pg_cron's database too: the README's pg_cron recipe works there.
cluster_start "$demo_dir" wabill_demo

psql -X -q -v ON_ERROR_STOP=1 -d wabill_demo <<'SQL'
CREATE EXTENSION wabill;
-- wolkvox-style exports are Colombian time without a zone
SET TimeZone = 'America/Bogota';
\copy wabill_billing_report (conn_id, session_id, date, template) FROM 'test/data/sample_month.csv' WITH (FORMAT csv, HEADER match)
ALTER DATABASE wabill_demo SET TimeZone = 'America/Bogota';
-- Meta switches rate cards at midnight in the business's time zone
ALTER DATABASE wabill_demo SET wabill.billing_timezone = 'America/Bogota';
-- an EXAMPLE rate card and tiers (made-up prices, not Meta's), in force from 2026-07-01
\set card `cat test/data/example_rate_card.csv`
\set tiers `cat test/data/example_volume_tiers.csv`
SELECT wabill_load_rate_card(:'card', '2026-07-01') \g /dev/null
SELECT wabill_load_volume_tiers(:'tiers', '2026-07-01') \g /dev/null
-- collections send utility templates; everything else stays marketing
SELECT wabill_set_category('utility', 'Acme Cobranzas') \g /dev/null
SQL

echo
echo "SELECT * FROM wabill_report('2026-10-01', '2026-11-01');"
psql -X -d wabill_demo -P pager=off \
	-c "SELECT * FROM wabill_report('2026-10-01', '2026-11-01')"

echo
echo "SELECT * FROM wabill_invoice('2026-10-01', '2026-11-01');   -- EXAMPLE prices, not Meta's"
psql -X -d wabill_demo -P pager=off \
	-c "SELECT * FROM wabill_invoice('2026-10-01', '2026-11-01')"

cat <<MSG
The demo cluster keeps running. Connect with:

    psql -h $PGHOST -p $PGPORT -U postgres wabill_demo

Try: SELECT destiny, destiny_name, count(*) FILTER (WHERE template = 'yes') AS templates
     FROM wabill_billing_report GROUP BY 1, 2 ORDER BY 3 DESC;
     SELECT * FROM wabill_interaction_problems;
     SELECT * FROM wabill_cost_report('2026-10-01', '2026-11-01');
     SELECT * FROM wabill_cost_problems;

Stop and remove it with:

    make demo-stop
MSG
