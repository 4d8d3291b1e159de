#!/usr/bin/env python3
"""Checks the cross-article gold files against the corpus text.

    check_cross.py CORPUS_ROOT crossdoc/*.json happenings/happenings.json

crossdoc files ({"articles", "clusters", "distinct"}): every article exists; every name occurs verbatim
(case-sensitive, on word boundaries) in at least one listed article; every cluster's names occur in at
least two listed articles; no name (after score.py's norm()) sits in two clusters; no distinct pair
lies inside one cluster; a one-word name that is also the last word of another person's full name in
the listed articles is reported (a bare surname shared by two people).

happenings files ({"articles", "happenings", "distinct"}): every report's article is listed and exists;
every evidence sentence occurs verbatim (up to white space) in its article; classes are score.py's
EVENT_CLASSES; 2-5 reports per happening; distinct pairs name known ids and share a class; dates are
YYYY-MM-DD, YYYY-MM or null; participants and place occur verbatim in one of the happening's reports.
"""
import json
import os
import re
import sys
import unicodedata

CLASSES = {"Protest", "Strike", "Election", "Arrest", "Repression", "Assault", "Fight", "MassViolence", "Death",
           "Movement", "Meeting", "Aid", "Cooperation", "Sanction", "Demand", "Appeal", "Threat", "Criticism",
           "Rejection", "Investigation", "Founding", "Yield", "Statement", "Disaster", "Acquisition"}


def norm(s):  # the same as ../../../../../shared/eval/score.py norm()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-").lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s%-]", " ", s)
    s = re.sub(r"^(the|mr|mrs|ms|dr)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def occurs(name, text):
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def read(root, art):
    path = os.path.join(root, art)
    if not os.path.exists(path):
        return None
    return ws(open(path, encoding="utf-8").read())


def check_crossdoc(root, g, problems, info):
    texts = {}
    for a in g["articles"]:
        t = read(root, a)
        if t is None:
            problems.append(f"missing article {a}")
        else:
            texts[a] = t
    def where(n):
        return [a for a, t in texts.items() if occurs(n, t)]
    owner = {}
    for c in g["clusters"]:
        arts = set()
        for n in c["names"]:
            w = where(n)
            if not w:
                problems.append(f"cluster name {n!r} in no listed article")
            arts |= set(w)
            k = norm(n)
            if k in owner and owner[k] is not c:
                problems.append(f"name {n!r} (norm {k!r}) in two clusters")
            owner[k] = c
        if len(arts) < 2:
            problems.append(f"cluster {c['names']} occurs in {len(arts)} listed article(s)")
        info.append(f"  cluster {' = '.join(c['names'])}: {len(arts)} articles")
    for a, b in g["distinct"]:
        for n in (a, b):
            if not where(n):
                problems.append(f"distinct name {n!r} in no listed article")
        if norm(a) in owner and owner.get(norm(a)) is owner.get(norm(b)):
            problems.append(f"distinct pair {a!r}/{b!r} inside one cluster")
    # bare one-word names that are also the last word of another full name in the listed texts
    for c in g["clusters"]:
        full = [n for n in c["names"] if " " in n]
        for n in c["names"]:
            if " " in n:
                continue
            others = set()
            for t in texts.values():
                for m in re.finditer(r"\b([A-Z][\w'-]+ (?:[A-Z][\w'-]+ )*)" + re.escape(n) + r"\b", t):
                    fn = m.group(0)
                    if not any(fn.endswith(f) or f.endswith(fn) for f in full) and not fn.split()[0] in (
                            "Mr", "Mrs", "Ms", "Dr", "Lord", "Lady", "Baroness", "Sir", "President", "Judge", "The"):
                        others.add(fn)
            if others:
                info.append(f"  NOTE bare name {n!r} also ends {sorted(others)}")


def check_happenings(root, g, problems, info):
    listed = set(g["articles"])
    used = set()
    ids = {}
    for h in g["happenings"]:
        hid = h["id"]
        if hid in ids:
            problems.append(f"happening id {hid} twice")
        ids[hid] = h
        if not h["type"] or set(h["type"]) - CLASSES:
            problems.append(f"{hid}: classes {h['type']}")
        if h.get("date") is not None and not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", h["date"]):
            problems.append(f"{hid}: date {h['date']}")
        if not 2 <= len(h["reports"]) <= 5:
            problems.append(f"{hid}: {len(h['reports'])} reports")
        arts = [r["article"] for r in h["reports"]]
        if len(set(arts)) != len(arts):
            problems.append(f"{hid}: an article listed twice")
        texts = []
        for r in h["reports"]:
            a = r["article"]
            used.add(a)
            if a not in listed:
                problems.append(f"{hid}: {a} not in articles")
            t = read(root, a)
            if t is None:
                problems.append(f"{hid}: missing article {a}")
                continue
            texts.append(t)
            if ws(r["evidence"]) not in t:
                problems.append(f"{hid}: evidence not in {a}: {r['evidence'][:60]!r}")
        for n in h.get("participants", []) + ([h["place"]] if h.get("place") else []):
            if not any(occurs(n, t) for t in texts):
                problems.append(f"{hid}: name {n!r} in none of its reports")
        info.append(f"  {hid}: {len(arts)} reports, {h['type']}, date {h.get('date')}")
    for a in listed - used:
        problems.append(f"article {a} listed but reports nothing")
    for a, b in g["distinct"]:
        if a not in ids or b not in ids:
            problems.append(f"distinct pair {a}/{b}: unknown id")
        elif not set(ids[a]["type"]) & set(ids[b]["type"]):
            problems.append(f"distinct pair {a}/{b} shares no class")
    info.append(f"  {len(ids)} happenings, {len(listed)} articles, {len(g['distinct'])} distinct pairs")


def main():
    root = sys.argv[1]
    bad = 0
    for p in sys.argv[2:]:
        g = json.load(open(p, encoding="utf-8"))
        problems, info = [], []
        (check_happenings if "happenings" in g else check_crossdoc)(root, g, problems, info)
        print(p)
        for line in info:
            print(line)
        for msg in problems:
            print(f"  PROBLEM {msg}")
        bad += len(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
