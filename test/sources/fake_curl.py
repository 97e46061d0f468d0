#!/usr/bin/env python3
"""A stand-in for curl that answers like wolkvox's reports API, for puller.sh.

It serves the rows of the recorded responses in FAKE_WOLKVOX_DATA whose date
lies in date_ini..date_end (both inclusive, as the puller assumes), fails the
first call of a run once (to exercise the retry), and answers wolkvox's
token error when FAKE_WOLKVOX_TOKEN_ERROR is set.  Every call is logged.
"""
import glob
import json
import os
import re
import sys
import urllib.parse

args = sys.argv[1:]
out = args[args.index("-o") + 1]
url = next(a for a in args if a.startswith("https://"))
query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
ini, end = query["date_ini"][0], query["date_end"][0]
state = os.environ["FAKE_WOLKVOX_STATE"]

with open(os.path.join(state, "calls.log"), "a") as log:
    log.write("%s %s %s\n" % (query["api"][0], ini, end))

failed_once = os.path.join(state, "failed-once")
if not os.path.exists(failed_once):
    open(failed_once, "w").close()
    sys.stderr.write("curl: (22) The requested URL returned error: 503\n")
    sys.exit(22)

if os.environ.get("FAKE_WOLKVOX_TOKEN_ERROR"):
    answer = {"code": "403", "error": "PLEASE VALIDATE TOKEN", "msg": "", "data": []}
else:
    rows = {}
    for path in sorted(glob.glob(os.path.join(os.environ["FAKE_WOLKVOX_DATA"], "api_2*.json"))):
        for row in json.load(open(path, encoding="utf-8"))["data"]:
            rows.setdefault(row["conn_id"], row)
    digits = lambda d: re.sub(r"[^0-9]", "", d)
    data = [r for r in rows.values() if ini <= digits(r["date"]) <= end]
    answer = {"code": "200", "error": "", "msg": "OK", "data": data}
with open(out, "w", encoding="utf-8") as f:
    json.dump(answer, f, ensure_ascii=False)
