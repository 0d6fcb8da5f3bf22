"""Reads a GraphML file with NetworkX (Debian python3-networkx) and prints
what it read as JSON: order, size, and every edge with its ends' labels and
its typed attributes. Usage: python3 graphml_networkx.py FILE"""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1], force_multigraph=True)
if not g.is_directed():
    sys.exit("graph read as undirected")
edges = [
    {"source": g.nodes[s]["label"], "target": g.nodes[t]["label"], "attrs": d}
    for s, t, d in g.edges(data=True)
]
print(json.dumps({"order": g.number_of_nodes(), "size": g.number_of_edges(), "edges": edges}))
