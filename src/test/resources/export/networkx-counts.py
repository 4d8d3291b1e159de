"""Reads a GraphML and a GEXF file with networkx and prints what it holds: one line per file,
"FILE nodes N edges M", so that a test can compare networkx's counts with newskg's."""
import sys

import networkx as nx

for path in sys.argv[1:]:
    if path.endswith(".gexf"):
        g = nx.read_gexf(path)
    else:
        g = nx.read_graphml(path, force_multigraph=True)
    print(path, "nodes", g.number_of_nodes(), "edges", g.number_of_edges())
