#!/usr/bin/env python3
"""Checks gold files against the guidelines' format: known types, predicates and event classes, ids that
exist, names that occur in the article's text. Usage: check.py CORPUS_ROOT GOLD.json..."""
import json
import os
import re
import sys

TYPES = {"Person", "Place", "Organization"}
PREDICATES = {"schema:jobTitle", "nkg:age", "nkg:leaderOf", "schema:worksFor", "schema:memberOf", "schema:member",
              "schema:affiliation", "schema:spouse", "schema:children", "schema:parent", "schema:sibling",
              "schema:relatedTo", "schema:colleague", "schema:homeLocation", "schema:nationality",
              "schema:birthPlace", "schema:deathPlace", "schema:containedInPlace", "schema:location",
              "schema:founder", "schema:parentOrganization", "schema:subOrganization", "schema:knows",
              "schema:employee", "schema:alumniOf"}
CLASSES = {"Protest", "Strike", "Election", "Arrest", "Repression", "Assault", "Fight", "MassViolence", "Death",
           "Movement", "Meeting", "Aid", "Cooperation", "Sanction", "Demand", "Appeal", "Threat", "Criticism",
           "Rejection", "Investigation", "Founding", "Yield", "Statement", "Disaster", "Acquisition"}


def flat(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).lower()


def check(root, path):
    problems = []
    g = json.load(open(path, encoding="utf-8"))
    text = flat(open(os.path.join(root, g["article"]), encoding="utf-8").read())
    ids = set()
    for e in g["entities"]:
        if e["id"] in ids:
            problems.append(f"entity id {e['id']} twice")
        ids.add(e["id"])
        if not e["type"] or set(e["type"]) - TYPES:
            problems.append(f"{e['id']}: types {e['type']}")
        for n in e["names"]:
            if flat(n) not in text:
                problems.append(f"{e['id']}: name {n!r} not in the text")
    for key in ("relations", "past_relations"):
        for r in g.get(key, []):
            if r["s"] not in ids:
                problems.append(f"{key}: unknown subject {r['s']}")
            if set(r["p"]) - PREDICATES:
                problems.append(f"{key}: predicates {set(r['p']) - PREDICATES}")
            o = r["o"]
            if "entity" in o and o["entity"] not in ids:
                problems.append(f"{key}: unknown object {o['entity']}")
            if "literal" in o and not (isinstance(o["literal"], list) and o["literal"]):
                problems.append(f"{key}: literal must be a non-empty list")
    for ev in g.get("events", []):
        if not ev["type"] or set(ev["type"]) - CLASSES:
            problems.append(f"event {ev['label']!r}: classes {ev['type']}")
        for i in ev.get("participants", []) + ev.get("location", []):
            if i not in ids:
                problems.append(f"event {ev['label']!r}: unknown id {i}")
        if ev.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", ev["date"]):
            problems.append(f"event {ev['label']!r}: date {ev['date']}")
    for q in g.get("quotes", []):
        if q.get("speaker") is not None and q["speaker"] not in ids:
            problems.append(f"quote {q['text'][:30]!r}: unknown speaker {q['speaker']}")
        if flat(q["text"]).strip(" .,") not in text:
            problems.append(f"quote {q['text'][:30]!r}: not in the text")
    return problems


bad = 0
for p in sys.argv[2:]:
    for msg in check(sys.argv[1], p):
        print(f"{p}: {msg}")
        bad += 1
sys.exit(1 if bad else 0)
