"""NetworkX side of the engine benchmark: reads {nodes, edges, paths} on stdin, times each measure in
Python and prints {times: {...} (ms), values: {...} (lists in node order)} as JSON."""
import json
import sys
import time

import networkx as nx

data = json.load(sys.stdin)
nodes = data["nodes"]
G = nx.Graph()
G.add_nodes_from(nodes)
G.add_edges_from((a, b) for a, b in data["edges"] if a != b)

times, values = {}, {}


def timed(name, fn):
    start = time.perf_counter()
    result = fn()
    times[name] = (time.perf_counter() - start) * 1000
    values[name] = [result[v] for v in nodes]


timed("degree", lambda: nx.degree_centrality(G))
if data["paths"]:
    timed("betweenness", lambda: nx.betweenness_centrality(G))
    timed("closeness", lambda: nx.closeness_centrality(G))
timed("eigenvector", lambda: nx.eigenvector_centrality(G, max_iter=10000, tol=1e-9))
timed("clustering", lambda: nx.clustering(G))
json.dump({"version": nx.__version__, "times": times, "values": values}, sys.stdout)
