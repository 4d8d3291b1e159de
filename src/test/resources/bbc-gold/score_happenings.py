#!/usr/bin/env python3
"""Scores a store's happenings against happenings/happenings.json.

    newskg ingest --store kg $(articles of happenings.json, under ../shared/corpus/bbc)
    newskg query --store kg --format json -e "$(python3 score_happenings.py --query)" > events.json
    python3 score_happenings.py CORPUS happenings/happenings.json events.json

A gold report is found when its article has an event of one of the gold classes whose trigger stands in
the report's evidence sentence. A happening is found once with all its reports when every report is
found and one nkg:Happening joins an event of each; a distinct pair is kept apart when no happening joins
events of both.
"""
import hashlib
import json
import sys

QUERY = """PREFIX schema: <http://schema.org/>
PREFIX nkg: <https://w3id.org/newskg/ns#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?article ?event ?class ?sentence ?happening WHERE {
  GRAPH ?article {
    ?event a schema:Event ; a ?class ; nkg:mention ?m .
    FILTER (STRSTARTS(STR(?class), STR(nkg:)))
    ?m nif:beginIndex ?b .
    ?s a nif:Sentence ; nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?sentence .
    FILTER (?sb <= ?b && ?b < ?se)
  }
  OPTIONAL { ?happening nkg:reportedAs ?event }
}"""


def norm(s):
    return " ".join(s.split())


def main():
    if sys.argv[1:] == ["--query"]:
        print(QUERY)
        return
    corpus, gold_file, results = sys.argv[1:4]
    gold = json.load(open(gold_file))
    iri_of = {}
    for a in gold["articles"]:
        # newskg names an article by the SHA-256 of its text as read (newlines kept as written)
        text = open(f"{corpus}/{a}", encoding="utf-8", newline="").read()
        iri_of[a] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    rows = []
    for b in json.load(open(results, encoding="utf-8"))["results"]["bindings"]:
        rows.append([b.get(k, {}).get("value", "") for k in ("article", "event", "class", "sentence", "happening")])
    found_once = 0
    chosen = {}
    for h in gold["happenings"]:
        classes = set(h["type"])
        picks = []
        for rep in h["reports"]:
            aid = iri_of[rep["article"]]
            ev = norm(rep["evidence"])
            cands = [(r[1], r[4]) for r in rows if r[0].endswith(aid) and r[2].rsplit("#", 1)[-1] in classes
                     and (norm(r[3]) in ev or ev in norm(r[3]))]
            picks.append(cands)
        chosen[h["id"]] = picks
        happenings = [set(x[1] for x in c if x[1]) for c in picks]
        common = set.intersection(*happenings) if all(happenings) else set()
        ok = all(picks) and bool(common)
        found_once += ok
        status = "ok" if ok else ("reports missed: %d of %d" % (sum(1 for c in picks if not c), len(picks))
                                   if not all(picks) else "reports not joined")
        print(f"{h['id']:34} {len(h['reports'])} reports  {status}")
    apart = 0
    for a, b in gold["distinct"]:
        ha = {x[1] for c in chosen[a] for x in c if x[1]}
        hb = {x[1] for c in chosen[b] for x in c if x[1]}
        apart += not (ha & hb)
        if ha & hb:
            print(f"MERGED {a} with {b}")
    print(f"happenings found once with all reports: {found_once}/{len(gold['happenings'])}; "
          f"distinct pairs kept apart: {apart}/{len(gold['distinct'])}")


if __name__ == "__main__":
    main()
