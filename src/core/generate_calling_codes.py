#!/usr/bin/env python3
"""Generate src/core/calling_codes_table.h from libphonenumber's metadata.

Usage:
    python3 src/core/generate_calling_codes.py \
        --xml ../shared/data/libphonenumber/PhoneNumberMetadata.xml \
        --source-version v9.0.35 --out src/core/calling_codes_table.h

The lookup in phone_number.c must give, for every international number, what
libphonenumber's Parse("+digits") and GetRegionCodeForNumber give: the
national number and the region, without running a single regular expression
at query time.

Region.  Where a calling code belongs to one region that is trivial.  Where
several regions share a code (+1, +7, +44, ...) libphonenumber picks the
first region, in metadata order with the main country first, that either has
a "leadingDigits" pattern matching the start of the national number or whose
number-type patterns accept the number.

National prefix.  Before that, Parse strips a national (trunk) prefix from
the national number with the main region's nationalPrefixForParsing (Java's
lookingAt, so the first match in backtracking order, not the longest), or
applies its nationalPrefixTransformRule when the pattern's last group took
part.  It does not when the original matches the general pattern and the
result does not (isViableOriginalNumber), nor when testNumberLength on the
result says TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY or INVALID_LENGTH: "+44 0 20
7946 0958" is GB 2079460958, "+44 0 1481 527476" is GG 1481527476.

Every pattern is a regular language over the ten digits and national numbers
have a bounded length, so for each length the answer is a function of the
digits that is constant on long runs of consecutive numbers.  This script
compiles the patterns into DFAs (its own small regex engine: the metadata
uses only digits, classes, groups, alternation and counted repetition) and
walks the digit trie, cutting a branch as soon as the answer is the same for
all its completions: for the national prefix, once the prefix match is
settled (a backtracking matcher that knows only the digits so far, checked
against Python's re, whose order is Java's) and so are the verdicts of the
general pattern's DFA on the original digits and on the rewritten ones.  The
result is, per calling code and length, sorted lists of breakpoints: from
this number on, parse rewrites the national number by W (strip k digits, or
what a transform rule does); and, for shared codes, from this (rewritten)
number on, the region is R.  Runs that decide alike are shared between
lengths and codes.  A code whose national prefix cannot be compiled keeps
its numbers unchanged, and the generated header says so.

Numbers that no region accepts go to the code's main country (billing still
needs a country); non-geographic codes (+800, +808, +870, ...) have none.

Standard library only; a normal build never runs this script.
"""

import argparse
import hashlib
import re
import sys
import xml.etree.ElementTree as ET

import generated_file

DIGITS = "0123456789"

# libphonenumber's number types, in the order getNumberTypeHelper tries them.
# noInternationalDialling is not a type: it never makes a number valid.
NUMBER_TYPES = (
    "premiumRate", "tollFree", "sharedCost", "voip", "personalNumber",
    "pager", "uan", "voicemail", "fixedLine", "mobile",
)

# libphonenumber's Parse reads national numbers of up to 17 digits
# (MAX_LENGTH_FOR_NSN), whatever the calling code: more than E.164's 15
# digits in all, and some valid numbers need them (toll-free numbers of
# Japan, Indonesia, Germany, Nigeria...).
MAX_NSN_DIGITS = 17


# --------------------------------------------------------------------------
# A regular-expression engine for the digit-only dialect of the metadata.
# --------------------------------------------------------------------------

class RegexSyntaxError(Exception):
    pass


class Parser:
    """Recursive-descent parser producing a tiny AST.

    Nodes: ("set", frozenset_of_digits), ("cat", [nodes]), ("alt", [nodes]),
    ("rep", node, min, max_or_None), ("empty",), ("group", number, node) for
    a capturing group and ("eol",) for "$".  With strict=True a quantifier
    may not follow another one: "??", "+?" and the like are lazy or
    possessive in Java, which changes which match lookingAt finds.
    """

    def __init__(self, pattern, strict=False):
        self.p = pattern
        self.i = 0
        self.strict = strict
        self.groups = 0

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
        quantified = False
        while True:
            c = self.peek()
            if quantified and self.strict and c in ("?", "*", "+", "{"):
                raise RegexSyntaxError("lazy, possessive or stacked quantifier in %r"
                                       % self.p)
            quantified = True
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
            number = None
            if self.p.startswith("?:", self.i):
                self.i += 2
            elif self.peek() == "?":
                raise RegexSyntaxError("unsupported group in %r" % self.p)
            else:
                self.groups += 1
                number = self.groups
            node = self.alternation()
            if self.peek() != ")":
                raise RegexSyntaxError("unclosed group in %r" % self.p)
            self.i += 1
            return node if number is None else ("group", number, node)
        if c == "$":
            self.i += 1
            return ("eol",)
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
        if kind == "group":
            return self.build(node[2])
        if kind == "eol":
            raise RegexSyntaxError("\"$\" in a pattern that must be a DFA")
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
        # The general desc's possible lengths, as BuildMetadataFromXml makes
        # them: the union over the number types; local-only lengths that are
        # also national lengths of some type do not count as local-only.
        self.lengths = set()
        local_only = set()
        for kind in NUMBER_TYPES:
            desc = elem.find(kind)
            if desc is None:
                continue
            pl = desc.find("possibleLengths")
            national = parse_lengths(pl.get("national")) if pl is not None else set()
            if pl is not None:
                local_only |= parse_lengths(pl.get("localOnly"))
            self.types[kind] = (clean_pattern(desc.findtext("nationalNumberPattern")), national)
            self.lengths |= national
        self.local_only = local_only - self.lengths
        # nationalPrefixForParsing defaults to nationalPrefix; the transform
        # rule is only read beside an explicit nationalPrefixForParsing.
        explicit = "nationalPrefixForParsing" in elem.attrib
        self.prefix_for_parsing = (clean_pattern(elem.get("nationalPrefixForParsing"))
                                   or elem.get("nationalPrefix") or None)
        self.transform_rule = (elem.get("nationalPrefixTransformRule") or "") if explicit else ""

    def keeps_stripped_length(self, n):
        """Whether parse keeps a national number of n digits that it got by
        stripping: testNumberLength is not TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY
        or INVALID_LENGTH.  Note that TOO_LONG keeps it."""
        if n in self.local_only:
            return False
        return n in self.lengths or n > max(self.lengths)


def load_territories(path):
    root = ET.parse(path).getroot()
    return [Territory(t) for t in root.iter("territory")]


class RegionPredicate:
    """libphonenumber's test of whether a national number belongs to a region
    that shares its calling code (getRegionCodeForNumberFromRegionList)."""

    def __init__(self, territory, dfa_cache):
        self.territory = territory
        if territory.leading_digits:
            self.leading = cached_dfa(dfa_cache, territory.leading_digits, prefix=True)
        else:
            self.leading = None
            self.general = cached_dfa(dfa_cache, territory.general_pattern)
            self.types = [(cached_dfa(dfa_cache, p), lengths)
                          for p, lengths in territory.types.values()]

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


def cached_dfa(cache, pattern, prefix=False):
    key = (pattern, prefix)
    if key not in cache:
        cache[key] = DFA(pattern, prefix)
    return cache[key]


# --------------------------------------------------------------------------
# National prefix stripping
# --------------------------------------------------------------------------

class Unsupported(Exception):
    """The national prefix of a calling code cannot go into the tables."""


class Undetermined(Exception):
    pass


def longest(node):
    """Length of the longest string of the language; None if unbounded."""
    kind = node[0]
    if kind == "set":
        return 1
    if kind in ("empty", "eol"):
        return 0
    if kind == "group":
        return longest(node[2])
    if kind in ("cat", "alt"):
        parts = [longest(child) for child in node[1]]
        if None in parts:
            return None
        return sum(parts) if kind == "cat" else max(parts)
    child = longest(node[1])
    if node[3] is None:
        return 0 if child == 0 else None
    return None if child is None else child * node[3]


def children(node):
    kind = node[0]
    if kind in ("cat", "alt"):
        return node[1]
    if kind == "group":
        return [node[2]]
    if kind == "rep":
        return [node[1]]
    return []


def anchored(node):
    """Whether the pattern has a "$"."""
    return node[0] == "eol" or any(anchored(child) for child in children(node))


class PrefixMatcher:
    """Java's Matcher.lookingAt on a number of which only the first digits
    are known, besides its length.

    Java's regex engine backtracks: the match it reports is the first success
    in a fixed order (alternatives left to right, greedy quantifiers longest
    first), not the longest one.  This matcher follows the same order over
    the syntax tree.  Each digit test is answered from the known digits, or
    from the length alone (past the end; a class of all ten digits), or
    raises Undetermined.  When none raises, every number with those first
    digits and that length has the same match, groups included.
    """

    def __init__(self, pattern):
        parser = Parser(pattern, strict=True)
        self.root = parser.parse()
        self.groups = parser.groups
        self.pattern = pattern
        self.regex = re.compile(pattern, re.ASCII)
        # Without "$", the length only matters up to one past the longest
        # match: the trie walk of every longer length can share the results.
        self.length_horizon = None if anchored(self.root) else longest(self.root)
        self.memo = {}

    def match(self, known, length):
        """None, or (end, {group: (start, end)}) for the groups that took
        part; raises Undetermined."""
        key_length = length
        if self.length_horizon is not None:
            key_length = min(length, self.length_horizon + 1)
        key = (known, key_length)
        if key not in self.memo:
            self.known = known
            self.length = length
            try:
                found = self._m(self.root, 0, (), lambda pos, caps: (pos, caps))
                if found is not None:
                    end, caps = found
                    found = end, {g: (s, e) for g, s, e in caps}
                self.check(known, length, found)
            except Undetermined:
                found = Undetermined
            self.memo[key] = found
        if self.memo[key] is Undetermined:
            raise Undetermined()
        return self.memo[key]

    def _test(self, chars, pos):
        if pos >= self.length:
            return False
        if pos < len(self.known):
            return self.known[pos] in chars
        if len(chars) == len(DIGITS):
            return True
        raise Undetermined()

    def _m(self, node, pos, caps, k):
        """Match node at pos, then the continuation k; the first success."""
        kind = node[0]
        if kind == "set":
            return k(pos + 1, caps) if self._test(node[1], pos) else None
        if kind == "empty":
            return k(pos, caps)
        if kind == "eol":
            return k(pos, caps) if pos == self.length else None
        if kind == "group":
            number = node[1]
            return self._m(node[2], pos, caps,
                           lambda p, c: k(p, c + ((number, pos, p),)))
        if kind == "alt":
            for child in node[1]:
                found = self._m(child, pos, caps, k)
                if found is not None:
                    return found
            return None
        if kind == "cat":
            items = node[1]

            def seq(i, p, c):
                if i == len(items):
                    return k(p, c)
                return self._m(items[i], p, c, lambda p2, c2: seq(i + 1, p2, c2))
            return seq(0, pos, caps)
        if kind == "rep":
            _, child, lo, hi = node

            def loop(count, p, c):
                if hi is None or count < hi:
                    # An empty iteration past the minimum ends the loop, as
                    # in Java; otherwise "(x?)*" would never stop.
                    found = self._m(child, p, c,
                                    lambda p2, c2: loop(count + 1, p2, c2)
                                    if p2 != p or count < lo else None)
                    if found is not None:
                        return found
                return k(p, c) if count >= lo else None
            return loop(0, pos, caps)
        raise AssertionError(kind)

    def check(self, known, length, result):
        """Python's re backtracks in Java's order: a few completions of the
        known digits must get the same match from it."""
        rest = length - len(known)
        for fill in ("0" * rest, "9" * rest, ("31415926535897932384" * 2)[:rest]):
            m = self.regex.match(known + fill)
            got = None if m is None else (
                m.end(), {g: m.span(g) for g in range(1, self.groups + 1)
                          if m.group(g) is not None})
            if got != result:
                raise AssertionError("matcher disagrees with re on %r for %r: %r, %r"
                                     % (known + fill, self.pattern, result, got))


def parse_java_replacement(rule, groups):
    """Matcher.replaceFirst's replacement syntax: [("text", s) | ("group", n)]."""
    items = []
    i = 0
    while i < len(rule):
        c = rule[i]
        if c == "\\":
            if i + 1 >= len(rule):
                raise Unsupported("trailing backslash in transform rule %r" % rule)
            items.append(("text", rule[i + 1]))
            i += 2
        elif c == "$":
            i += 1
            if i >= len(rule) or not rule[i].isdigit():
                raise Unsupported("bad group reference in transform rule %r" % rule)
            ref = int(rule[i])
            if ref > groups:
                raise Unsupported("no group %d for transform rule %r" % (ref, rule))
            i += 1
            # Java reads as many digits as still name an existing group.
            while i < len(rule) and rule[i].isdigit() and ref * 10 + int(rule[i]) <= groups:
                ref = ref * 10 + int(rule[i])
                i += 1
            items.append(("group", ref))
        else:
            items.append(("text", c))
            i += 1
    return items


# The national number is kept as it is.
IDENTITY = ("", 0, 0, 0)

# wb_rewrite's prefix array.
MAX_REWRITE_PREFIX = 4


class Stripper:
    """maybeStripNationalPrefixAndCarrierCode for the main region of a code.

    A national number N of length L becomes prefix + N[a:b] + N[c:], the
    rewrite (prefix, a, b, c): stripping k digits is ("", k, k, k), a
    transform rule may add digits in front ("0549" for San Marino) or drop a
    carrier code in the middle ("9" + area code, without the "15" after it,
    for Argentina).  Canonical forms: no middle cut is (prefix, a, a, a).
    """

    def __init__(self, territory):
        self.territory = territory
        try:
            self.matcher = PrefixMatcher(territory.prefix_for_parsing)
        except RegexSyntaxError as e:
            raise Unsupported(str(e))
        self.transform = None
        if territory.transform_rule:
            self.transform = parse_java_replacement(territory.transform_rule,
                                                    self.matcher.groups)

    def rewrite(self, known, length):
        """The rewrite for numbers of the length starting with the known
        digits, or None if it depends on digits not yet known."""
        try:
            found = self.matcher.match(known, length)
        except Undetermined:
            return None
        if found is None:
            return IDENTITY
        end, spans = found
        # Java looks at group(groupCount()), the whole match when there are
        # no groups, which is never null after lookingAt.
        last = self.matcher.groups
        pieces = []
        if self.transform is not None and (last == 0 or last in spans):
            for kind, value in self.transform:
                if kind == "text":
                    pieces.append(value)
                else:
                    span = (0, end) if value == 0 else spans.get(value)
                    if span is not None:
                        pieces.append(span)
        pieces.append((end, length))
        return canonical_rewrite(pieces, length, self.territory.transform_rule)


def canonical_rewrite(pieces, length, rule):
    prefix = ""
    ranges = []
    for piece in pieces:
        if isinstance(piece, str):
            if ranges:
                raise Unsupported("transform rule %r puts digits after a group" % rule)
            prefix += piece
        elif piece[0] < piece[1]:
            if ranges and ranges[-1][1] == piece[0]:
                ranges[-1] = (ranges[-1][0], piece[1])
            elif ranges and ranges[-1][1] > piece[0]:
                raise Unsupported("transform rule %r reorders digits" % rule)
            else:
                ranges.append(piece)
    if len(ranges) > 2:
        raise Unsupported("transform rule %r cuts the number twice" % rule)
    if len(prefix) > MAX_REWRITE_PREFIX:
        raise Unsupported("transform rule %r adds too many digits" % rule)
    if not ranges:
        return (prefix, length, length, length)
    if len(ranges) == 1:
        a, b = ranges[0]
        return (prefix, a, a, a) if b == length else (prefix, a, b, length)
    (a, b), (c, d) = ranges
    if d != length:
        raise Unsupported("transform rule %r drops the end of the number" % rule)
    return (prefix, a, b, c)


def rewrite_length(rewrite, length):
    prefix, a, b, c = rewrite
    return len(prefix) + (b - a) + (length - c)


def rewrite_feeds(rewrite, pos):
    """Whether the digit at pos of the original is in the rewritten number."""
    _, a, b, c = rewrite
    return a <= pos < b or pos >= c


class Rewritten:
    """The rewritten national number as the trie walk reads the original:
    the DFA states over what of it is known so far."""

    __slots__ = ("rewrite", "length", "states", "fed")

    def __init__(self, rewrite, length, states, fed):
        self.rewrite = rewrite
        self.length = length
        self.states = states
        self.fed = fed

    def remaining(self):
        return self.length - self.fed

    def advanced(self, pos, digit):
        if not rewrite_feeds(self.rewrite, pos):
            return self
        return Rewritten(self.rewrite, self.length,
                         {m: m.step(s, digit) for m, s in self.states.items()},
                         self.fed + 1)


# A node budget per calling code, so that a prefix the walk cannot settle
# early is reported instead of taking forever.
MAX_NODES_PER_CODE = 2000000


class CodeTables:
    """What parse + getRegionCodeForNumber do with the national numbers of
    one calling code: per length, breakpoints carrying (rewrite, region).

    build() asks twice, which keeps both tables small: with the main region
    alone and its Stripper (the national prefix table, read with the digits
    as written), and with every region and no Stripper (the regions table,
    read with the digits parse made).
    """

    def __init__(self, code, members, main_region, min_nsn, max_nsn, stripper, dfa_cache):
        self.code = code
        self.main = members[0]
        self.main_region = main_region
        self.min_nsn = min_nsn
        self.max_nsn = max_nsn
        self.stripper = stripper
        self.predicates = ([RegionPredicate(t, dfa_cache) for t in members]
                           if len(members) > 1 else [])
        self.machines = []
        for p in self.predicates:
            for m in p.machines():
                if m not in self.machines:
                    self.machines.append(m)
        self.general = None
        if stripper is not None:
            self.general = cached_dfa(dfa_cache, self.main.general_pattern)
            if self.general not in self.machines:
                self.machines.append(self.general)
        self.nodes = 0

    def breakpoints(self, length):
        """Sorted [(first national number, (rewrite, region))] covering every
        national number of the length."""
        out = []

        def emit(value, answer):
            if not out or out[-1][1] != answer:
                out.append((value, answer))

        def walk(known, states, strip):
            self.nodes += 1
            if self.nodes > MAX_NODES_PER_CODE and self.stripper is not None:
                raise Unsupported("more than %d trie nodes" % MAX_NODES_PER_CODE)
            depth = len(known)
            if strip is None:
                rewrite = self.stripper.rewrite(known, length)
                if rewrite is not None:
                    strip = self.open(rewrite, known, length)
            answer = None
            if strip is not None:
                answer = self.answer(length, depth, states, strip)
            if answer is not None:
                emit(int(known or "0") * 10 ** (length - depth), answer)
                return
            if depth == length:
                raise AssertionError("+%d: %s undecided" % (self.code, known))
            for d in DIGITS:
                walk(known + d, {m: m.step(s, d) for m, s in states.items()},
                     strip.advanced(depth, d) if isinstance(strip, Rewritten) else strip)

        walk("", {m: m.start for m in self.machines},
             IDENTITY if self.stripper is None else None)
        return out

    def open(self, rewrite, known, length):
        """The rewritten number, or IDENTITY when parse cannot keep it."""
        if rewrite == IDENTITY:
            return IDENTITY
        new_length = rewrite_length(rewrite, length)
        if not self.main.keeps_stripped_length(new_length):
            return IDENTITY
        if new_length > self.max_nsn:
            raise Unsupported("a rewritten number has more than %d digits" % MAX_NSN_DIGITS)
        states = {}
        for m in self.machines:
            s = m.start
            for d in rewrite[0]:
                s = m.step(s, d)
            states[m] = s
        strip = Rewritten(rewrite, new_length, states, len(rewrite[0]))
        for pos, d in enumerate(known):
            strip = strip.advanced(pos, d)
        return strip

    def answer(self, length, depth, states, strip):
        remaining = length - depth
        rewrite = IDENTITY
        if isinstance(strip, Rewritten):
            # isViableOriginalNumber: an original that matches the general
            # pattern may only lose its prefix if the result matches too.
            original = self.general.verdict(states[self.general], remaining)
            stripped = self.general.verdict(strip.states[self.general], strip.remaining())
            if original == DFA.NONE or stripped == DFA.ALL:
                rewrite = strip.rewrite
                length, states, remaining = strip.length, strip.states, strip.remaining()
            elif original != DFA.ALL or stripped != DFA.NONE:
                return None
        if length < self.min_nsn:
            # parse fails, whatever the region (a kept rewrite never is so short)
            assert rewrite == IDENTITY
            return (IDENTITY, self.main_region)
        for p in self.predicates:
            v = p.verdict(states, length, remaining)
            if v == DFA.NONE:
                continue
            if v == DFA.MIXED:
                return None
            return (rewrite, p.territory.id)
        return (rewrite, self.main_region)


def first_digits(breaks, length, wanted):
    """Bit d set when some national number of the length starting with d has
    an answer for which wanted(answer) holds."""
    mask = 0
    scale = 10 ** (length - 1)
    limit = 10 ** length
    for i, (value, answer) in enumerate(breaks):
        end = breaks[i + 1][0] if i + 1 < len(breaks) else limit
        if wanted(answer):
            for d in range(value // scale, (end - 1) // scale + 1):
                mask |= 1 << d
    return mask


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def build(territories):
    by_code = {}
    for t in territories:
        by_code.setdefault(t.calling_code, []).append(t)

    region_ids = sorted({t.id for t in territories if t.id != "001"})
    region_index = {r: i + 1 for i, r in enumerate(region_ids)}  # 0 = none
    region_index["001"] = 0
    if len(region_ids) > 255:
        raise SystemExit("more regions than a breakpoint's 8 bits hold")

    codes = []
    tables = []
    rewrites = [IDENTITY]
    unsupported = []
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
        # +52): only libphonenumber's 17 digits bound it.
        max_nsn = MAX_NSN_DIGITS
        min_nsn = min(lengths)
        if min_nsn < 2:
            raise SystemExit("calling code %d has numbers shorter than libphonenumber's"
                             " minimum" % code)
        main = members[0].id
        if len(members) > 1 and main == "001":
            raise SystemExit("non-geographic code %d shared" % code)
        entry = {"code": code, "main": region_index[main], "min": min_nsn,
                 "max": max_nsn, "strip_digits": 0, "strip_table": 0, "region_table": 0}
        codes.append(entry)

        def add_table(kind, what, per_length):
            """Appends a table; returns 1 + its index."""
            slices = {}
            for n, breaks in per_length.items():
                # Also what numbers too short for the code get.
                if breaks == [(0, (IDENTITY, main))]:
                    continue
                row = []
                for value, (rewrite, region) in breaks:
                    if rewrite not in rewrites:
                        rewrites.append(rewrite)
                    # 0 is the code's main region, so that codes share slices.
                    row.append((value, 0 if region == main else region_index[region],
                                rewrites.index(rewrite)))
                slices[n] = row
            tables.append({"code": code, "kind": kind, "what": what, "lengths": slices})
            return len(tables)

        # Parse: what the main region's national prefix does to the digits.
        stripper = None
        if main != "001" and members[0].prefix_for_parsing:
            try:
                stripper = Stripper(members[0])
                walker = CodeTables(code, members[:1], main, min_nsn, max_nsn,
                                    stripper, dfa_cache)
                # libphonenumber strips from national numbers of 2 digits on;
                # a rewrite that lengthens one can make it long enough.
                per_length = {n: walker.breakpoints(n) for n in range(2, max_nsn + 1)}
            except Unsupported as e:
                unsupported.append((code, main, str(e)))
                stripper = None
        if stripper is not None:
            for n, breaks in per_length.items():
                entry["strip_digits"] |= first_digits(breaks, n,
                                                      lambda answer: answer[0] != IDENTITY)
            if entry["strip_digits"]:
                prefix = members[0].prefix_for_parsing
                if len(prefix) > 64:
                    prefix = "%s... (%d characters)" % (prefix[:40], len(prefix))
                entry["strip_table"] = add_table("prefix", prefix, per_length)

        # GetRegionCodeForNumber, on the digits that parse gives.
        if len(members) > 1:
            walker = CodeTables(code, members, main, min_nsn, max_nsn, None, dfa_cache)
            per_length = {n: walker.breakpoints(n) for n in range(min_nsn, max_nsn + 1)}
            entry["region_table"] = add_table(
                "regions", " ".join(t.id for t in members), per_length)
    if len(rewrites) > 256:
        raise SystemExit("more rewrites than a breakpoint's 8 bits hold")
    slices = share_slices(tables)
    return region_ids, codes, tables, rewrites, slices, unsupported


def share_slices(tables):
    """The distinct runs of breakpoints, each cut to the digits it looks at.

    A run for national numbers of length n whose breakpoints are all
    multiples of 10^(n - depth) only needs the first depth digits: the
    lookup reads no more, and lengths and codes that decide alike (strip a
    leading 0, say) share one run.  Index 0 is the empty run.  Sets each
    table's "slices", the run index per length.
    """
    slices = [{"depth": 0, "breaks": (), "users": []}]
    index = {}
    for t in tables:
        t["slices"] = [0] * (MAX_NSN_DIGITS + 1)
        for n, row in sorted(t["lengths"].items()):
            depth = n
            while depth > 0 and all(v % 10 ** (n - depth + 1) == 0 for v, _, _ in row):
                depth -= 1
            key = (depth, tuple((v // 10 ** (n - depth), r, x) for v, r, x in row))
            if key not in index:
                index[key] = len(slices)
                slices.append({"depth": depth, "breaks": key[1], "users": []})
            slices[index[key]]["users"].append((t["code"], t["kind"], n))
            t["slices"][n] = index[key]
    if len(slices) > 256:
        raise SystemExit("more runs of breakpoints than wb_code_slices' uint8_t holds")
    return slices


def c_comment(text):
    return text.replace("*/", "*\\/")


def wrap_comment(text, indent_tabs, width):
    """A comment's text, its lines at most width characters."""
    text = c_comment(text)
    lines = [""]
    for word in text.split(" "):
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append("")
        lines[-1] += (" " if lines[-1] else "") + word
    return ("\n" + "\t" * indent_tabs + " * ").join(lines)


def describe_users(users, most=4):
    """[(code, kind, length)] -> "+20 prefix 9-13; +27 prefix 6-13; ..." """
    if not users:
        return "none: the main region, unchanged"
    groups = []
    for code, kind, n in users:
        if groups and groups[-1][:2] == (code, kind):
            groups[-1][2].append(n)
        else:
            groups.append((code, kind, [n]))
    out = []
    for code, kind, lengths in groups[:most]:
        runs = []
        for n in lengths:
            if runs and runs[-1][1] == n - 1:
                runs[-1][1] = n
            else:
                runs.append([n, n])
        out.append("+%d %s %s" % (code, kind, ",".join(
            "%d" % a if a == b else "%d-%d" % (a, b) for a, b in runs)))
    if len(groups) > most:
        out.append("and %d more" % (len(groups) - most))
    return "; ".join(out)


def describe_rewrite(rewrite):
    prefix, a, b, c = rewrite
    if rewrite == IDENTITY:
        return "unchanged"
    if not prefix and a == b == c:
        return "strip %d" % a
    if a == b == c:
        return '"%s" + [%d, end)' % (prefix, a)
    return '"%s" + [%d, %d) + [%d, end)' % (prefix, a, b, c)


def render(region_ids, codes, tables, rewrites, slices, unsupported, source_version,
           xml_sha256):
    out = generated_file.banner(
        "calling_codes_table.h",
        ["Calling codes, their regions and national prefixes, from",
         "libphonenumber's metadata."],
        "phone-data", "src/core/generate_calling_codes.py")
    w = out.append
    w(" * Source: libphonenumber %s, resources/PhoneNumberMetadata.xml" % source_version)
    w(" * (Apache License 2.0; see NOTICE), SHA-256 %s." % xml_sha256)
    w(" *")
    if unsupported:
        w(" * Calling codes whose national prefix for parsing is NOT reproduced (their")
        w(" * numbers are read without stripping it):")
        for code, region, reason in unsupported:
            w(" *\t+%d (%s): %s" % (code, region, c_comment(reason)))
    else:
        w(" * Every calling code's national prefix for parsing is reproduced.")
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
    w("#define WB_CODE_TABLE_COUNT %d" % len(tables))
    w("#define WB_REWRITE_COUNT %d" % len(rewrites))
    w("#define WB_MAX_NSN_LENGTH %d" % MAX_NSN_DIGITS)
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
    w("/*")
    w(" * Indexed by calling code; unassigned codes are all zero.  Fields: main")
    w(" * region, shortest and longest national number, first digits of the")
    w(" * national prefix, its table, the regions' table.")
    w(" */")
    w("static const wb_calling_code_info wb_calling_codes[1000] = {")
    for c in codes:
        w("\t[%d] = {%d, %d, %d, 0x%03X, %d, %d},\t/* %s */"
          % (c["code"], c["main"], c["min"], c["max"],
             c["strip_digits"], c["strip_table"], c["region_table"],
             region_ids[c["main"] - 1] if c["main"] else "non-geographic"))
    w("};")
    w("")
    w("/* National number := prefix + nsn[keep_from:keep_to] + nsn[resume_at:] */")
    w("static const wb_rewrite wb_rewrites[WB_REWRITE_COUNT] = {")
    for i, (prefix, a, b, c) in enumerate(rewrites):
        chars = "{" + ", ".join("'%s'" % ch for ch in prefix) + "}" if prefix else "{0}"
        w("\t{%s, %d, %d, %d, %d},\t/* %d: %s */"
          % (chars, len(prefix), a, b, c, i, describe_rewrite((prefix, a, b, c))))
    w("};")
    w("")
    w("/*")
    w(" * Runs of wb_breaks.  A national number reads as its first \"depth\"")
    w(" * digits and gets the region (0: the code's main one) and rewrite of the")
    w(" * run's last breakpoint that is not greater.  Users: +code, table, lengths.")
    w(" */")
    w("static const wb_break_slice wb_slices[%d] = {" % len(slices))
    first = 0
    for i, s in enumerate(slices):
        w("\t/* %s */" % wrap_comment("%d: %s" % (i, describe_users(s["users"])), 1, 72))
        w("\t{%d, %d, %d}," % (first if s["breaks"] else 0, len(s["breaks"]), s["depth"]))
        first += len(s["breaks"])
    if first > 0xFFFF:
        raise SystemExit("too many breakpoints for wb_break_slice's uint16_t")
    w("};")
    w("")
    w("/*")
    w(" * The tables of wb_calling_codes: per national number length, a run of")
    w(" * wb_slices.  A national prefix table is read with the digits as")
    w(" * written, a regions table with what parse made of them.")
    w(" */")
    w("static const uint8_t wb_code_slices[WB_CODE_TABLE_COUNT][WB_MAX_NSN_LENGTH + 1] = {")
    for t in tables:
        w("\t/* %s */" % wrap_comment("+%d %s: %s" % (t["code"], t["kind"], t["what"]), 1, 72))
        w("\t{" + ", ".join("%d" % x for x in t["slices"]) + "},")
    w("};")
    w("")
    w("static const uint64_t wb_breaks[%d] = {" % first)
    for i, s in enumerate(slices[1:], 1):
        w("\t/* %d */" % i)
        for v, r, x in s["breaks"]:
            if v >= 1 << 48:
                raise SystemExit("breakpoint %d does not fit in 48 bits" % v)
            note = [region_ids[r - 1] if r else "main"]
            if x:
                note.append(describe_rewrite(rewrites[x]))
            w("\tWB_BREAK(UINT64_C(%d), %d, %d),\t/* %s */" % (v, r, x, ", ".join(note)))
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
    region_ids, codes, tables, rewrites, slices, unsupported = build(territories)
    text = render(region_ids, codes, tables, rewrites, slices, unsupported,
                  args.source_version, sha)
    generated_file.write_atomically(args.out, text)
    nbreaks = sum(len(s["breaks"]) for s in slices)
    print("%s: %d regions, %d calling codes (%d with a table), %d rewrites,"
          " %d runs of %d breakpoints"
          % (args.out, len(region_ids), len(codes), len(tables), len(rewrites),
             len(slices) - 1, nbreaks), file=sys.stderr)
    for code, region, reason in unsupported:
        print("  national prefix of +%d (%s) not reproduced: %s" % (code, region, reason),
              file=sys.stderr)


if __name__ == "__main__":
    main()
