#!/usr/bin/env bash
# make dist: the archives are named and prefixed with wabill.control's version,
# hold exactly the committed files, and build.  Skipped outside a
# git checkout (an unpacked release archive has no history to archive).
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh
. test/tap.sh
if ! git rev-parse --verify -q HEAD >/dev/null 2>&1; then
	skip "make dist" "not a git checkout"
	tap_done
	exit
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
version=$(git show HEAD:wabill.control | sed -n "s/^default_version = '\(.*\)'$/\1/p")
name=wabill-$version
run_ok "make dist makes $name.zip and $name.tar.gz" \
	make -s dist DISTDIR="$tmp"
run_ok "both archives exist" test -s "$tmp/$name.zip" -a -s "$tmp/$name.tar.gz"

git ls-tree -r --name-only HEAD | sed "s|^|$name/|" | sort >"$tmp/committed"
tar tzf "$tmp/$name.tar.gz" | grep -v '/$' | sort >"$tmp/tar"
python3 -c 'import sys, zipfile; print("\n".join(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if not n.endswith("/")))' \
	"$tmp/$name.zip" | sort >"$tmp/zip"
run_ok "the tar.gz holds exactly the committed files, under $name/" diff "$tmp/committed" "$tmp/tar"
run_ok "so does the zip" diff "$tmp/committed" "$tmp/zip"

mkdir "$tmp/x"
tar xzf "$tmp/$name.tar.gz" -C "$tmp/x"
run_ok "its wabill.control says $version" \
	grep -qx "default_version = '$version'" "$tmp/x/$name/wabill.control"
run_ok "it has the install script of $version" test -f "$tmp/x/$name/sql/wabill--$version.sql"
run_ok "it builds against $("$(pg_config_path)" --version)" \
	make -s -C "$tmp/x/$name" PG_CONFIG="$(pg_config_path)" WERROR=1
tap_done
