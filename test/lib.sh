# shellcheck shell=bash
# Shared by make demo, make test and the benchmarks: installing what is
# missing, building the extension, and throwaway PostgreSQL clusters.

# The PostgreSQL major version to build and test against: WABILL_PG_MAJOR if
# set, else the major of PG_CONFIG's server if PG_CONFIG is set, else 15.
# make test-versions sets it to 15, 17 and 18 in throwaway Debian roots.
pg_major_of() {	# pg_major_of PG_CONFIG: "PostgreSQL 17.6 (Debian ...)" -> 17
	if [ -x "$1" ]; then
		"$1" --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p'
	else	# not installed yet: Debian's layout names the major
		printf '%s\n' "$1" | sed -n 's|.*/postgresql/\([0-9][0-9]*\)/bin/pg_config$|\1|p'
	fi
}
if [ -z "${WABILL_PG_MAJOR:-}" ]; then
	if [ -n "${PG_CONFIG:-}" ]; then
		WABILL_PG_MAJOR=$(pg_major_of "$PG_CONFIG")
		[ -n "$WABILL_PG_MAJOR" ] || {
			printf 'error: cannot read the major version from PG_CONFIG=%s\n' "$PG_CONFIG" >&2
			exit 1
		}
	else
		WABILL_PG_MAJOR=15
	fi
fi
case $WABILL_PG_MAJOR in
	'' | *[!0-9]*) printf 'error: WABILL_PG_MAJOR=%s is not a major version\n' "$WABILL_PG_MAJOR" >&2; exit 1 ;;
esac

# Debian packages the project needs, for building, testing and the demo.
WABILL_PACKAGES=(
	build-essential
	postgresql-$WABILL_PG_MAJOR
	postgresql-server-dev-$WABILL_PG_MAJOR
	postgresql-$WABILL_PG_MAJOR-pgtap
	libtap-parser-sourcehandler-pgtap-perl
	postgresql-$WABILL_PG_MAJOR-cron
	python3
	iso-codes
	libphonenumber-dev
)

# The plain-C core's sources (src/core/core.mk, the one list of them).
core_srcs() {
	sed -n 's/^CORE_SRCS = //p' src/core/core.mk
}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly, or through sudo.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		die "'$*' needs root; run as root or install sudo"
	fi
}

missing_packages() {
	local pkg
	for pkg in "${WABILL_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
			|| printf '%s\n' "$pkg"
	done
}

install_packages() {
	command -v dpkg-query >/dev/null 2>&1 \
		|| die "this bootstrap needs Debian (dpkg and apt); install by hand: ${WABILL_PACKAGES[*]}"
	local missing
	missing=$(missing_packages)
	[ -z "$missing" ] && return 0
	# shellcheck disable=SC2086
	say "installing Debian packages:" $missing
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
		|| die "apt-get update failed"
	# shellcheck disable=SC2086
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
		|| die "could not install: $missing"
}

# pg_config of the server we test against, unless the user named one.
pg_config_path() {
	if [ -n "${PG_CONFIG:-}" ]; then
		echo "$PG_CONFIG"
	else
		echo "/usr/lib/postgresql/$WABILL_PG_MAJOR/bin/pg_config"
	fi
}

# The server programs that belong to that pg_config (initdb, pg_ctl, pg_dump).
pg_bindir() {
	"$(pg_config_path)" --bindir
}

build_and_install() {
	local pgc major
	pgc=$(pg_config_path)
	major=$(pg_major_of "$pgc")
	[ "$major" = "$WABILL_PG_MAJOR" ] \
		|| die "$pgc is PostgreSQL ${major:-?}, but WABILL_PG_MAJOR is $WABILL_PG_MAJOR"
	say "building wabill against $("$pgc" --version)"
	make -s PG_CONFIG="$pgc" CI="${CI:-}" WERROR=1 >/dev/null || die "build failed"
	as_root make -s PG_CONFIG="$pgc" install >/dev/null || die "make install failed"
}

bootstrap() {
	install_packages
	build_and_install
}

# The operating-system user the server runs as: PostgreSQL refuses root.
server_user() {
	if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi
}

# From / as root: the server user may not read the caller's directory
# (initdb and pg_ctl would say "could not change directory"), so every path
# given to it must be absolute.
run_as_server_user() {
	if [ "$(id -u)" -eq 0 ]; then
		(cd / && runuser -u postgres -- "$@")
	else
		"$@"
	fi
}

port_is_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {	# free_port [FIRST]: the first port from FIRST on that nobody listens on
	local port
	for port in $(seq "${1:-54320}" 54420); do
		if port_is_free "$port"; then
			echo "$port"
			return 0
		fi
	done
	die "no free port in 54320-54420"
}

# cluster_start DIR [DATABASE [SETTING...]]: a new cluster in DIR (which must
# be empty or absent), listening on 127.0.0.1 and on a socket inside DIR, with
# DATABASE created and made pg_cron's database (cron.database_name: the one
# database where CREATE EXTENSION pg_cron works and its jobs are kept);
# without DATABASE, pg_cron's is postgres.  Each SETTING is a line added to
# postgresql.conf.  Sets PGHOST, PGPORT, PGUSER and PGDATABASE (postgres) for
# the clients that follow.
cluster_start() {
	local dir=$1 cron_db=${2:-postgres} port bindir
	bindir=$(pg_bindir)
	port=$(free_port)
	mkdir -p "$dir"
	chmod 755 "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	run_as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
		--encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
		|| { cat "$dir/initdb.log" >&2; die "initdb failed"; }
	cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
shared_preload_libraries = 'pg_cron'
cron.database_name = '$cron_db'
max_parallel_workers_per_gather = 2
fsync = off
CONF
	[ $# -gt 2 ] && printf '%s\n' "${@:3}" >>"$dir/data/postgresql.conf"
	# Another cluster may take the free port before ours binds it: try others.
	local attempt started=0
	for attempt in 1 2 3 4 5; do
		if run_as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
			>"$dir/pg_ctl.log" 2>&1; then
			started=1
			break
		fi
		grep -q 'could not bind\|could not create any TCP/IP sockets\|could not create lock file' "$dir/server.log" \
			|| break
		# Nobody listens there, yet the port is taken (by a client socket, say):
		# the next one.
		port=$(free_port $((port + 1)))
		sed -i "s/^port = .*/port = $port/" "$dir/data/postgresql.conf"
	done
	if [ "$started" = 0 ]; then
		cat "$dir/pg_ctl.log" "$dir/server.log" >&2
		die "the server did not start"
	fi
	export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres
	if [ -n "${2:-}" ]; then
		psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $2" >/dev/null \
			|| die "could not create database $2"
	fi
}

cluster_stop() {
	local dir=$1
	[ -f "$dir/data/postmaster.pid" ] || return 0
	run_as_server_user "$(pg_bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

cluster_remove() {
	local dir=$1
	cluster_stop "$dir"
	rm -rf "$dir"
}

# The flags pg_prove gives psql to run a pgTAP file: its output is TAP.
pgtap() {	# pgtap DATABASE FILE [psql options]
	local db=$1 file=$2
	shift 2
	psql -X -q -A -t --pset pager=off -v ON_ERROR_STOP=1 -d "$db" -f "$file" "$@"
}

# The settings of a cluster that runs tests.  No autovacuum: a test's result
# must not depend on when a background worker runs.  (Under Valgrind,
# autovacuum of wabill_interactions, whose in-place pg_class update waits for
# a test transaction that had GRANTed on the table, deadlocked with that
# transaction's DROP EXTENSION.)
TEST_CLUSTER_SETTINGS=("autovacuum = off")

# tap_database DATABASE: pgTAP, wabill and pg_cron created in DATABASE, the
# cluster's pg_cron database (cluster_start).  With WABILL_REQUIRE_CRON=0 (a
# server of one's own) pg_cron is created where it can be, and its tests are
# skipped elsewhere.
tap_database() {
	psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c "CREATE EXTENSION pgtap" \
		-c "CREATE EXTENSION wabill" >/dev/null \
		|| die "could not prepare the pgTAP database $1"
	if [ "${WABILL_REQUIRE_CRON:-1}" = 1 ]; then
		psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c "CREATE EXTENSION pg_cron" >/dev/null \
			|| die "could not create pg_cron in $1"
	else
		psql -X -q -d "$1" -c "CREATE EXTENSION pg_cron" >/dev/null 2>&1 || true
	fi
}

# run_prove DATABASE SUITE...: one prove over every suite, each a TAP
# producer; pgTAP files (*.sql) run in DATABASE.  A failed test shows with
# its diagnostics, whatever the suite; a passing suite prints one line.  The
# last line is "N passed, N failed" (test/WabillHarness.pm).  PROVE_FLAGS
# adds prove options (-v shows every test).
run_prove() {
	local db=$1
	shift
	# NOTICEs are no test's output ("... does not exist, skipping").
	# shellcheck disable=SC2086
	PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
	PERL5LIB=test${PERL5LIB:+:$PERL5LIB} prove --harness WabillHarness --failures --comments \
		--source pgTAP --pgtap-option dbname="$db" --pgtap-option suffix=.sql \
		${PROVE_FLAGS:-} "$@"
}

# server_copy DIR: a copy of the server installation PG_CONFIG names (its
# programs, libraries and shared files, at the same paths under DIR, so that
# the relocatable binaries find them), for tests that install another build
# of wabill without touching the real installation.  Prints its pg_config.
server_copy() {
	local dir=$1 pgc d bindir prog
	pgc=$(pg_config_path)
	bindir=$("$pgc" --bindir)
	mkdir -p "$dir$bindir"
	for prog in postgres initdb pg_ctl pg_config pg_dump pg_restore; do
		cp -a "$bindir/$prog" "$dir$bindir/"
	done
	for d in "$("$pgc" --pkglibdir)" "$("$pgc" --sharedir)"; do
		mkdir -p "$(dirname "$dir$d")"
		cp -a "$(readlink -f "$d")" "$dir$d"
	done
	chmod -R a+rX "$dir"
	d=$dir
	while [ "$d" != / ]; do chmod a+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
	echo "$dir$bindir/pg_config"
}
