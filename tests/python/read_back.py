"""Reads an evigraph export back with tools evigraph does not use to write it, and prints what they saw as JSON.

usage: python3 read_back.py bibtex FILE      # pybtex parses it and renders every entry with its unsrt style
       python3 read_back.py csl FILE SCHEMA  # jsonschema validates CSL-JSON against the CSL schema
       python3 read_back.py graphml FILE     # networkx.read_graphml
       python3 read_back.py cyjs FILE        # networkx.cytoscape_graph
       python3 read_back.py gexf FILE        # networkx.read_gexf
A file a reader rejects exits 1 with the reader's own message on stderr.
"""
import json
import sys


def bibtex(path):
    from pybtex.database import parse_file
    from pybtex.plugin import find_plugin

    data = parse_file(path, bib_format="bibtex")
    style = find_plugin("pybtex.style.formatting", "unsrt")()
    # Rendering raises FieldIsMissing for an entry its type's required fields do not fill (e.g. @techreport without institution).
    rendered = {e.key: e.text.render_as("text") for e in style.format_entries(data.entries.values())}
    entries = []
    for key, entry in data.entries.items():
        fields = {k.lower(): str(v) for k, v in entry.fields.items()}
        authors = [str(p) for p in entry.persons.get("author", [])]
        entries.append({"key": key, "type": entry.type, "fields": fields, "authors": authors, "rendered": rendered[key]})
    return {"entries": entries}


def csl(path, schema_path):
    from jsonschema import Draft7Validator

    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        items = json.load(f)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft7Validator(schema).iter_errors(items)]
    return {"errors": errors, "count": len(items)}


def describe(g):
    edges = [{"source": u, "target": v, "key": k, **{a: d.get(a) for a in ("id", "kind", "stance", "color", "edgeClass", "lineStyle", "label")}} for u, v, k, d in g.edges(keys=True, data=True)]
    nodes = [{"id": n, **{a: d.get(a) for a in ("label", "name", "kind", "color", "shape")}} for n, d in g.nodes(data=True)]
    return {"directed": g.is_directed(), "multigraph": g.is_multigraph(), "nodes": nodes, "edges": edges}


def graphml(path):
    import networkx as nx

    return describe(nx.read_graphml(path, force_multigraph=True))


def cyjs(path):
    import networkx as nx

    with open(path, encoding="utf-8") as f:
        return describe(nx.cytoscape_graph(json.load(f)))


def gexf(path):
    import networkx as nx

    g = nx.read_gexf(path, version="1.2draft")
    out = describe(g)
    viz = {n: d.get("viz", {}).get("color") for n, d in g.nodes(data=True)}
    for node in out["nodes"]:
        node["color"] = viz.get(node["id"])
    return out


READERS = {"bibtex": bibtex, "csl": csl, "graphml": graphml, "cyjs": cyjs, "gexf": gexf}

if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in READERS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        result = READERS[sys.argv[1]](*sys.argv[2:])
    except Exception as err:  # the reader's refusal is the test's evidence: report it as it is
        print(f"{type(err).__name__}: {err}", file=sys.stderr)
        sys.exit(1)
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)
