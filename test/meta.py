#!/usr/bin/env python3
"""META.json against the PGXN Meta Spec 1.0 (https://pgxn.org/meta/spec.txt)
and against wabill.control, offline.  Prints TAP; exits 1 on any failure.

The rules are the spec's, written out here by hand (required keys, types,
SemVer versions, licence names, version ranges, Term and Tag syntax, the keys
each object may hold), plus the project's own: the name, abstract and version
are wabill.control's, the files named exist, and the runtime prerequisite is
PostgreSQL 15.0.0; and debian/changelog's version and debian/copyright's
licence agree.

Usage: test/meta.py [META.json [wabill.control]]
"""
import json
import os
import re
import sys

SEMVER = (r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
          r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)"
          r"(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?")
RANGE_ITEM = r"(?:(?:[=!]=|[<>]=?)\s*)?" + SEMVER
LICENCES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd",
    "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1",
    "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5",
    "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
    "restricted", "unrestricted", "unknown"}
TOP_KEYS = {"name", "version", "abstract", "maintainer", "license", "provides",
            "meta-spec", "description", "generated_by", "tags", "no_index",
            "prereqs", "release_status", "resources"}
REQUIRED = ["name", "version", "abstract", "maintainer", "license", "provides",
            "meta-spec"]
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
URI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$")


def custom(key):
    return re.match(r"^[xX]_.", key) is not None


def is_semver(v):
    return isinstance(v, str) and re.fullmatch(SEMVER, v) is not None


def is_range(v):
    if v == 0:
        return True
    return isinstance(v, str) and (
        v == "0" or re.fullmatch(RANGE_ITEM + r"(?:,\s*" + RANGE_ITEM + r")*", v) is not None)


def is_term(v):
    return isinstance(v, str) and re.fullmatch(r"[^/\\\s\x00-\x1f\x7f]{2,}", v) is not None


def is_tag(v):
    return (isinstance(v, str) and 2 <= len(v) <= 255
            and re.fullmatch(r"[^/\\\x00-\x1f\x7f]{2,}", v) is not None)


def is_path(v):
    return isinstance(v, str) and len(v) >= 2 and not v.startswith("/") and "\\" not in v


def only_keys(obj, allowed):
    """The keys of obj that are neither allowed nor custom (x_...)."""
    return sorted(k for k in obj if k not in allowed and not custom(k))


def control_values(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*(\w+)\s*=\s*'(.*)'\s*$", line)
            if m:
                values[m.group(1)] = m.group(2)
    return values


def main():
    meta_path = sys.argv[1] if len(sys.argv) > 1 else "META.json"
    control_path = sys.argv[2] if len(sys.argv) > 2 else "wabill.control"
    root = os.path.dirname(os.path.abspath(meta_path))
    results = []

    def check(ok, description, why=""):
        results.append((bool(ok), description, why))

    try:
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print("1..1\nnot ok 1 - META.json is valid JSON\n# %s" % e)
        return 1
    check(isinstance(meta, dict), "META.json is a JSON object")
    if not isinstance(meta, dict):
        meta = {}
    control = control_values(control_path)
    version = control.get("default_version")
    ext = os.path.basename(control_path)[:-len(".control")]

    missing = [k for k in REQUIRED if k not in meta]
    check(not missing, "has the required keys %s" % ", ".join(REQUIRED),
          "missing: %s" % missing)
    extra = only_keys(meta, TOP_KEYS)
    check(not extra, "has no keys the spec does not define (but x_...)",
          "unknown: %s" % extra)

    check(is_term(meta.get("name")), "name is a Term (2+ characters, no slash, "
          "backslash, space or control character)")
    check(meta.get("name") == ext, "name is the extension's, %s" % ext,
          "got %r" % meta.get("name"))
    check(is_semver(meta.get("version")), "version is a SemVer")
    check(meta.get("version") == version,
          "version is wabill.control's default_version, %s" % version,
          "got %r" % meta.get("version"))
    abstract = meta.get("abstract")
    check(isinstance(abstract, str) and abstract.strip(), "abstract is a non-empty string")
    check(abstract == control.get("comment"), "abstract is wabill.control's comment",
          "META.json %r, control %r" % (abstract, control.get("comment")))
    m = meta.get("maintainer")
    check((isinstance(m, str) and m) or
          (isinstance(m, list) and m and all(isinstance(x, str) and x for x in m)
           and len(set(m)) == len(m)),
          "maintainer is a string or a list of distinct strings")
    lic = meta.get("license")
    check(lic == "postgresql" and lic in LICENCES,
          "license is \"postgresql\" (the spec's name for the PostgreSQL Licence)",
          "got %r" % lic)
    check(os.path.isfile(os.path.join(root, "LICENSE")), "the LICENSE file exists")

    spec = meta.get("meta-spec", {})
    check(isinstance(spec, dict) and re.fullmatch(r"1\.0\.\d+", str(spec.get("version", "")))
          and not only_keys(spec, {"version", "url"})
          and spec.get("url", "https://pgxn.org/meta/spec.txt") in
          ("https://pgxn.org/meta/spec.txt", "http://pgxn.org/meta/spec.txt"),
          "meta-spec is version 1.0.x, with the spec's URL")

    provides = meta.get("provides")
    check(isinstance(provides, dict) and provides and all(is_term(k) for k in provides),
          "provides is a non-empty object keyed by Terms")
    if not isinstance(provides, dict):
        provides = {}
    for name, e in sorted(provides.items()):
        ok = isinstance(e, dict)
        check(ok and not only_keys(e, {"file", "version", "abstract", "docfile", "docpath"}),
              "provides.%s has only the spec's keys" % name)
        if not ok:
            continue
        check(is_path(e.get("file")) and os.path.isfile(os.path.join(root, e["file"])),
              "provides.%s.file is a relative path to a file of the tree" % name,
              "got %r" % e.get("file"))
        check(is_semver(e.get("version")), "provides.%s.version is a SemVer" % name)
        if "docfile" in e:
            check(is_path(e["docfile"]) and os.path.isfile(os.path.join(root, e["docfile"])),
                  "provides.%s.docfile is a file of the tree" % name)
        if "abstract" in e:
            check(isinstance(e["abstract"], str) and e["abstract"],
                  "provides.%s.abstract is a non-empty string" % name)
    w = provides.get(ext, {})
    check(w.get("version") == version and w.get("file") == "sql/%s--%s.sql" % (ext, version),
          "provides.%s is version %s, file sql/%s--%s.sql" % (ext, version, ext, version),
          "got %r" % w)

    prereqs = meta.get("prereqs", {})
    ok = isinstance(prereqs, dict) and not only_keys(prereqs, PHASES)
    for phase, rels in (prereqs.items() if isinstance(prereqs, dict) else []):
        if custom(phase):
            continue
        ok = ok and isinstance(rels, dict) and rels and not only_keys(rels, RELATIONS)
        for rel, deps in (rels.items() if isinstance(rels, dict) else []):
            if custom(rel):
                continue
            ok = ok and isinstance(deps, dict) and deps and all(
                is_term(k) and is_range(v) for k, v in deps.items())
    check(ok, "prereqs: known phases and relationships, Term names, version ranges")
    runtime = prereqs.get("runtime", {}).get("requires", {}) if isinstance(prereqs, dict) else {}
    check(runtime.get("PostgreSQL") == "15.0.0",
          "prereqs.runtime.requires: PostgreSQL 15.0.0 (15 or later)",
          "got %r" % runtime.get("PostgreSQL"))

    if "release_status" in meta:
        check(meta["release_status"] in ("stable", "testing", "unstable"),
              "release_status is stable, testing or unstable")
    if "tags" in meta:
        t = meta["tags"]
        check(isinstance(t, list) and t and all(is_tag(x) for x in t) and len(set(t)) == len(t),
              "tags are distinct Tags")
    if "no_index" in meta:
        n = meta["no_index"]
        check(isinstance(n, dict) and n and not only_keys(n, {"file", "directory"})
              and all(isinstance(v, list) and v and all(isinstance(p, str) and p for p in v)
                      for k, v in n.items() if not custom(k)),
              "no_index lists files and directories")
    if "resources" in meta:
        r = meta["resources"]
        def uri(v):
            return isinstance(v, str) and URI.match(v) is not None
        ok = isinstance(r, dict) and not only_keys(r, {"homepage", "bugtracker", "repository"}) \
            and any(k in r for k in ("homepage", "bugtracker", "repository"))
        if ok and "homepage" in r:
            ok = uri(r["homepage"])
        if ok and "bugtracker" in r:
            b = r["bugtracker"]
            ok = isinstance(b, dict) and ("web" in b or "mailto" in b) \
                and not only_keys(b, {"web", "mailto"}) and uri(b.get("web", "x:y"))
        if ok and "repository" in r:
            p = r["repository"]
            ok = isinstance(p, dict) and not only_keys(p, {"url", "web", "type"}) \
                and (("url" in p and "type" in p) or "web" in p) \
                and uri(p.get("url", "x:y")) and uri(p.get("web", "x:y")) \
                and re.fullmatch(r"[a-z]+", p.get("type", "git")) is not None
        check(ok, "resources: homepage, bugtracker or repository, with URIs")
    for key in ("description", "generated_by"):
        if key in meta:
            check(isinstance(meta[key], str) and meta[key], "%s is a non-empty string" % key)

    # The Debian package says the same version and licence.
    changelog = os.path.join(root, "debian", "changelog")
    if os.path.isfile(changelog):
        with open(changelog, encoding="utf-8") as f:
            m = re.match(r"^(\S+) \(([^)]+)\)", f.readline())
        check(m and m.group(1) == ext and re.sub(r"-[^-]*$", "", m.group(2)) == version,
              "debian/changelog's latest entry is %s %s" % (ext, version),
              "got %r" % (m and m.group(0)))
        with open(os.path.join(root, "debian", "copyright"), encoding="utf-8") as f:
            copyright_text = f.read()
        check(re.search(r"^Files: \*\n(?:.+\n)*?License: PostgreSQL$", copyright_text, re.M),
              "debian/copyright gives the PostgreSQL Licence for the project's files")

    print("1..%d" % len(results))
    for i, (ok, description, why) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, description))
        if not ok and why:
            print("# %s" % why)
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
