#!/usr/bin/env python3
"""Generate src/core/country_names_table.h from Debian's iso-codes data.

The header holds two tables: the name of each code (wb_country_names), and
the reverse lookup from the ways a source may spell a country to its code
(wb_country_keys): ISO 3166-1 alpha-2 and alpha-3 codes, and every English
name iso-codes gives an entry (name, common_name, official_name) with its
Spanish translation, plus a few hand-kept ALIASES.  Spellings are compared
as "keys": ASCII letters and digits upper-cased, Latin accented letters
folded to their base letters (wb_fold, also generated here, so that C and
this script fold alike), punctuation and spaces dropped.

The English name of each ISO 3166-1 alpha-2 code is its ``common_name`` when
iso-codes has one (``Bolivia`` rather than ``Bolivia, Plurinational State
of``), else its ``name``.  The Spanish name is the iso-codes Spanish
translation of that same string, falling back to the translation of ``name``.
A code that still has no Spanish name stops the generator, so that an English
name never silently ends up in the Spanish table; the only escape hatch is
SPANISH_OVERRIDES below, which must be justified entry by entry.

Three codes that libphonenumber uses but ISO 3166-1 does not assign (AC, TA,
XK) are added from EXTRA_CODES.

Usage, from the repository root:

    python3 src/core/generate_country_names.py --out src/core/country_names_table.h

Only the Python 3 standard library is used.  The output depends on nothing
but the input files and the version string, so regenerating from the same
iso-codes release gives a byte-identical header.
"""

import argparse
import gettext
import hashlib
import json
import os
import re
import sys
import unicodedata

import generated_file

DEFAULT_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_SPANISH_MO = "/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo"

# Codes that libphonenumber uses as region codes but that are not ISO 3166-1
# assignments, so iso-codes knows nothing about them.  AC and TA are
# exceptionally reserved by ISO for Ascension Island and Tristan da Cunha
# (both part of SH in ISO 3166-1); XK is the user-assigned code in common use
# for Kosovo.  The Spanish names follow the catalogue's own spelling for SH
# ("Santa Elena, Ascensión y Tristán de Acuña").
EXTRA_CODES = {
    "AC": ("Ascension Island", "Isla Ascensión"),
    "TA": ("Tristan da Cunha", "Tristán de Acuña"),
    "XK": ("Kosovo", "Kosovo"),
}

# Alpha-3 codes of EXTRA_CODES, for the reverse lookup.  ISO reserves ASC and
# TAA exceptionally alongside AC and TA; XKX is the code in common use for
# Kosovo (the European Union's and the IMF's).
EXTRA_ALPHA_3 = {
    "AC": "ASC",
    "TA": "TAA",
    "XK": "XKX",
}

# Spellings that sources use and iso-codes lacks, each with its reason.
# Only for the reverse lookup (wabill_country_code); never a displayed name.
ALIASES = {
    "UK": "GB",               # exceptionally reserved by ISO for the United Kingdom
    "Great Britain": "GB",    # common English usage for the United Kingdom
    "Gran Bretaña": "GB",     # its Spanish form
    "EEUU": "US",             # Spanish abbreviation "EE. UU." (punctuation is dropped)
    "Rusia": "RU",            # Spanish short name; the catalogue has "Federación Rusa"
    "Corea del Sur": "KR",    # Spanish short names; the catalogue has only "Corea, ..."
    "Corea del Norte": "KP",
    "Siria": "SY",            # Spanish short name; the catalogue has "República árabe de Siria"
    "Holanda": "NL",          # common Spanish name of the Netherlands
    "Holland": "NL",          # its common English form
    "Russia": "RU",           # English short name (a market of Meta's rate card); the catalogue has "Russian Federation"
    "Turkey": "TR",           # English name until 2022 (a market of Meta's rate card); the catalogue has "Türkiye"
    "Arabia Saudita": "SA",   # Spanish word order; the catalogue has "Arabia Saudí"
    "UAE": "AE",              # English abbreviation of the United Arab Emirates
    "EAU": "AE",              # its Spanish abbreviation
    "Ivory Coast": "CI",      # English name; the catalogue has only "Côte d'Ivoire"
    "Cape Verde": "CV",       # English name until 2013; the catalogue has "Cabo Verde"
    "Palestine": "PS",        # English short name; the catalogue has "Palestine, State of"
    "Palestina": "PS",        # its Spanish form
    "Macau": "MO",            # common spelling; the catalogue has "Macao"
    "Rep. Dominicana": "DO",  # Spanish abbreviation ("REPDOMINICANA" once punctuation is dropped)
    "Burma": "MM",            # former English name of Myanmar
}

# Latin letters that Unicode does not decompose into an ASCII base letter,
# folded as they are usually transliterated.
MANUAL_FOLDS = {
    "Æ": "AE", "æ": "AE", "Œ": "OE", "œ": "OE", "ß": "SS",
    "Ø": "O", "ø": "O", "Đ": "D", "đ": "D", "Ð": "D", "ð": "D",
    "Ł": "L", "ł": "L", "Þ": "TH", "þ": "TH", "ı": "I",
    "Ħ": "H", "ħ": "H", "Ŧ": "T", "ŧ": "T",
}

# Code points folded through the generated table: Latin-1 Supplement, Latin
# Extended-A and -B.  General Punctuation (U+2000..U+206F: typographic
# quotes, dashes, special spaces), U+3000 and U+FEFF are dropped by rule.
FOLD_FIRST = 0x80
FOLD_LAST = 0x24F

# Spanish names for ISO codes whose current English name has no entry in the
# Spanish catalogue.  Used only when the catalogue lacks both common_name and
# name; if the catalogue later gains a translation, the catalogue wins and a
# warning says the override is stale.
#
# TR: ISO 3166-1 renamed Turkey to "Türkiye" in 2022 and iso-codes followed,
# but the Spanish catalogue (last revised in 2021) has no entry for the new
# msgid, nor any longer one for "Turkey".  "Turquía" is the standard Spanish
# name of the country.
SPANISH_OVERRIDES = {
    "TR": "Turquía",
}


class _Untranslated(gettext.NullTranslations):
    """Fallback catalogue that reports a missing msgid as None.

    GNUTranslations.gettext() returns the msgid itself when it has no
    translation, which is indistinguishable from a translation that happens
    to equal the English text (as "Colombia" does).  Chaining this fallback
    lets us tell the two apart through the public API.
    """

    def gettext(self, message):
        return None


def fail(message):
    sys.stderr.write("generate_country_names.py: error: %s\n" % message)
    sys.exit(1)


def warn(message):
    sys.stderr.write("generate_country_names.py: warning: %s\n" % message)


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def version_from_pkgconfig(json_path):
    """Read the iso-codes version from its pkg-config file.

    Neither the JSON nor the .mo header carry the release number (the .mo's
    Project-Id-Version is just "iso_3166-1"), but upstream iso-codes installs
    <prefix>/share/pkgconfig/iso-codes.pc next to <prefix>/share/iso-codes/,
    so it can be found from the JSON path without asking the package manager.
    """
    json_dir = os.path.dirname(os.path.abspath(json_path))
    share_dir = os.path.dirname(os.path.dirname(json_dir))
    pc_path = os.path.join(share_dir, "pkgconfig", "iso-codes.pc")
    try:
        with open(pc_path, "r", encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^Version:\s*(\S+)\s*$", line)
                if m:
                    return m.group(1)
    except OSError:
        return None
    return None


def c_string_literal(text):
    """Return text as an ASCII-only C string literal of its UTF-8 bytes.

    Non-ASCII bytes become three-digit octal escapes: unlike \\x escapes they
    cannot swallow a following character, and an ASCII-only literal does not
    depend on the compiler's idea of the source character set.  '?' is
    escaped so that no trigraph can form.
    """
    out = ['"']
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if byte < 0x20 or byte >= 0x7f or ch in '"\\?':
            out.append("\\%03o" % byte)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def load_names(json_path, mo_path):
    """Return ({code: (english, spanish)}, [notes]) for every ISO code."""
    try:
        with open(json_path, "r", encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as e:
        fail("cannot read ISO 3166-1 JSON %s: %s" % (json_path, e))

    try:
        with open(mo_path, "rb") as f:
            spanish = gettext.GNUTranslations(f)
    except OSError as e:
        fail("cannot read Spanish catalogue %s: %s" % (mo_path, e))
    spanish.add_fallback(_Untranslated())

    names = {}
    notes = []
    for entry in entries:
        code = entry.get("alpha_2", "")
        if not re.match(r"^[A-Z]{2}$", code):
            fail("unexpected alpha_2 code %r in %s" % (code, json_path))
        if code in names:
            fail("duplicate alpha_2 code %s in %s" % (code, json_path))

        name = entry["name"]
        english = entry.get("common_name", name)
        es = spanish.gettext(english)
        if es is None and english != name:
            es = spanish.gettext(name)
            if es is not None:
                notes.append('%s: no Spanish for common name "%s"; used the'
                             ' translation of "%s"' % (code, english, name))

        if code in SPANISH_OVERRIDES:
            if es is not None:
                warn("%s: catalogue now translates it as %r; the entry in"
                     " SPANISH_OVERRIDES is stale" % (code, es))
            else:
                es = SPANISH_OVERRIDES[code]
                notes.append('%s: no Spanish for "%s" in the catalogue; used'
                             ' SPANISH_OVERRIDES' % (code, english))

        if not es:
            fail("%s (%r) has no Spanish translation in %s; add a justified"
                 " entry to SPANISH_OVERRIDES" % (code, english, mo_path))
        names[code] = (english, es)

    for code in sorted(EXTRA_CODES):
        if code in names:
            fail("%s is now in ISO 3166-1; drop it from EXTRA_CODES" % code)
        names[code] = EXTRA_CODES[code]
        notes.append("%s: not in ISO 3166-1; from EXTRA_CODES" % code)

    return names, sorted(notes)


def fold_table():
    """Return {code point: ASCII replacement ("" drops it)} for FOLD_FIRST..FOLD_LAST.

    A code point absent from the table is kept as it is, so that a name in
    another script never matches by accident.
    """
    table = {}
    for cp in range(FOLD_FIRST, FOLD_LAST + 1):
        ch = chr(cp)
        if ch in MANUAL_FOLDS:
            table[cp] = MANUAL_FOLDS[ch]
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if c.isascii() and c.isalnum())
        if base:
            table[cp] = base.upper()
        elif unicodedata.category(ch)[0] in "ZPSC":
            table[cp] = ""
    return table


FOLD = fold_table()


def country_key(text):
    """The spelling-insensitive key of a country spelling; C does the same."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            if ch.isalnum():
                out.append(ch.upper())
        elif FOLD_FIRST <= cp <= FOLD_LAST and cp in FOLD:
            out.append(FOLD[cp])
        elif 0x2000 <= cp <= 0x206F or cp in (0x3000, 0xFEFF):
            pass
        else:
            out.append(ch)
    return "".join(out)


def load_keys(json_path, mo_path, names):
    """Return sorted [(key bytes, code)]: every spelling of every code."""
    with open(json_path, "r", encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    with open(mo_path, "rb") as f:
        spanish = gettext.GNUTranslations(f)
    spanish.add_fallback(_Untranslated())

    spellings = {}

    def add(text, code, origin):
        key = country_key(text)
        if not key:
            fail("%s: spelling %r (%s) has an empty key" % (code, text, origin))
        other = spellings.get(key)
        if other is not None and other[0] != code:
            fail("spelling %r of %s (%s) has the key of %s (%s)"
                 % (text, code, origin, other[0], other[1]))
        spellings.setdefault(key, (code, origin))

    for entry in entries:
        code = entry["alpha_2"]
        add(code, code, "alpha_2")
        add(entry["alpha_3"], code, "alpha_3")
        for field in ("name", "common_name", "official_name"):
            if field in entry:
                add(entry[field], code, field)
                es = spanish.gettext(entry[field])
                if es is not None:
                    add(es, code, field + " (es)")
    for code in sorted(EXTRA_CODES):
        add(code, code, "EXTRA_CODES")
        add(EXTRA_ALPHA_3[code], code, "EXTRA_ALPHA_3")
    for code, (english, es) in sorted(names.items()):
        add(english, code, "English name")
        add(es, code, "Spanish name")
    for alias, code in sorted(ALIASES.items()):
        if code not in names:
            fail("alias %r names unknown code %s" % (alias, code))
        if country_key(alias) in spellings:
            warn("alias %r is now an iso-codes spelling; drop it" % alias)
        add(alias, code, "ALIASES")

    return sorted((key.encode("utf-8"), code)
                  for key, (code, _) in spellings.items())


def render(names, notes, keys, version, json_path, mo_path):
    def index(code):
        return "WB_COUNTRY_INDEX('%s', '%s')" % (code[0], code[1])

    lines = generated_file.banner(
        "country_names_table.h",
        ["Country names by ISO 3166-1 alpha-2 code, in English and Spanish,",
         "and the code of each way a source may spell a country."],
        "country-names", "src/core/generate_country_names.py")
    add = lines.append
    add(" * Source: Debian iso-codes %s" % version)
    add(" *\tiso_3166-1.json\t\t\t\tsha256 %s" % sha256_of(json_path))
    add(" *\tes/LC_MESSAGES/iso_3166-1.mo\tsha256 %s" % sha256_of(mo_path))
    add(" *")
    add(" * English is the entry's common_name if it has one, else its name;")
    add(" * Spanish is the catalogue's translation of that string.  Where the")
    add(" * two are equal (\"Colombia\") the catalogue itself gives that form.")
    add(" * %d codes.  Entries that needed special handling:" % len(names))
    add(" *")
    for note in notes:
        add(" *\t" + note.replace("*/", "* /"))
    add(" *")
    add(" * Only country_name.c may include this file: it defines the table.")
    add(" */")
    add("#ifndef WABILL_COUNTRY_NAMES_TABLE_H")
    add("#define WABILL_COUNTRY_NAMES_TABLE_H")
    add("")
    add('#include "country_name.h"')
    add("")
    add("/*")
    add(" * Direct index on the two upper-case ASCII letters: a lookup is one")
    add(" * array access, and 676 pointers per language is cheaper than any")
    add(" * search structure.  Slots without a country are NULL.")
    add(" */")
    add("#define WB_COUNTRY_SLOTS (26 * 26)")
    add("#define WB_COUNTRY_INDEX(c1, c2) (((c1) - 'A') * 26 + ((c2) - 'A'))")
    add("")
    add("static const char *const wb_country_names[2][WB_COUNTRY_SLOTS] = {")
    for lang, column, label in (("WB_LANG_EN", 0, "English"),
                                ("WB_LANG_ES", 1, "Spanish")):
        add("\t/* %s */" % label)
        add("\t[%s] = {" % lang)
        for code in sorted(names):
            text = names[code][column]
            literal = c_string_literal(text)
            entry = "\t\t[%s] = %s," % (index(code), literal)
            if any(ord(ch) > 0x7f for ch in text):
                entry += "\t/* %s */" % text.replace("*/", "* /")
            add(entry)
        add("\t},")
    add("};")
    add("")
    add("/*")
    add(" * Folding of U+%04X..U+%04X for spelling keys: the ASCII text that"
        % (FOLD_FIRST, FOLD_LAST))
    add(" * replaces the code point (\"\" drops it), or NULL to keep it as it is.")
    add(" */")
    add("#define WB_FOLD_FIRST 0x%X" % FOLD_FIRST)
    add("#define WB_FOLD_LAST 0x%X" % FOLD_LAST)
    add("")
    add("static const char *const wb_fold[WB_FOLD_LAST - WB_FOLD_FIRST + 1] = {")
    for cp in sorted(FOLD):
        add("\t[0x%X - WB_FOLD_FIRST] = %s,\t/* U+%04X %s */"
            % (cp, c_string_literal(FOLD[cp]), cp,
               unicodedata.name(chr(cp), "").replace("*/", "* /")))
    add("};")
    add("")
    add("/*")
    add(" * Spelling keys of codes, alpha-3 codes, English and Spanish names and")
    add(" * aliases, sorted by their bytes (strcmp order) for a binary search.")
    add(" * %d keys." % len(keys))
    add(" */")
    add("typedef struct wb_country_key")
    add("{")
    add("\tconst char *key;")
    add("\tconst char	code[3];")
    add("} wb_country_key;")
    add("")
    longest = max(len(key) for key, _ in keys)
    add("#define WB_COUNTRY_KEY_MAX %d\t/* bytes of the longest key */" % longest)
    add("")
    add("static const wb_country_key wb_country_keys[] = {")
    for key, code in keys:
        add('\t{%s, "%s"},' % (c_string_literal(key.decode("utf-8")), code))
    add("};")
    add("")
    add("#endif\t\t\t\t\t\t\t/* WABILL_COUNTRY_NAMES_TABLE_H */")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(
        description="Generate the country name table from iso-codes.")
    parser.add_argument("--iso-codes-json", default=DEFAULT_JSON,
                        help="ISO 3166-1 JSON (default: %(default)s)")
    parser.add_argument("--spanish-mo", default=DEFAULT_SPANISH_MO,
                        help="Spanish iso_3166-1 catalogue"
                             " (default: %(default)s)")
    parser.add_argument("--iso-codes-version",
                        help="iso-codes release to record in the header"
                             " (default: read from the iso-codes.pc file"
                             " installed with the JSON)")
    parser.add_argument("--out", required=True,
                        help="header to write, normally"
                             " src/core/country_names_table.h")
    args = parser.parse_args()

    version = args.iso_codes_version or version_from_pkgconfig(
        args.iso_codes_json)
    if not version:
        fail("cannot tell the iso-codes version (no iso-codes.pc found next"
             " to the JSON); pass --iso-codes-version")
    if not re.match(r"^[0-9A-Za-z.+~:-]+$", version):
        fail("implausible iso-codes version %r" % version)

    names, notes = load_names(args.iso_codes_json, args.spanish_mo)
    keys = load_keys(args.iso_codes_json, args.spanish_mo, names)
    content = render(names, notes, keys, version, args.iso_codes_json,
                     args.spanish_mo)
    generated_file.write_atomically(args.out, content)
    for note in notes:
        sys.stderr.write("note: %s\n" % note)
    sys.stderr.write("wrote %d codes and %d spellings from iso-codes %s\n"
                     % (len(names), len(keys), version))


if __name__ == "__main__":
    main()
