#!/usr/bin/env python3
"""Write test/data/sample_month.csv: a realistic month (October 2026) of
interactions of a Colombian contact centre on Official WhatsApp connectors,
as wolkvox-style exports give them: local Colombian time without a zone,
template as yes/no.  Mostly Latin American customers, some from +1 countries,
Europe and Russia/Kazakhstan, and a few malformed session IDs, as real exports
have.  Phones are valid numbers taken from test/data/phone_regions.tsv.

Deterministic: python3 test/data/make_sample_month.py > test/data/sample_month.csv
"""
import csv
import random
import sys

rng = random.Random(202610)

# (region, weight): the customer mix of a Colombian contact centre
MIX = [("CO", 40), ("MX", 8), ("PE", 6), ("EC", 5), ("AR", 4), ("CL", 4),
       ("BR", 3), ("GT", 3), ("PA", 2), ("VE", 2), ("US", 5), ("DO", 2),
       ("PR", 2), ("JM", 1), ("CA", 1), ("ES", 3), ("GB", 1), ("GG", 1),
       ("RU", 1), ("KZ", 1)]
OPERATIONS = [("Acme Cobranzas", "wa-acme-cobranzas"),
              ("Acme Ventas S.A.S.", "wa-acme-ventas")]

phones = {}
with open("test/data/phone_regions.tsv", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        source = row["source"].split(":")
        if source[0] == "random" and source[2] == "mobile" and row["region"] == source[1]:
            phones.setdefault(source[1], []).append(row["number"])

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["conn_id", "session_id", "date", "template"])
regions = [r for r, w in MIX for _ in range(w)]
rows = []
for n in range(150):
    region = rng.choice(regions)
    phone = rng.choice(phones[region])
    operation, connector = rng.choice(OPERATIONS)
    day = rng.randint(1, 31)
    second = rng.randint(7 * 3600, 20 * 3600)
    date = "2026-10-%02d %02d:%02d:%02d" % (day, second // 3600, second // 60 % 60, second % 60)
    session = "%s.%s.%s" % (("+" if rng.random() < 0.1 else "") + phone, operation, connector)
    rows.append([date, session, "yes" if rng.random() < 0.6 else "no"])
# What real exports also hold: Mexican IDs with WhatsApp's extra 1, a
# non-geographic number, and malformed session IDs.
rows.append(["2026-10-03 09:12:44", "5215512345678.Acme Ventas S.A.S..wa-acme-ventas", "yes"])
rows.append(["2026-10-09 16:40:02", "80012345678.Acme Cobranzas.wa-acme-cobranzas", "no"])
rows.append(["2026-10-14 11:05:19", "573001234567..wa-acme-cobranzas", "yes"])
rows.append(["2026-10-21 08:30:00", "57300ABC4567.Acme Cobranzas.wa-acme-cobranzas", "yes"])
rows.append(["2026-10-27 19:59:59", "573157654321", "no"])
rows.sort()
for n, (date, session, template) in enumerate(rows, 1):
    out.writerow(["WA-202610-%05d" % (n * 7 + 1000), session, date, template])
