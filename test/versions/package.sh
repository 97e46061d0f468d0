#!/usr/bin/env bash
# make test-package: builds the Debian package from debian/ with
# dpkg-buildpackage in a throwaway Debian 12 root (build dependencies from
# debian/control, nothing of the test harness), then installs the .deb into
# another fresh Debian 12 root, creates the extension in a cluster there,
# runs a report, purges the package and checks that none of its files are
# left.  Prints TAP (test/tap.sh), "N passed, N failed" and the plan.  Needs root.
#
#   WABILL_PACKAGE_SUITE   the Debian release (default bookworm)
#   WABILL_ROOTS_CACHE, WABILL_ROOTS_FRESH, WABILL_DEBIAN_MIRROR: see roots.sh
# The built packages are left in $WABILL_ROOTS_CACHE/packages.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
. test/versions/roots.sh
. test/tap.sh
roots_need_root

suite=${WABILL_PACKAGE_SUITE:-bookworm}
out=$WABILL_ROOTS_CACHE/packages
logs=$WABILL_ROOTS_CACHE/logs
mkdir -p "$logs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tree_copy "$tmp"

base=$(base_root "$suite-plain" "$suite") || exit 1

# ---- build: the source tree alone, as a user would build it
say "building the package in a throwaway $suite root (log: $logs/package-build.log)"
# shellcheck disable=SC2016
build='set -e
	cd /build/wabill
	{
		apt-get update -qq
		apt-get build-dep -y -qq --no-install-recommends ./
		pg_buildext updatecontrol
		dpkg-buildpackage -us -uc
	} >&2
	cd /build && tar -cf - *.deb'
rm -rf "$out"
mkdir -p "$out"
tar -C "$tmp" -cf - wabill | throwaway_root_exec "$base" /bin/sh -c "$build" \
	2>"$logs/package-build.log" | tar -x -C "$out"
throwaway_root_remove "$base"
debs=$(cd "$out" && ls -- *.deb 2>/dev/null)
ok "$([ -n "$debs" ]; echo $?)" "dpkg-buildpackage -us -uc built: $(echo $debs)"
version=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" wabill.control)
deb=$(cd "$out" && ls -- postgresql-*-wabill_"$version"_*.deb 2>/dev/null | head -n 1)
ok "$([ -n "$deb" ]; echo $?)" "a postgresql-NN-wabill package of version $version"
if [ -z "$deb" ]; then
	tail -n 30 "$logs/package-build.log" >&2
	echo "$((tap_tests - tap_failures)) passed, $tap_failures failed"
	tap_done
	exit 1
fi
major=$(echo "$deb" | sed -n 's/^postgresql-\([0-9]*\)-wabill_.*/\1/p')
package=postgresql-$major-wabill

# ---- install, use, purge: in a fresh root, with apt bringing PostgreSQL
say "installing $deb into a fresh $suite root (log: $logs/package-install.log)"
mkdir -p "$tmp/pkg"
cp "$out/$deb" "$tmp/pkg/"
cat >"$tmp/pkg/report.sql" <<'SQL'
CREATE EXTENSION wabill;
SELECT extversion FROM pg_extension WHERE extname = 'wabill';
SET TimeZone = 'America/Bogota';
INSERT INTO wabill_billing_report (conn_id, session_id, date, template) VALUES
	('WA-1', '573001234567.Acme Ventas.wa-acme', '2026-10-01 08:00', true),
	('WA-2', '+442079460958.Acme Ventas.wa-acme', '2026-10-02 09:00', false),
	('WA-3', '584164908206.Acme Cobranzas.wa-acme', '2026-10-03 10:00', true);
SELECT conn_id, customer_phone, template, destiny
FROM wabill_report('2026-10-01', '2026-11-01');
SQL
chmod -R a+rX "$tmp/pkg"
# shellcheck disable=SC2016
install='major=$1 package=$2 deb=$3
	step() { echo "@@$1 $2"; }
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "/build/pkg/$deb" >/dev/null
	step install $?
	dpkg-query -W -f "\${Status}\n" "$package" | grep -q "install ok installed"
	step installed $?
	dpkg -L "$package" >/build/files
	# The package-owned files; directories are shared with PostgreSQL.
	while read -r f; do [ -d "$f" ] || echo "$f"; done </build/files >/build/own-files
	echo "@@nfiles $(wc -l </build/own-files)"
	grep -q "/usr/lib/postgresql/$major/lib/wabill.so" /build/own-files \
		&& grep -q "/usr/share/postgresql/$major/extension/wabill.control" /build/own-files
	step files $?
	pg_lsclusters -h | grep -q "^$major main" || pg_createcluster "$major" main >/dev/null
	pg_ctlcluster "$major" main start
	step start $?
	runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -At -f /build/pkg/report.sql >/build/report.out
	step report $?
	pg_ctlcluster "$major" main stop
	apt-get purge -y -qq "$package" >/dev/null
	step purge $?
	status=$(dpkg-query -W -f "\${Status}" "$package" 2>/dev/null)
	[ -z "$status" ] || [ "$status" = "unknown ok not-installed" ]
	step gone $?
	left=0
	while read -r f; do if [ -e "$f" ] || [ -L "$f" ]; then echo "left: $f"; left=1; fi; done </build/own-files
	ls /usr/lib/postgresql/$major/lib/wabill* /usr/share/postgresql/$major/extension/wabill* 2>/dev/null && left=1
	step clean $left
	echo "@@report-begin"; cat /build/report.out; echo "@@report-end"'
tar -C "$tmp" -cf - pkg | throwaway_root_exec "$base" /bin/bash -c "$install" sh "$major" "$package" "$deb" \
	>"$logs/package-install.log" 2>&1
throwaway_root_remove "$base"

step() { sed -n "s/^@@$1 //p" "$logs/package-install.log" | tail -n 1; }
expected_report="$version
WA-1|573001234567|yes|CO
WA-2|442079460958|no|GB
WA-3|584164908206|yes|VE"
report=$(sed -n '/^@@report-begin$/,/^@@report-end$/p' "$logs/package-install.log" | sed '1d;$d')
ok "$(step install)" "apt-get install ./$deb into a fresh $suite root (PostgreSQL $major from its dependencies)"
ok "$(step installed)" "dpkg says $package is installed"
ok "$(step files)" "it holds wabill.so and wabill.control for PostgreSQL $major"
ok "$(step start)" "a PostgreSQL $major cluster starts"
ok "$(step report)" "CREATE EXTENSION wabill and a report run"
ok "$([ "$report" = "$expected_report" ]; echo $?)" "the extension is $version and the report has the expected rows and countries (CO, GB, VE)"
ok "$(step purge)" "apt-get purge $package"
ok "$(step gone)" "dpkg no longer lists $package as installed"
ok "$(step clean)" "none of the package's $(step nfiles) files is left"
if [ "$tap_failures" -ne 0 ]; then
	say "the end of $logs/package-install.log:"
	tail -n 30 "$logs/package-install.log" >&2
fi
echo "$((tap_tests - tap_failures)) passed, $tap_failures failed"
tap_done
