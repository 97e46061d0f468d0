#!/usr/bin/env python3
"""Generate src/core/calling_codes_table.h from libphonenumber's metadata.

Usage:
    python3 src/core/generate_calling_codes.py \
        --xml ../shared/data/libphonenumber/PhoneNumberMetadata.xml \
        --source-version v9.0.35 --out src/core/calling_codes_table.h

The lookup in calling_code.c must give, for every international number, the
region that libphonenumber's GetRegionCodeForNumber gives, without running a
single regular expression at query time.  Where a calling code belongs to one
region that is trivial.  Where several regions share a code (+1, +7, +44, ...)
libphonenumber picks the first region, in metadata order with the main country
first, that either has a "leadingDigits" pattern matching the start of the
national number or whose number-type patterns accept the number.  Every
pattern is a regular language over the ten digits and national numbers have a
bounded length, so for each length the answer is a function of the digits
that is constant on long runs of consecutive numbers.  This script compiles
the patterns into DFAs (its own small regex engine: the metadata uses only
digits, classes, groups, alternation and counted repetition) and walks the
digit trie, cutting a branch as soon as every region's verdict is the same
for all its completions.  The result is, per shared code and length, a sorted
list of breakpoints: from this number on, the region is R.

Numbers that no region accepts go to the code's main country (billing still
needs a country); non-geographic codes (+800, +808, +870, ...) have none.

Standard library only; a normal build never runs this script.
"""

import argparse
import hashlib
import re
import sys
import xml.etree.ElementTree as ET

DIGITS = "0123456789"

# libphonenumber's number types, in the order getNumberTypeHelper tries them.
# noInternationalDialling is not a type: it never makes a number valid.
NUMBER_TYPES = (
    "premiumRate", "tollFree", "sharedCost", "voip", "personalNumber",
    "pager", "uan", "voicemail", "fixedLine", "mobile",
)

# E.164 caps a number at 15 digits, calling code included.
E164_MAX_DIGITS = 15


# --------------------------------------------------------------------------
# A regular-expression engine for the digit-only dialect of the metadata.
# --------------------------------------------------------------------------

class RegexSyntaxError(Exception):
    pass


class Parser:
    """Recursive-descent parser producing a tiny AST.

    Nodes: ("set", frozenset_of_digits), ("cat", [nodes]), ("alt", [nodes]),
    ("rep", node, min, max_or_None), ("empty",).
    """

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            raise RegexSyntaxError("unexpected %r at %d in %r"
                                   % (self.p[self.i], self.i, self.p))
        return node

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def alternation(self):
        branches = [self.concatenation()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.concatenation())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def concatenation(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified())
        if not items:
            return ("empty",)
        return items[0] if len(items) == 1 else ("cat", items)

    def quantified(self):
        atom = self.atom()
        while True:
            c = self.peek()
            if c == "?":
                self.i += 1
                atom = ("rep", atom, 0, 1)
            elif c == "*":
                self.i += 1
                atom = ("rep", atom, 0, None)
            elif c == "+":
                self.i += 1
                atom = ("rep", atom, 1, None)
            elif c == "{":
                m = re.compile(r"\{(\d+)(,(\d*))?\}").match(self.p, self.i)
                if not m:
                    raise RegexSyntaxError("bad repetition in %r" % self.p)
                lo = int(m.group(1))
                if m.group(2) is None:
                    hi = lo
                elif m.group(3) == "":
                    hi = None
                else:
                    hi = int(m.group(3))
                self.i = m.end()
                atom = ("rep", atom, lo, hi)
            else:
                return atom

    def atom(self):
        c = self.peek()
        if c == "(":
            self.i += 1
            if self.p.startswith("?:", self.i):
                self.i += 2
            node = self.alternation()
            if self.peek() != ")":
                raise RegexSyntaxError("unclosed group in %r" % self.p)
            self.i += 1
            return node
        if c == "[":
            return self.char_class()
        if c == "\\":
            if self.p.startswith("\\d", self.i):
                self.i += 2
                return ("set", frozenset(DIGITS))
            raise RegexSyntaxError("unsupported escape in %r" % self.p)
        if c is not None and c in DIGITS:
            self.i += 1
            return ("set", frozenset(c))
        raise RegexSyntaxError("unsupported %r at %d in %r" % (c, self.i, self.p))

    def char_class(self):
        self.i += 1
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        members = set()
        while self.peek() != "]":
            c = self.peek()
            if c is None:
                raise RegexSyntaxError("unclosed class in %r" % self.p)
            if self.p.startswith("\\d", self.i):
                members |= set(DIGITS)
                self.i += 2
            elif c in DIGITS:
                if self.p[self.i + 1:self.i + 2] == "-" and self.p[self.i + 2:self.i + 3] != "]":
                    hi = self.p[self.i + 2]
                    members |= {chr(x) for x in range(ord(c), ord(hi) + 1)}
                    self.i += 3
                else:
                    members.add(c)
                    self.i += 1
            else:
                raise RegexSyntaxError("unsupported %r in class of %r" % (c, self.p))
        self.i += 1
        if negate:
            members = set(DIGITS) - members
        return ("set", frozenset(members))


class NFA:
    """Thompson NFA: states are ints; eps[s] is a list, edges[s] a list of (set, t)."""

    def __init__(self):
        self.eps = []
        self.edges = []

    def new_state(self):
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1

    def build(self, node):
        """Return (start, end) states of a fragment for node."""
        kind = node[0]
        if kind == "set":
            s, e = self.new_state(), self.new_state()
            self.edges[s].append((node[1], e))
            return s, e
        if kind == "empty":
            s = self.new_state()
            return s, s
        if kind == "cat":
            start, end = self.build(node[1][0])
            for child in node[1][1:]:
                s, e = self.build(child)
                self.eps[end].append(s)
                end = e
            return start, end
        if kind == "alt":
            s, e = self.new_state(), self.new_state()
            for child in node[1]:
                cs, ce = self.build(child)
                self.eps[s].append(cs)
                self.eps[ce].append(e)
            return s, e
        if kind == "rep":
            _, child, lo, hi = node
            s = self.new_state()
            end = s
            for _ in range(lo):
                cs, ce = self.build(child)
                self.eps[end].append(cs)
                end = ce
            if hi is None:
                cs, ce = self.build(child)
                self.eps[end].append(cs)
                self.eps[ce].append(end)
            else:
                tail = self.new_state()
                for _ in range(hi - lo):
                    cs, ce = self.build(child)
                    self.eps[end].append(cs)
                    self.eps[end].append(tail)
                    end = ce
                self.eps[end].append(tail)
                end = tail
            return s, end
        raise AssertionError(kind)


class DFA:
    """Lazily determinized NFA with memoised "all / none / mixed" verdicts.

    A verdict answers: of all digit strings of exactly r more digits, does
    every one, none, or some of them lead to acceptance?  With prefix=True
    the pattern only has to match a prefix of the number (Java's lookingAt).
    """

    ALL, NONE, MIXED = "all", "none", "mixed"

    def __init__(self, pattern, prefix=False):
        self.pattern = pattern
        self.prefix = prefix
        nfa = NFA()
        start, self.accept = nfa.build(Parser(pattern).parse())
        self.nfa = nfa
        self.states = []      # index -> frozenset of NFA states
        self.index = {}
        self.trans = []       # index -> list of 10 successor indexes (-1 dead)
        self.start = self._intern(self._closure({start}))
        self.verdicts = {}

    def _closure(self, states):
        stack = list(states)
        seen = set(states)
        while stack:
            s = stack.pop()
            for t in self.nfa.eps[s]:
                if t not in seen:
                    seen.add(t)
                    stack.append(t)
        return frozenset(seen)

    def _intern(self, nstates):
        if not nstates:
            return -1
        if nstates not in self.index:
            self.index[nstates] = len(self.states)
            self.states.append(nstates)
            self.trans.append(None)
        return self.index[nstates]

    def step(self, state, digit):
        if state < 0:
            return -1
        row = self.trans[state]
        if row is None:
            row = []
            for d in DIGITS:
                nxt = set()
                for s in self.states[state]:
                    for chars, t in self.nfa.edges[s]:
                        if d in chars:
                            nxt.add(t)
                row.append(self._intern(self._closure(nxt)))
            self.trans[state] = row
        return row[int(digit)]

    def accepting(self, state):
        return state >= 0 and self.accept in self.states[state]

    def verdict(self, state, remaining):
        if state < 0:
            return self.NONE
        if self.prefix and self.accepting(state):
            return self.ALL
        if remaining == 0:
            return self.ALL if self.accepting(state) else self.NONE
        key = (state, remaining)
        v = self.verdicts.get(key)
        if v is None:
            seen = set()
            for d in DIGITS:
                seen.add(self.verdict(self.step(state, d), remaining - 1))
                if self.MIXED in seen or len(seen) > 1:
                    break
            v = seen.pop() if len(seen) == 1 else self.MIXED
            self.verdicts[key] = v
        return v

    def matches(self, text):
        state = self.start
        for d in text:
            if self.prefix and self.accepting(state):
                return True
            state = self.step(state, d)
        return self.accepting(state)


def verdict_and(verdicts):
    if DFA.NONE in verdicts:
        return DFA.NONE
    if all(v == DFA.ALL for v in verdicts):
        return DFA.ALL
    return DFA.MIXED


def verdict_or(verdicts):
    if DFA.ALL in verdicts:
        return DFA.ALL
    if all(v == DFA.NONE for v in verdicts):
        return DFA.NONE
    return DFA.MIXED


# --------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------

def parse_lengths(spec):
    """'[4-6],8' -> {4, 5, 6, 8}"""
    lengths = set()
    if not spec:
        return lengths
    for part in spec.split(","):
        m = re.fullmatch(r"\[(\d+)-(\d+)\]", part)
        if m:
            lengths |= set(range(int(m.group(1)), int(m.group(2)) + 1))
        else:
            lengths.add(int(part))
    return lengths


def clean_pattern(text):
    return re.sub(r"\s+", "", text or "")


class Territory:
    def __init__(self, elem):
        self.id = elem.get("id")
        self.calling_code = int(elem.get("countryCode"))
        self.main = elem.get("mainCountryForCode") == "true"
        self.leading_digits = clean_pattern(elem.get("leadingDigits")) or None
        general = elem.find("generalDesc")
        self.general_pattern = clean_pattern(general.findtext("nationalNumberPattern"))
        # name -> (pattern, national lengths or empty set meaning "any")
        self.types = {}
        self.lengths = set()
        for kind in NUMBER_TYPES:
            desc = elem.find(kind)
            if desc is None:
                continue
            pl = desc.find("possibleLengths")
            national = parse_lengths(pl.get("national")) if pl is not None else set()
            self.types[kind] = (clean_pattern(desc.findtext("nationalNumberPattern")), national)
            self.lengths |= national


def load_territories(path):
    root = ET.parse(path).getroot()
    return [Territory(t) for t in root.iter("territory")]


class RegionPredicate:
    """libphonenumber's test of whether a national number belongs to a region
    that shares its calling code (getRegionCodeForNumberFromRegionList)."""

    def __init__(self, territory, dfa_cache):
        self.territory = territory

        def dfa(pattern, prefix=False):
            key = (pattern, prefix)
            if key not in dfa_cache:
                dfa_cache[key] = DFA(pattern, prefix)
            return dfa_cache[key]

        if territory.leading_digits:
            self.leading = dfa(territory.leading_digits, prefix=True)
        else:
            self.leading = None
            self.general = dfa(territory.general_pattern)
            self.types = [(dfa(p), lengths) for p, lengths in territory.types.values()]

    def machines(self):
        if self.leading:
            return [self.leading]
        return [self.general] + [d for d, _ in self.types]

    def verdict(self, states, length, remaining):
        """states: dict DFA -> current state."""
        if self.leading:
            return self.leading.verdict(states[self.leading], remaining)
        if length not in self.territory.lengths:
            return DFA.NONE
        typed = [d.verdict(states[d], remaining)
                 for d, lengths in self.types if not lengths or length in lengths]
        return verdict_and([self.general.verdict(states[self.general], remaining),
                            verdict_or(typed)])


def breakpoints_for_length(predicates, main_region, length):
    """Sorted [(first national number, region)] covering all numbers of length."""
    machines = []
    for p in predicates:
        for m in p.machines():
            if m not in machines:
                machines.append(m)
    out = []

    def emit(value, region):
        if not out or out[-1][1] != region:
            out.append((value, region))

    def walk(prefix_value, depth, states):
        remaining = length - depth
        answer = main_region
        for p in predicates:
            v = p.verdict(states, length, remaining)
            if v == DFA.NONE:
                continue
            answer = p.territory.id if v == DFA.ALL else None
            break
        if answer is not None:
            emit(prefix_value * 10 ** remaining, answer)
            return
        for d in DIGITS:
            walk(prefix_value * 10 + int(d), depth + 1,
                 {m: m.step(s, d) for m, s in states.items()})

    walk(0, 0, {m: m.start for m in machines})
    return out


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def build(territories):
    by_code = {}
    for t in territories:
        by_code.setdefault(t.calling_code, []).append(t)

    region_ids = sorted({t.id for t in territories if t.id != "001"})
    region_index = {r: i + 1 for i, r in enumerate(region_ids)}  # 0 = none

    codes = []
    shared = []
    dfa_cache = {}
    for code in sorted(by_code):
        members = by_code[code]
        # libphonenumber's region list: metadata order, main country first.
        members = sorted(members, key=lambda t: not t.main)
        lengths = set()
        for t in members:
            lengths |= t.lengths
        if not lengths:
            raise SystemExit("calling code %d has no possible lengths" % code)
        # Too short for every number of the code is no number; but longer
        # than the metadata's longest is still the code's country, as
        # libphonenumber says (WhatsApp's Mexican IDs carry an extra 1 after
        # +52): only E.164's 15 digits bound it.
        max_nsn = E164_MAX_DIGITS - len(str(code))
        min_nsn = min(lengths)
        main = members[0].id
        entry = {"code": code, "main": 0 if main == "001" else region_index[main],
                 "min": min_nsn, "max": max_nsn, "shared": 0}
        if len(members) > 1:
            if main == "001":
                raise SystemExit("non-geographic code %d shared" % code)
            preds = [RegionPredicate(t, dfa_cache) for t in members]
            per_length = {}
            for length in range(min_nsn, max_nsn + 1):
                per_length[length] = [(v, region_index[r]) for v, r in
                                      breakpoints_for_length(preds, main, length)]
            shared.append({"code": code, "regions": [t.id for t in members],
                           "lengths": per_length})
            entry["shared"] = len(shared)
        codes.append(entry)
    return region_ids, codes, shared


def render(region_ids, codes, shared, source_version, xml_sha256):
    out = []
    w = out.append
    w("/*")
    w(" * calling_codes_table.h")
    w(" *\t  Calling codes and their regions, from libphonenumber's metadata.")
    w(" *")
    w(" * GENERATED FILE: do not edit.  Regenerate with `make phone-data`")
    w(" * (src/core/generate_calling_codes.py).")
    w(" *")
    w(" * Source: libphonenumber %s, resources/PhoneNumberMetadata.xml" % source_version)
    w(" * (Apache License 2.0; see NOTICE), SHA-256 %s." % xml_sha256)
    w(" */")
    w("#ifndef WABILL_CALLING_CODES_TABLE_H")
    w("#define WABILL_CALLING_CODES_TABLE_H")
    w("")
    w("#include <stdint.h>")
    w("")
    w('#include "calling_codes.h"')
    w("")
    w('#define WB_PHONE_DATA_VERSION "%s"' % source_version)
    w("#define WB_REGION_COUNT %d" % len(region_ids))
    w("#define WB_SHARED_CODE_COUNT %d" % len(shared))
    w("#define WB_MAX_NSN_LENGTH %d" % E164_MAX_DIGITS)
    w("")
    w("/* Index 0 means \"no region\" (non-geographic calling codes). */")
    w("static const char wb_region_codes[WB_REGION_COUNT + 1][3] = {")
    line = '\t""'
    for r in region_ids:
        item = ', "%s"' % r
        if len(line) + len(item) > 76:
            w(line + ",")
            line = "\t" + item[2:]
        else:
            line += item
    w(line)
    w("};")
    w("")
    w("/* Indexed by calling code; unassigned codes are all zero. */")
    w("static const wb_calling_code_info wb_calling_codes[1000] = {")
    for c in codes:
        w("\t[%d] = {%d, %d, %d, %d},\t/* %s */"
          % (c["code"], c["main"], c["min"], c["max"], c["shared"],
             region_ids[c["main"] - 1] if c["main"] else "non-geographic"))
    w("};")
    w("")
    breaks = []
    slices = []
    for s in shared:
        row = []
        for length in range(E164_MAX_DIGITS + 1):
            pts = s["lengths"].get(length, [])
            row.append((len(breaks), len(pts)))
            breaks.extend((length, v, r) for v, r in pts)
        slices.append(row)
    if len(breaks) > 0xFFFF:
        raise SystemExit("too many breakpoints for wb_break_slice's uint16_t")
    w("/*")
    w(" * For each shared calling code and national number length, a run of")
    w(" * wb_region_breaks: the region of a number is that of the last break")
    w(" * whose first number is not greater than it.")
    w(" */")
    w("static const wb_break_slice wb_shared_code_slices[WB_SHARED_CODE_COUNT][WB_MAX_NSN_LENGTH + 1] = {")
    for s, row in zip(shared, slices):
        w("\t/* +%d: %s */" % (s["code"], " ".join(s["regions"])))
        w("\t{" + ", ".join("{%d, %d}" % x for x in row) + "},")
    w("};")
    w("")
    w("static const wb_region_break wb_region_breaks[%d] = {" % len(breaks))
    for length, v, r in breaks:
        w("\t{UINT64_C(%d), %d},\t/* %s, length %d */"
          % (v, r, region_ids[r - 1], length))
    w("};")
    w("")
    w("#endif\t\t\t\t\t\t\t/* WABILL_CALLING_CODES_TABLE_H */")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--xml", required=True)
    ap.add_argument("--source-version", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.xml, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    territories = load_territories(args.xml)
    region_ids, codes, shared = build(territories)
    text = render(region_ids, codes, shared, args.source_version, sha)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    nbreaks = sum(len(p) for s in shared for p in s["lengths"].values())
    print("%s: %d regions, %d calling codes (%d shared), %d breakpoints"
          % (args.out, len(region_ids), len(codes), len(shared), nbreaks),
          file=sys.stderr)


if __name__ == "__main__":
    main()
