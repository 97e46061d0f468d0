#!/usr/bin/env python3
"""Independent oracle for wabill's destination-region lookup.

This is a faithful, standard-library-only Python port of the parts of Google's
libphonenumber (Java reference implementation, PhoneNumberUtil and the metadata
build step BuildMetadataFromXml) that decide which region a number of the form
"+<cc><nsn>" belongs to, i.e. what

    PhoneNumberUtil.parse("+" + digits, "ZZ")  followed by
    PhoneNumberUtil.getRegionCodeForNumber(...)

returns.  All regular expressions are read straight from PhoneNumberMetadata.xml
(libphonenumber release v9.0.35 for wabill); nothing is hand-written.

Ported semantics (names are the Java ones):

  metadata build (BuildMetadataFromXml)
    * buildCountryCodeToRegionCodeMap: regions of a calling code in XML order,
      the territory with mainCountryForCode="true" inserted at the front.
      Territories with id "001" are non-geographic entities (region "001").
    * validateRE(..., removeWhitespace=true) for nationalNumberPattern and
      nationalPrefixForParsing; territory attribute leadingDigits and
      nationalPrefixTransformRule are used verbatim (validateRE without
      whitespace removal).
    * nationalPrefixForParsing defaults to nationalPrefix.
    * processPhoneNumberDescElement: a missing type element gets pattern "NA"
      and possible length -1 (never matches); a type whose possible lengths
      equal the general desc's gets an empty list (= no length check).
    * setPossibleLengthsGeneralDesc: union of the possibleLengths of all desc
      elements except noInternationalDialling; local-only lengths that are also
      national lengths are dropped.
    * sameMobileAndFixedLinePattern = (mobile pattern == fixedLine pattern).

  runtime (PhoneNumberUtil)
    * parseHelper for "+<digits>" with default region "ZZ": isViablePhoneNumber,
      maybeExtractCountryCode/extractCountryCode (1..3 digits, first known
      code, no leading 0), TOO_SHORT_AFTER_IDD, the retry without plus sign,
      maybeStripNationalPrefixAndCarrierCode with the metadata of the MAIN
      region of the calling code (getRegionCodeForCountryCode), the
      testNumberLength check deciding whether the stripped number is kept
      (kept unless TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY or INVALID_LENGTH),
      MIN_LENGTH_FOR_NSN = 2, MAX_LENGTH_FOR_NSN = 17, italian leading zeros
      (the national number survives the round trip through a long unchanged).
    * isNumberMatchingDesc, getNumberTypeHelper, isValidNumberForRegion,
      isValidNumber, getRegionCodeForNumber,
      getRegionCodeForNumberFromRegionList (leadingDigits lookingAt, else
      getNumberTypeHelper != UNKNOWN).

Fixture (test/data/phone_regions.tsv), tab separated, header line, columns:
  number  calling code + national significant number, digits only, no '+'
  source  where the number comes from:
            example:<TERRITORY>:<type>   an exampleNumber of the XML
            random:<TERRITORY>:<type>    random number fully matching that
                                         type's nationalNumberPattern, with a
                                         length from its possibleLengths, kept
                                         only if valid per this port
            random-any:<cc>              shared calling codes only: random
                                         numbers of the code's lengths, not
                                         necessarily valid (fallback paths)
            np-prefixed:<cc>             shared calling codes only: the main
                                         region's national prefix followed by
                                         a number matching some type pattern
                                         (national prefix stripping paths)
          <type> is a number type, or noInternationalDialling.  <TERRITORY> is
          where the number was generated from; it is not always the region
          libphonenumber returns (e.g. every +212 number resolves to MA).
  region  getRegionCodeForNumber per this port: two-letter region, "001" for
          non-geographic entities, empty if none or if the number does not
          parse.
Only national numbers of at most 17 digits are included, as written (a
national prefix counts): libphonenumber's MAX_LENGTH_FOR_NSN, which wabill
takes as its limit too, so that valid numbers longer than E.164's 15 digits in
all (toll-free numbers of JP, ID, DE, NG...) are in.

Command line:

  python3 test/oracle/libphonenumber_region.py --xml PATH --out test/data/phone_regions.tsv
      writes the deterministic fixture (fixed seeds; same XML -> byte-identical
      output) and prints a summary to stderr.

  python3 test/oracle/libphonenumber_region.py --xml PATH --lookup 16502530000 ...
      (or numbers on stdin with "--lookup -") prints, per number:
      number, region ('' if none), valid (0/1), national number after parsing
      (or the parse error).
"""

import argparse
import random
import re
import sys
import xml.etree.ElementTree as ET

MIN_LENGTH_FOR_NSN = 2
MAX_LENGTH_FOR_NSN = 17
MAX_LENGTH_COUNTRY_CODE = 3
REGION_CODE_FOR_NON_GEO_ENTITY = "001"

# The fixture's national numbers, as written, have at most
# MAX_LENGTH_FOR_NSN digits: wabill's limit (see the docstring).

# The number types, in the order getNumberTypeHelper tests them (after the
# general desc).  noInternationalDialling is a desc but not a number type.
TYPE_ORDER = ["premiumRate", "tollFree", "sharedCost", "voip", "personalNumber",
              "pager", "uan", "voicemail", "fixedLine", "mobile"]
# Order in which processPhoneNumberDescElement is called (irrelevant for the
# result; used for the fixture's deterministic iteration order).
DESC_TAGS = ["fixedLine", "mobile", "sharedCost", "voip", "personalNumber",
             "pager", "uan", "voicemail", "noInternationalDialling",
             "tollFree", "premiumRate"]

UNKNOWN = "UNKNOWN"
FIXED_LINE_OR_MOBILE = "FIXED_LINE_OR_MOBILE"

# ValidationResult
IS_POSSIBLE = "IS_POSSIBLE"
IS_POSSIBLE_LOCAL_ONLY = "IS_POSSIBLE_LOCAL_ONLY"
TOO_SHORT = "TOO_SHORT"
INVALID_LENGTH = "INVALID_LENGTH"
TOO_LONG = "TOO_LONG"

# Same character classes as the Java VALID_PHONE_NUMBER pattern restricted to
# what can occur in our input ("+" followed by ASCII digits): either exactly
# MIN_LENGTH_FOR_NSN digits, or plus signs then at least three digits.
_VALID_PHONE_NUMBER_ASCII = re.compile(
    r"\d{%d}|\+*(?:\d){3,}\d*" % MIN_LENGTH_FOR_NSN, re.ASCII)


class NumberParseException(Exception):
    def __init__(self, error_type, message=""):
        super().__init__(error_type + (": " + message if message else ""))
        self.error_type = error_type


def _compile(regex):
    # Java compiles the metadata regexes without flags; ASCII keeps \d to
    # [0-9] as in Java.
    return re.compile(regex, re.ASCII)


def _remove_whitespace(regex):
    # Java: regex.replaceAll("\\s", "")
    return re.sub(r"[ \t\n\x0b\f\r]", "", regex)


def _validate_re(regex, remove_whitespace=False):
    compressed = _remove_whitespace(regex) if remove_whitespace else regex
    _compile(compressed)
    if "|)" in compressed:
        raise ValueError("| followed by ) in regex %r" % regex)
    return compressed


def _parse_possible_length_string(s):
    """BuildMetadataFromXml.parsePossibleLengthStringToSet."""
    if not s:
        raise ValueError("Empty possibleLength string found.")
    out = set()
    for part in s.split(","):
        if not part:
            raise ValueError("bad possible length string %r" % s)
        if part[0] == "[":
            if part[-1] != "]":
                raise ValueError("bad possible length range %r" % s)
            lo, hi = part[1:-1].split("-")
            lo, hi = int(lo), int(hi)
            if hi - lo < 2:
                raise ValueError("bad possible length range %r" % s)
            for n in range(lo, hi + 1):
                if n in out:
                    raise ValueError("duplicate length in %r" % s)
                out.add(n)
        else:
            n = int(part)
            if n in out:
                raise ValueError("duplicate length in %r" % s)
            out.add(n)
    return out


def _populate_possible_length_sets(elements, lengths, local_only):
    """BuildMetadataFromXml.populatePossibleLengthSets over the given
    possibleLengths elements."""
    for pl in elements:
        this = _parse_possible_length_string(pl.get("national"))
        if pl.get("localOnly") is not None:
            lo = _parse_possible_length_string(pl.get("localOnly"))
            if this & lo:
                raise ValueError("length both national and local-only: %r" % (this & lo))
            local_only |= lo
        lengths |= this


class Desc:
    """PhoneNumberDesc as produced by the metadata build."""

    def __init__(self):
        self.pattern = None          # string; None = unset (proto default "")
        self.regex = None
        self.possible_lengths = []   # sorted list; [] = inherit general desc
        self.local_only = []         # sorted list
        self.example = None
        self.present = False         # the XML element exists
        self.xml_lengths = []        # national lengths written in the XML element

    def set_pattern(self, pattern):
        self.pattern = pattern
        self.regex = _compile(pattern) if pattern is not None else None


class Metadata:
    def __init__(self):
        self.id = ""
        self.country_code = 0
        self.leading_digits = None
        self.leading_digits_re = None
        self.national_prefix = ""
        self.national_prefix_for_parsing = ""
        self.national_prefix_for_parsing_re = None
        self.national_prefix_transform_rule = ""
        self.main_country_for_code = False
        self.general = None
        self.descs = {}
        self.same_mobile_and_fixed_line_pattern = False


def _set_possible_lengths(lengths, local_only, parent, desc):
    """BuildMetadataFromXml.setPossibleLengths."""
    desc.possible_lengths = []
    desc.local_only = []
    if parent is None or sorted(lengths) != parent.possible_lengths:
        for n in sorted(lengths):
            if parent is None or n in parent.possible_lengths:
                desc.possible_lengths.append(n)
            else:
                raise ValueError("Out-of-range possible length %d" % n)
    for n in sorted(local_only):
        if n not in lengths:
            if (parent is None or n in parent.local_only
                    or n in parent.possible_lengths):
                desc.local_only.append(n)
            else:
                raise ValueError("Out-of-range local-only length %d" % n)


def _process_desc(parent, territory, tag):
    """BuildMetadataFromXml.processPhoneNumberDescElement."""
    found = list(territory.iter(tag))
    desc = Desc()
    if not found:
        desc.set_pattern("NA")
        desc.possible_lengths = [-1]
        return desc
    if len(found) > 1:
        raise ValueError("Multiple elements with type %s found." % tag)
    el = found[0]
    desc.present = True
    if parent is not None:
        lengths, local_only = set(), set()
        _populate_possible_length_sets(el.iter("possibleLengths"), lengths, local_only)
        desc.xml_lengths = sorted(lengths)
        _set_possible_lengths(lengths, local_only, parent, desc)
    nnp = list(el.iter("nationalNumberPattern"))
    if nnp:
        desc.set_pattern(_validate_re(nnp[0].text or "", True))
    ex = list(el.iter("exampleNumber"))
    if ex:
        desc.example = ex[0].text
    return desc


def _general_desc_lengths(territory, general):
    """BuildMetadataFromXml.setPossibleLengthsGeneralDesc (regular metadata)."""
    lengths, local_only = set(), set()
    gd = list(territory.iter("generalDesc"))
    if gd:
        _populate_possible_length_sets(gd[0].iter("possibleLengths"), lengths, local_only)
        if lengths or local_only:
            raise ValueError("possible lengths at general desc level")
    # All desc elements except noInternationalDialling (a direct child of the
    # territory element, removed from a copy in the Java code).
    skip = set()
    for child in territory:
        if child.tag == "noInternationalDialling":
            skip.add(id(child))
            break
    elements = []
    for child in territory:
        if id(child) in skip:
            continue
        elements.extend(child.iter("possibleLengths"))
    _populate_possible_length_sets(elements, lengths, local_only)
    _set_possible_lengths(lengths, local_only, None, general)


def _load_territory(territory):
    """BuildMetadataFromXml.loadCountryMetadata (parts relevant here)."""
    m = Metadata()
    a = territory.attrib
    m.id = a.get("id", "")
    if "countryCode" in a:
        m.country_code = int(a["countryCode"])
    if "leadingDigits" in a:
        m.leading_digits = _validate_re(a["leadingDigits"])
        m.leading_digits_re = _compile(m.leading_digits)
    national_prefix = a.get("nationalPrefix", "")
    if "nationalPrefixForParsing" in a:
        m.national_prefix_for_parsing = _validate_re(a["nationalPrefixForParsing"], True)
        if "nationalPrefixTransformRule" in a:
            m.national_prefix_transform_rule = _validate_re(a["nationalPrefixTransformRule"])
    if national_prefix:
        m.national_prefix = national_prefix
        if not m.national_prefix_for_parsing:
            m.national_prefix_for_parsing = national_prefix
    if m.national_prefix_for_parsing:
        m.national_prefix_for_parsing_re = _compile(m.national_prefix_for_parsing)
    if "mainCountryForCode" in a:
        m.main_country_for_code = True

    general = _process_desc(None, territory, "generalDesc")
    _general_desc_lengths(territory, general)
    m.general = general
    for tag in DESC_TAGS:
        m.descs[tag] = _process_desc(general, territory, tag)
    m.same_mobile_and_fixed_line_pattern = (
        m.descs["mobile"].pattern == m.descs["fixedLine"].pattern)
    return m


def _java_replace_first(match, replacement):
    """Matcher.replaceFirst(replacement) where `match` is the first match
    (at position 0, since lookingAt succeeded there): Java's replacement
    syntax ($n with greedy multi-digit group numbers, backslash escapes)."""
    string = match.string
    ngroups = match.re.groups
    out = []
    i = 0
    while i < len(replacement):
        c = replacement[i]
        if c == "\\":
            i += 1
            out.append(replacement[i])
            i += 1
        elif c == "$":
            i += 1
            if i >= len(replacement) or not replacement[i].isdigit():
                raise ValueError("Illegal group reference in %r" % replacement)
            ref = int(replacement[i])
            if ref > ngroups:
                raise IndexError("No group %d" % ref)
            i += 1
            while i < len(replacement) and replacement[i].isdigit():
                new_ref = ref * 10 + int(replacement[i])
                if new_ref > ngroups:
                    break
                ref = new_ref
                i += 1
            g = match.group(ref)
            if g is not None:
                out.append(g)
        else:
            out.append(c)
            i += 1
    return string[:match.start()] + "".join(out) + string[match.end():]


class PhoneNumberUtil:
    def __init__(self, xml_path):
        root = ET.parse(xml_path).getroot()
        self.territories = []          # Metadata in XML order
        self.region_metadata = {}      # geographic region id -> Metadata
        self.non_geo_metadata = {}     # calling code -> Metadata (id "001")
        self.cc_to_regions = {}        # buildCountryCodeToRegionCodeMap
        for terr in root.iter("territory"):
            m = _load_territory(terr)
            self.territories.append(m)
            if m.id == REGION_CODE_FOR_NON_GEO_ENTITY:
                self.non_geo_metadata[m.country_code] = m
            else:
                if m.id in self.region_metadata:
                    raise ValueError("duplicate region %s" % m.id)
                self.region_metadata[m.id] = m
            regions = self.cc_to_regions.get(m.country_code)
            if regions is not None:
                if m.main_country_for_code:
                    regions.insert(0, m.id)
                else:
                    regions.append(m.id)
            else:
                self.cc_to_regions[m.country_code] = [m.id] if m.id else []
        self.supported_regions = set()
        for cc, regions in self.cc_to_regions.items():
            if not (len(regions) == 1 and regions[0] == REGION_CODE_FOR_NON_GEO_ENTITY):
                self.supported_regions.update(regions)
        self.supported_regions.discard(REGION_CODE_FOR_NON_GEO_ENTITY)

    # ----------------------------------------------------------- metadata
    def get_metadata_for_region(self, region):
        if region is None or region not in self.supported_regions:
            return None
        return self.region_metadata[region]

    def get_metadata_for_non_geographical_region(self, cc):
        if cc not in self.cc_to_regions:
            return None
        return self.non_geo_metadata.get(cc)

    def get_metadata_for_region_or_calling_code(self, cc, region):
        if region == REGION_CODE_FOR_NON_GEO_ENTITY:
            return self.get_metadata_for_non_geographical_region(cc)
        return self.get_metadata_for_region(region)

    def get_region_code_for_country_code(self, cc):
        regions = self.cc_to_regions.get(cc)
        return "ZZ" if regions is None else regions[0]

    # --------------------------------------------------------- validation
    @staticmethod
    def is_number_matching_desc(national_number, desc):
        if desc.possible_lengths and len(national_number) not in desc.possible_lengths:
            return False
        pattern = desc.regex if desc.regex is not None else _compile("")
        return pattern.fullmatch(national_number) is not None

    def get_number_type_helper(self, national_number, m):
        match = self.is_number_matching_desc
        if not match(national_number, m.general):
            return UNKNOWN
        for tag, name in (("premiumRate", "PREMIUM_RATE"), ("tollFree", "TOLL_FREE"),
                          ("sharedCost", "SHARED_COST"), ("voip", "VOIP"),
                          ("personalNumber", "PERSONAL_NUMBER"), ("pager", "PAGER"),
                          ("uan", "UAN"), ("voicemail", "VOICEMAIL")):
            if match(national_number, m.descs[tag]):
                return name
        if match(national_number, m.descs["fixedLine"]):
            if m.same_mobile_and_fixed_line_pattern:
                return FIXED_LINE_OR_MOBILE
            if match(national_number, m.descs["mobile"]):
                return FIXED_LINE_OR_MOBILE
            return "FIXED_LINE"
        if (not m.same_mobile_and_fixed_line_pattern
                and match(national_number, m.descs["mobile"])):
            return "MOBILE"
        return UNKNOWN

    @staticmethod
    def test_number_length(number, m):
        """testNumberLength(number, metadata) (type UNKNOWN -> general desc)."""
        desc = m.general
        possible = desc.possible_lengths  # general desc: never empty in practice
        local = desc.local_only
        if not possible:
            raise IndexError("empty possible lengths for %s" % m.id)
        if possible[0] == -1:
            return INVALID_LENGTH
        n = len(number)
        if n in local:
            return IS_POSSIBLE_LOCAL_ONLY
        if possible[0] == n:
            return IS_POSSIBLE
        if possible[0] > n:
            return TOO_SHORT
        if possible[-1] < n:
            return TOO_LONG
        return IS_POSSIBLE if n in possible[1:] else INVALID_LENGTH

    def is_valid_number_for_region(self, number, region):
        cc, nsn = number
        m = self.get_metadata_for_region_or_calling_code(cc, region)
        if m is None or (region != REGION_CODE_FOR_NON_GEO_ENTITY
                         and cc != m.country_code):
            return False
        return self.get_number_type_helper(nsn, m) != UNKNOWN

    def is_valid_number(self, number):
        return self.is_valid_number_for_region(number, self.get_region_code_for_number(number))

    def get_number_type(self, number):
        cc, nsn = number
        m = self.get_metadata_for_region_or_calling_code(cc, self.get_region_code_for_number(number))
        if m is None:
            return UNKNOWN
        return self.get_number_type_helper(nsn, m)

    def get_region_code_for_number(self, number):
        cc, nsn = number
        regions = self.cc_to_regions.get(cc)
        if regions is None:
            return None
        if len(regions) == 1:
            return regions[0]
        for region in regions:
            m = self.get_metadata_for_region(region)
            if m.leading_digits is not None:
                if m.leading_digits_re.match(nsn):  # lookingAt
                    return region
            elif self.get_number_type_helper(nsn, m) != UNKNOWN:
                return region
        return None

    # ------------------------------------------------------------ parsing
    def maybe_strip_national_prefix_and_carrier_code(self, number, m):
        """Returns (stripped_or_transformed_number, changed)."""
        possible = m.national_prefix_for_parsing
        if len(number) == 0 or len(possible) == 0:
            return number, False
        pm = m.national_prefix_for_parsing_re.match(number)  # lookingAt
        if not pm:
            return number, False
        rule = m.general.regex
        viable_original = rule.fullmatch(number) is not None
        num_groups = pm.re.groups
        transform = m.national_prefix_transform_rule
        # Java: prefixMatcher.group(numOfGroups); with numOfGroups == 0 this
        # is the whole match, which is never null after a successful lookingAt.
        last_group_null = pm.group(num_groups) is None
        if not transform or last_group_null:
            if viable_original and rule.fullmatch(number[pm.end():]) is None:
                return number, False
            return number[pm.end():], True
        transformed = _java_replace_first(pm, transform)
        if viable_original and rule.fullmatch(transformed) is None:
            return number, False
        return transformed, True

    def extract_country_code(self, full_number):
        if not full_number or full_number[0] == "0":
            return 0, None
        for i in range(1, min(MAX_LENGTH_COUNTRY_CODE, len(full_number)) + 1):
            cc = int(full_number[:i])
            if cc in self.cc_to_regions:
                return cc, full_number[i:]
        return 0, None

    def _maybe_extract_country_code(self, number):
        """maybeExtractCountryCode with defaultRegionMetadata == null."""
        if len(number) == 0:
            return 0, None
        if number.startswith("+"):
            full = number.lstrip("+")  # PLUS_CHARS_PATTERN lookingAt + delete
            if len(full) <= MIN_LENGTH_FOR_NSN:
                raise NumberParseException("TOO_SHORT_AFTER_IDD")
            cc, nsn = self.extract_country_code(full)
            if cc != 0:
                return cc, nsn
            raise NumberParseException("INVALID_COUNTRY_CODE")
        # FROM_DEFAULT_COUNTRY with null default-region metadata: no code.
        return 0, None

    def parse(self, digits):
        """parse("+" + digits, "ZZ").  Returns (cc, nsn); raises
        NumberParseException.  `digits` must be ASCII digits only."""
        if not re.fullmatch(r"[0-9]*", digits):
            raise ValueError("digits only: %r" % digits)
        number = "+" + digits
        if len(number) < MIN_LENGTH_FOR_NSN or not _VALID_PHONE_NUMBER_ASCII.fullmatch(number):
            raise NumberParseException("NOT_A_NUMBER")
        # checkRegionForParsing: "ZZ" is not a valid region but the number
        # starts with '+'.  No extension can be present in a digits-only string.
        try:
            cc, nsn = self._maybe_extract_country_code(number)
        except NumberParseException as e:
            if e.error_type == "INVALID_COUNTRY_CODE":
                cc, nsn = self._maybe_extract_country_code(number[1:])
                if cc == 0:
                    raise NumberParseException("INVALID_COUNTRY_CODE")
            else:
                raise
        if cc == 0:  # pragma: no cover - unreachable with a '+' prefix
            raise NumberParseException("INVALID_COUNTRY_CODE")
        region = self.get_region_code_for_country_code(cc)
        m = self.get_metadata_for_region_or_calling_code(cc, region)
        if len(nsn) < MIN_LENGTH_FOR_NSN:
            raise NumberParseException("TOO_SHORT_NSN")
        if m is not None:
            potential, _ = self.maybe_strip_national_prefix_and_carrier_code(nsn, m)
            result = self.test_number_length(potential, m)
            if result not in (TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY, INVALID_LENGTH):
                nsn = potential
        if len(nsn) < MIN_LENGTH_FOR_NSN:
            raise NumberParseException("TOO_SHORT_NSN")
        if len(nsn) > MAX_LENGTH_FOR_NSN:
            raise NumberParseException("TOO_LONG")
        # setItalianLeadingZerosForPhoneNumber + Long.parseLong +
        # getNationalSignificantNumber reproduce nsn exactly (all leading zeros
        # but the last digit are counted), so nsn is kept as a string.
        return cc, nsn

    def region_for_digits(self, digits):
        """(region or None, valid, number-or-None, error-or-None)."""
        try:
            number = self.parse(digits)
        except NumberParseException as e:
            return None, False, None, e.error_type
        region = self.get_region_code_for_number(number)
        return region, self.is_valid_number_for_region(number, region), number, None


# ---------------------------------------------------------------------------
# Random generation of strings fully matching a (digits-only) regex, with an
# exact length.

_LEN_CAP = 20


class _Node:
    __slots__ = ("kind", "chars", "items", "lo", "hi", "child", "lens")

    def __init__(self, kind, chars=None, items=None, lo=0, hi=0, child=None):
        self.kind, self.chars, self.items = kind, chars, items
        self.lo, self.hi, self.child, self.lens = lo, hi, child, None


class _PatternParser:
    """Tiny recursive-descent parser for the regex subset used by
    libphonenumber's nationalNumberPatterns: digits, \\d, [...] classes of
    digits and ranges, (...) and (?:...) groups, |, ?, *, +, {n}, {n,},
    {n,m}.  Self-contained so that the generated fixture does not depend on
    the internals of a particular Python version's regex parser.  Anything
    else is rejected."""

    DIGITS = "0123456789"

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def parse(self):
        node = self._alt()
        if self.i != len(self.p):
            raise ValueError("unexpected %r at %d in %r" % (self.p[self.i], self.i, self.p))
        return node

    def _peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def _alt(self):
        branches = [self._seq()]
        while self._peek() == "|":
            self.i += 1
            branches.append(self._seq())
        return branches[0] if len(branches) == 1 else _Node("alt", items=branches)

    def _seq(self):
        items = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            while self._peek() in ("?", "*", "+", "{"):
                atom = self._quant(atom)
            items.append(atom)
        return items[0] if len(items) == 1 else _Node("seq", items=items)

    def _atom(self):
        c = self._peek()
        if c == "(":
            self.i += 1
            if self.p.startswith("?:", self.i):
                self.i += 2
            elif self._peek() == "?":
                raise ValueError("unsupported group in %r" % self.p)
            node = self._alt()
            if self._peek() != ")":
                raise ValueError("missing ) in %r" % self.p)
            self.i += 1
            return node
        if c == "[":
            return _Node("set", chars=self._class())
        if c == "\\":
            if self.p[self.i + 1:self.i + 2] != "d":
                raise ValueError("unsupported escape in %r" % self.p)
            self.i += 2
            return _Node("set", chars=self.DIGITS)
        if c and c in self.DIGITS:
            self.i += 1
            return _Node("set", chars=c)
        raise ValueError("unsupported %r at %d in %r" % (c, self.i, self.p))

    def _class(self):
        self.i += 1  # [
        negate = self._peek() == "^"
        if negate:
            self.i += 1
        chars = set()
        first = True
        while first or self._peek() != "]":
            first = False
            c = self._peek()
            if c == "":
                raise ValueError("missing ] in %r" % self.p)
            if c == "\\":
                if self.p[self.i + 1:self.i + 2] != "d":
                    raise ValueError("unsupported escape in class in %r" % self.p)
                chars.update(self.DIGITS)
                self.i += 2
                continue
            if c not in self.DIGITS:
                raise ValueError("unsupported %r in class in %r" % (c, self.p))
            self.i += 1
            if self._peek() == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                hi = self.p[self.i + 1]
                if hi not in self.DIGITS or hi < c:
                    raise ValueError("bad range in %r" % self.p)
                chars.update(chr(x) for x in range(ord(c), ord(hi) + 1))
                self.i += 2
            else:
                chars.add(c)
        self.i += 1  # ]
        if negate:
            chars = set(self.DIGITS) - chars
        return "".join(sorted(chars))

    def _number(self):
        start = self.i
        while self._peek() and self._peek() in self.DIGITS:
            self.i += 1
        if start == self.i:
            raise ValueError("number expected in %r" % self.p)
        return int(self.p[start:self.i])

    def _quant(self, atom):
        c = self._peek()
        self.i += 1
        if c == "?":
            lo, hi = 0, 1
        elif c == "*":
            lo, hi = 0, _LEN_CAP
        elif c == "+":
            lo, hi = 1, _LEN_CAP
        else:
            lo = self._number()
            hi = lo
            if self._peek() == ",":
                self.i += 1
                hi = self._number() if self._peek() != "}" else _LEN_CAP
            if self._peek() != "}":
                raise ValueError("bad quantifier in %r" % self.p)
            self.i += 1
        if self._peek() in ("?", "+"):
            raise ValueError("lazy/possessive quantifier in %r" % self.p)
        return _Node("rep", lo=lo, hi=min(hi, _LEN_CAP), child=atom)


def _sumset(a, b):
    return frozenset(x + y for x in a for y in b if x + y <= _LEN_CAP)


def _lens(n):
    if n.lens is not None:
        return n.lens
    if n.kind == "set":
        r = frozenset([1]) if n.chars else frozenset()
    elif n.kind == "alt":
        r = frozenset().union(*[_lens(i) for i in n.items])
    elif n.kind == "seq":
        r = frozenset([0])
        for i in n.items:
            r = _sumset(r, _lens(i))
    else:  # rep
        child = _lens(n.child)
        acc = frozenset([0])
        r = set()
        for c in range(0, n.hi + 1):
            if c >= n.lo:
                r |= acc
            acc = _sumset(acc, child)
        r = frozenset(r)
    n.lens = r
    return r


def _gen_seq(items, length, rng):
    # reach[i]: lengths achievable by items[i:]
    reach = [None] * (len(items) + 1)
    reach[len(items)] = frozenset([0])
    for i in range(len(items) - 1, -1, -1):
        reach[i] = _sumset(_lens(items[i]), reach[i + 1])
    if length not in reach[0]:
        raise ValueError("length not achievable")
    out = []
    remaining = length
    for i, item in enumerate(items):
        options = sorted(l for l in _lens(item) if remaining - l in reach[i + 1])
        l = rng.choice(options)
        out.append(_gen(item, l, rng))
        remaining -= l
    return "".join(out)


def _gen(n, length, rng):
    if n.kind == "set":
        assert length == 1
        return rng.choice(n.chars)
    if n.kind == "alt":
        options = [i for i in n.items if length in _lens(i)]
        return _gen(rng.choice(options), length, rng)
    if n.kind == "seq":
        return _gen_seq(n.items, length, rng)
    child = _lens(n.child)
    acc = frozenset([0])
    counts = []
    for c in range(0, n.hi + 1):
        if c >= n.lo and length in acc:
            counts.append(c)
        acc = _sumset(acc, child)
    c = rng.choice(counts)
    return _gen_seq([n.child] * c, length, rng)


class RegexGenerator:
    def __init__(self, pattern):
        self.pattern = pattern
        self.regex = _compile(pattern)
        self.root = _PatternParser(pattern).parse()

    def lengths(self):
        return _lens(self.root)

    def generate(self, length, rng):
        s = _gen(self.root, length, rng)
        if not self.regex.fullmatch(s):
            raise AssertionError("generated %r does not match %r" % (s, self.pattern))
        return s


# ---------------------------------------------------------------------------
# Fixture generation

RANDOM_PER_TYPE = 20
RANDOM_ATTEMPTS_PER_TYPE = 400
RANDOM_ANY_PER_CODE = 300
NP_PREFIXED_PER_CODE = 100


def _type_tags_for_fixture():
    # Every number type (the general desc aside), plus noInternationalDialling
    # whose numbers are real numbers too; it is labelled as such in `source`.
    return ["fixedLine", "mobile", "tollFree", "premiumRate", "sharedCost",
            "personalNumber", "voip", "pager", "uan", "voicemail",
            "noInternationalDialling"]


def build_fixture(util):
    rows = []            # (number, source, region)
    seen = set()
    stats = {"examples_invalid": [], "examples_too_long": [], "random_short": []}

    def add(digits, source):
        if digits in seen:
            return False
        region, valid, parsed, err = util.region_for_digits(digits)
        seen.add(digits)
        rows.append((digits, source, region or ""))
        return True

    # 1. example numbers
    for m in util.territories:
        for tag in _type_tags_for_fixture():
            d = m.descs[tag]
            if not d.present or not d.example:
                continue
            digits = str(m.country_code) + d.example
            if len(d.example) > MAX_LENGTH_FOR_NSN:
                stats["examples_too_long"].append((m.id, tag, digits))
                continue
            region, valid, _, _ = util.region_for_digits(digits)
            if not valid:
                stats["examples_invalid"].append((m.id, tag, digits, region))
            add(digits, "example:%s:%s" % (m.id, tag))

    # 2. random valid numbers per territory and type
    generators = {}
    for m in util.territories:
        for tag in _type_tags_for_fixture():
            d = m.descs[tag]
            if not d.present or d.pattern in (None, "NA"):
                continue
            gen = RegexGenerator(d.pattern)
            generators[(m.id, m.country_code, tag)] = gen
            lengths = [n for n in d.xml_lengths
                       if n in gen.lengths() and n <= MAX_LENGTH_FOR_NSN]
            rng = random.Random("random:%s:%d:%s" % (m.id, m.country_code, tag))
            kept = 0
            attempts = 0
            while lengths and kept < RANDOM_PER_TYPE and attempts < RANDOM_ATTEMPTS_PER_TYPE:
                attempts += 1
                nsn = gen.generate(rng.choice(lengths), rng)
                digits = str(m.country_code) + nsn
                if digits in seen:
                    continue
                region, valid, _, _ = util.region_for_digits(digits)
                if not valid:
                    continue
                add(digits, "random:%s:%s" % (m.id, tag))
                kept += 1
            if kept < RANDOM_PER_TYPE:
                stats["random_short"].append((m.id, tag, kept))

    # 3. shared calling codes: random, not necessarily valid, numbers
    shared = sorted(cc for cc, regions in util.cc_to_regions.items() if len(regions) > 1)
    for cc in shared:
        regions = util.cc_to_regions[cc]
        lengths = sorted(set().union(*[set(util.region_metadata[r].general.possible_lengths)
                                       for r in regions]))
        lengths = [n for n in lengths if n <= MAX_LENGTH_FOR_NSN]
        gens = [g for (rid, c, tag), g in sorted(generators.items(), key=lambda kv: kv[0])
                if c == cc]
        rng = random.Random("random-any:%d" % cc)
        made = 0
        attempts = 0
        while made < RANDOM_ANY_PER_CODE and attempts < 20 * RANDOM_ANY_PER_CODE:
            attempts += 1
            length = rng.choice(lengths)
            kind = rng.randrange(3)
            if kind == 0 or not gens:
                nsn = "".join(rng.choice("0123456789") for _ in range(length))
            else:
                # A prefix of a number matching some type pattern of some
                # region of this code, completed with random digits.
                g = rng.choice(gens)
                glens = sorted(g.lengths())
                if not glens:
                    continue
                base = g.generate(rng.choice(glens), rng)
                keep = rng.randrange(1, len(base) + 1) if kind == 1 else len(base)
                nsn = base[:keep][:length]
                nsn += "".join(rng.choice("0123456789") for _ in range(length - len(nsn)))
            if add(str(cc) + nsn, "random-any:%d" % cc):
                made += 1

    # 4. shared calling codes: numbers written with a national prefix in front
    #    of a number matching some region's type pattern (exercises
    #    maybeStripNationalPrefixAndCarrierCode with the main region's data).
    for cc in shared:
        main = util.region_metadata[util.cc_to_regions[cc][0]]
        if not main.national_prefix:
            continue
        prefixes = [main.national_prefix]
        gens = [g for (rid, c, tag), g in sorted(generators.items(), key=lambda kv: kv[0])
                if c == cc]
        rng = random.Random("np-prefixed:%d" % cc)
        made = 0
        attempts = 0
        while made < NP_PREFIXED_PER_CODE and attempts < 20 * NP_PREFIXED_PER_CODE:
            attempts += 1
            g = rng.choice(gens)
            glens = sorted(n for n in g.lengths()
                           if len(prefixes[0]) + n <= MAX_LENGTH_FOR_NSN)
            if not glens:
                continue
            nsn = rng.choice(prefixes) + g.generate(rng.choice(glens), rng)
            if add(str(cc) + nsn, "np-prefixed:%d" % cc):
                made += 1

    return rows, stats


def write_fixture(rows, path):
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("number\tsource\tregion\n")
        for number, source, region in rows:
            f.write("%s\t%s\t%s\n" % (number, source, region))


def summarize(util, rows, stats, out=sys.stderr):
    kinds = {}
    for _, source, _ in rows:
        k = source.split(":", 1)[0]
        kinds[k] = kinds.get(k, 0) + 1
    print("phone_regions fixture: %d numbers" % len(rows), file=out)
    for k in sorted(kinds):
        print("  %-12s %6d" % (k, kinds[k]), file=out)
    geo = set(util.supported_regions)
    regions_in_column = set(r for _, _, r in rows if r)
    source_regions = set(s.split(":")[1] for _, s, _ in rows
                         if s.startswith(("example:", "random:")))
    print("  geographic regions in metadata: %d; appearing in region column: %d;"
          " as example/random source: %d"
          % (len(geo), len(regions_in_column & geo), len(source_regions & geo)), file=out)
    print("  non-geographic calling codes (001): %d; 001 rows: %d"
          % (len(util.non_geo_metadata), sum(1 for r in rows if r[2] == "001")), file=out)
    print("  rows with empty region: %d" % sum(1 for r in rows if not r[2]), file=out)
    missing = sorted(geo - regions_in_column)
    if missing:
        print("  note: geographic regions that getRegionCodeForNumber returns for no fixture"
              " number: %s" % " ".join(missing), file=out)
    if stats["examples_too_long"]:
        print("  example numbers skipped (national number of more than %d digits): %d %s"
              % (MAX_LENGTH_FOR_NSN, len(stats["examples_too_long"]),
                 stats["examples_too_long"][:5]), file=out)
    print("  example numbers not valid per this port: %d %s"
          % (len(stats["examples_invalid"]), stats["examples_invalid"][:10]), file=out)
    short = stats["random_short"]
    print("  (territory,type) pairs with fewer than %d valid random numbers: %d"
          % (RANDOM_PER_TYPE, len(short)), file=out)
    for s in short:
        print("    %s %s: %d" % s, file=out)

    # National prefix stripping: did parsing change the national number?
    changed = []
    by_kind = {}
    for number, source, region in rows:
        reg, valid, parsed, err = util.region_for_digits(number)
        if parsed is None:
            continue
        cc, nsn = parsed
        original = number[len(str(cc)):]
        if nsn != original:
            changed.append((number, source, original, nsn, region, valid))
            k = source.split(":", 1)[0]
            by_kind[k] = by_kind.get(k, 0) + 1
    print("national prefix stripping changed the national number for %d fixture numbers %s"
          % (len(changed), by_kind), file=out)
    region_changed = []
    for number, source, original, nsn, region, valid in changed:
        cc = int(number[:len(number) - len(original)])
        unstripped = util.get_region_code_for_number((cc, original))
        if (unstripped or "") != region:
            region_changed.append((number, source, unstripped, region))
    print("  of which the region differs from a lookup of the unstripped national number: %d"
          % len(region_changed), file=out)
    for number, source, original, nsn, region, valid in changed[:8]:
        print("    %s (%s): nsn %s -> %s, region %s, valid %d"
              % (number, source, original, nsn, region or "-", valid), file=out)
    for number, source, unstripped, region in region_changed[:8]:
        print("    %s (%s): region %s, would be %s without stripping"
              % (number, source, region or "-", unstripped or "-"), file=out)
    unparsable = [(n, s) for n, s, r in rows if util.region_for_digits(n)[2] is None]
    print("  numbers that do not parse: %d %s" % (len(unparsable), unparsable[:5]), file=out)
    return changed


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xml", required=True, help="PhoneNumberMetadata.xml")
    ap.add_argument("--out", help="fixture TSV to write")
    ap.add_argument("--lookup", nargs="+",
                    help="numbers (cc+nsn digits) to look up; '-' reads stdin")
    args = ap.parse_args(argv)
    util = PhoneNumberUtil(args.xml)
    if args.lookup:
        numbers = []
        for a in args.lookup:
            if a == "-":
                numbers.extend(line.strip() for line in sys.stdin if line.strip())
            else:
                numbers.append(a)
        for n in numbers:
            region, valid, parsed, err = util.region_for_digits(n)
            print("%s\t%s\t%d\t%s" % (n, region or "", 1 if valid else 0,
                                      parsed[1] if parsed else err))
        return 0
    if not args.out:
        ap.error("--out or --lookup is required")
    rows, stats = build_fixture(util)
    write_fixture(rows, args.out)
    summarize(util, rows, stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
