# shellcheck shell=bash
# Throwaway Debian roots made with debootstrap, shared by make test-versions
# and make test-package.  Needs root (debootstrap, chroot, mounts).
#
# A base root per suite (debootstrap, then the packages it is asked for) is
# cached in $WABILL_ROOTS_CACHE/base/SUITE; each use gets a throwaway root, an
# overlay on the base (a copy where overlayfs is missing), in a private mount
# namespace, so its /proc, /dev and overlay mounts vanish with the command and
# the base stays as it was.  Downloaded packages are kept in
# $WABILL_ROOTS_CACHE/debs.  make test-versions-clean removes the cache.

WABILL_ROOTS_CACHE=${WABILL_ROOTS_CACHE:-/var/cache/wabill-roots}

# The Debian mirror this machine's apt uses, read from its configuration at
# run time (one-line and deb822 sources), so that no mirror is written here.
debian_mirror() {
	local uri
	uri=$(
		{
			cat /etc/apt/sources.list 2>/dev/null
			cat /etc/apt/sources.list.d/*.list 2>/dev/null
		} | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }'
		cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
			| awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }'
	)
	# The main archive, not the security archive nor a third-party one.
	uri=$(printf '%s\n' "$uri" | grep -E '/debian/?$' | grep -v -- '-security' | head -n 1)
	[ -n "$uri" ] || die "found no Debian mirror in /etc/apt/sources.list*; set WABILL_DEBIAN_MIRROR"
	printf '%s\n' "${uri%/}"
}

roots_need_root() {
	[ "$(id -u)" -eq 0 ] || die "throwaway Debian roots need root (debootstrap, chroot, mounts)"
	local tool
	for tool in debootstrap unshare; do
		command -v "$tool" >/dev/null 2>&1 && continue
		say "installing $tool"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null \
			|| die "could not install $tool"
	done
}

# root_exec ROOT COMMAND...: runs COMMAND inside ROOT, as root, in a private
# mount namespace with /proc, /dev, /dev/pts, /dev/shm and /sys, a clean
# environment and the host's resolver.  Returns COMMAND's status.
root_exec() {
	local root=$1
	shift
	cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
	unshare --mount --propagation private -- /bin/sh -ec '
		root=$1; shift
		mount -t proc proc "$root/proc"
		mount -t sysfs sysfs "$root/sys"
		mount --rbind /dev "$root/dev"
		mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
		exec chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
			HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive "$@"
	' sh "$root" "$@"
}

# base_root NAME SUITE PACKAGES...: the cached base root NAME, Debian SUITE
# with PACKAGES installed (made when absent or when WABILL_ROOTS_FRESH=1);
# prints its path.
base_root() {
	local name=$1 suite=$2 base mirror
	shift 2
	base=$WABILL_ROOTS_CACHE/base/$name
	if [ "${WABILL_ROOTS_FRESH:-0}" = 1 ] || [ ! -f "$base/.wabill-complete" ]; then
		rm -rf --one-file-system "$base"
		mkdir -p "$WABILL_ROOTS_CACHE/debs" "$WABILL_ROOTS_CACHE/base"
		mirror=${WABILL_DEBIAN_MIRROR:-$(debian_mirror)}
		say "debootstrap $suite"
		debootstrap --variant=minbase --cache-dir="$WABILL_ROOTS_CACHE/debs" \
			"$suite" "$base" "$mirror" >"$WABILL_ROOTS_CACHE/debootstrap-$name.log" 2>&1 \
			|| { tail -n 20 "$WABILL_ROOTS_CACHE/debootstrap-$name.log" >&2; die "debootstrap $suite failed"; }
		# Packages must not start services inside the root.
		printf '#!/bin/sh\nexit 101\n' >"$base/usr/sbin/policy-rc.d"
		chmod 755 "$base/usr/sbin/policy-rc.d"
		# The mirror may serve a frozen snapshot whose suites' Release files
		# are past their Valid-Until date (sid's are valid for days only);
		# signatures are still checked.
		printf 'Acquire::Check-Valid-Until "false";\n' >"$base/etc/apt/apt.conf.d/99wabill-roots"
		mkdir -p "$base/build"
		touch "$base/.wabill-bootstrapped"
	fi
	if [ $# -gt 0 ] && [ ! -f "$base/.wabill-complete" ]; then
		say "installing into the $name base root ($suite): $*"
		# apt's downloads are kept beside debootstrap's for the next fresh root.
		cp -l "$WABILL_ROOTS_CACHE"/debs/*.deb "$base/var/cache/apt/archives/" 2>/dev/null || true
		root_exec "$base" sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' \
			sh "$@" >"$WABILL_ROOTS_CACHE/packages-$name.log" 2>&1 \
			|| { tail -n 20 "$WABILL_ROOTS_CACHE/packages-$name.log" >&2; die "installing packages into $name failed"; }
		cp -ln "$base"/var/cache/apt/archives/*.deb "$WABILL_ROOTS_CACHE/debs/" 2>/dev/null || true
		root_exec "$base" apt-get clean
	fi
	touch "$base/.wabill-complete"
	printf '%s\n' "$base"
}

# throwaway_root_exec BASE COMMAND...: runs COMMAND (see root_exec) in a
# throwaway root layered on BASE; the root's files are under
# $WABILL_ROOTS_CACHE/run/NAME until the next use of the same NAME (so that
# logs can be read), where NAME is the base's name.  Files to put into the
# root before COMMAND runs are given as a tar stream on standard input.
throwaway_root_exec() {
	local base=$1 name work
	shift
	name=$(basename "$base")
	work=$WABILL_ROOTS_CACHE/run/$name
	rm -rf --one-file-system "$work"
	mkdir -p "$work/upper" "$work/overlay-work" "$work/root"
	export -f root_exec
	export WABILL_ROOTS_CACHE
	unshare --mount --propagation private -- /bin/bash -c '
		base=$1 work=$2; shift 2
		if ! mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$work/root" 2>/dev/null; then
			cp -a "$base/." "$work/root/"
		fi
		# What apt downloads in the root is kept for the next one.
		mkdir -p "$WABILL_ROOTS_CACHE/debs/partial"
		mount --bind "$WABILL_ROOTS_CACHE/debs" "$work/root/var/cache/apt/archives"
		tar -x -C "$work/root/build" || exit 1
		root_exec "$work/root" "$@"
	' sh "$base" "$work" "$@"
}

throwaway_root_remove() {	# throwaway_root_remove BASE
	rm -rf --one-file-system "$WABILL_ROOTS_CACHE/run/$(basename "$1")"
}

# tree_copy DIR: the tree in DIR/wabill, a clone of HEAD (so that the make
# dist test has a history to archive) with the uncommitted changes on top,
# and ../shared in DIR/shared when present; ignored files and build outputs
# are left out.  Sets tree_commit and tree_dirty (the number of changes).
tree_copy() {
	local dir=$1
	tree_commit=$(git rev-parse HEAD) || die "not a git checkout"
	git clone -q --no-checkout "$PWD" "$dir/wabill" && git -C "$dir/wabill" checkout -q "$tree_commit" \
		|| die "could not clone the tree"
	git ls-files -z -m -o --exclude-standard | tar --null -T - -cf - 2>/dev/null | tar -x -C "$dir/wabill"
	# VERSIONS.md is make test-versions' own output, not a change under test.
	tree_dirty=$(git status --porcelain --untracked-files=normal -- . ':!VERSIONS.md' | wc -l)
	if [ -d ../shared ]; then cp -rL ../shared "$dir/shared"; fi
}
