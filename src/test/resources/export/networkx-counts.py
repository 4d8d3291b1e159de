"""Reads GraphML and GEXF files with networkx and prints what each holds, one line per file:
"FILE nodes N edges M", so that a test can compare networkx's counts with newskg's.

networkx 3 reads GEXF 1.3; networkx 2 (Debian 12's python3-networkx) knows GEXF up to 1.2draft, whose
elements are the ones newskg writes, so there the file is read under the 1.2draft namespace."""
import os
import sys
import tempfile

import networkx as nx


def read_gexf(path):
    try:
        return nx.read_gexf(path)
    except nx.NetworkXError as e:
        if "No <graph> element" not in str(e):
            raise
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    fd, tmp = tempfile.mkstemp(suffix=".gexf")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return nx.read_gexf(tmp)
    finally:
        os.remove(tmp)


for path in sys.argv[1:]:
    g = read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path, force_multigraph=True)
    print(path, "nodes", g.number_of_nodes(), "edges", g.number_of_edges())
