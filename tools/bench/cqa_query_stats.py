#!/usr/bin/env python3
"""Answer-set statistics of a labelled CQA query file (JSON lines, optionally .gz), per query type.

For each type: the number of queries, then mean / median / max of the number of hard answers and of
all answers, and the share of queries where a chain goes straight back along the edge it came by
(relation r followed by the reverse of r, e.g. "x --r--> y <--r-- ?"), which the BetaE generator
(snap-stanford/KGReasoning create_queries.py, fill_query) never samples.

With --triples DIR (train.txt, valid.txt, test.txt) and --split test (or valid), also how many links each hard answer
is missing at the least: over every grounding of the query's variables that reaches the answer on the full graph, the
fewest edges not in the observed graph (train + valid for test, train for valid); 1 means the answer is one missing
link away from the observed graph (a "1p-reducible" answer in the sense of Gregucci et al.'s "Is complex query answering
really complex?", april-tools/is-cqa-complex, whose FB15k-237 BetaE statistics give 1.9% of 2p hard answers needing 2).
Only queries without negation.

Usage: python3 tools/bench/cqa_query_stats.py FILE [FILE ...] [--types 2p,3p,...] [--markdown] [--triples DIR --split test]
Standard library only.
"""
import argparse
import gzip
import json
import statistics
import sys
from collections import OrderedDict


def open_lines(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def back_and_forth(node):
    """True when a projection's operand is a projection over the same relation in the other direction."""
    if "rel" in node:
        inner = node["of"]
        if "rel" in inner and inner["rel"] == node["rel"] and inner["inverse"] != node["inverse"]:
            return True
        return back_and_forth(inner)
    for key in ("and", "or"):
        if key in node:
            return any(back_and_forth(q) for q in node[key])
    if "not" in node:
        return back_and_forth(node["not"])
    return False


def read_graph(directory, files):
    """{(entity, relation, inverse): set of entities} over the triples of `files` in `directory`, both directions."""
    graph = {}
    for name in files:
        with open(f"{directory}/{name}", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3:
                    continue
                h, r, t = parts
                graph.setdefault((h, r, False), set()).add(t)
                graph.setdefault((t, r, True), set()).add(h)
    return graph


def missing_links(node, full, observed):
    """{entity: fewest edges outside `observed`} over the groundings of the query tree `node` on `full`."""
    if "entity" in node:
        return {node["entity"]: 0}
    if "rel" in node:
        out = {}
        for source, cost in missing_links(node["of"], full, observed).items():
            key = (source, node["rel"], node["inverse"])
            seen = observed.get(key, ())
            for target in full.get(key, ()):
                c = cost + (0 if target in seen else 1)
                if c < out.get(target, 1 << 30):
                    out[target] = c
        return out
    if "and" in node:
        parts = [missing_links(q, full, observed) for q in node["and"]]
        common = set(parts[0]).intersection(*parts[1:])
        return {e: sum(p[e] for p in parts) for e in common}
    if "or" in node:
        out = {}
        for part in (missing_links(q, full, observed) for q in node["or"]):
            for e, c in part.items():
                out[e] = min(c, out.get(e, 1 << 30))
        return out
    raise ValueError("negation is not counted: " + json.dumps(node))


def summary(values):
    if not values:
        return (0.0, 0.0, 0)
    return (statistics.fmean(values), statistics.median(values), max(values))


def stats(path, types=None, graphs=None):
    per_type = OrderedDict()
    with open_lines(path) as lines:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            row = json.loads(line)
            qtype = row["type"]
            if types and qtype not in types:
                continue
            entry = per_type.setdefault(qtype, {"hard": [], "all": [], "back": 0, "missing": {}})
            entry["hard"].append(len(row["hard_answers"]))
            entry["all"].append(len(set(row["answers"]) | set(row["hard_answers"])))
            entry["back"] += 1 if back_and_forth(row["query"]) else 0
            if graphs and "n" not in qtype:
                costs = missing_links(row["query"], graphs[0], graphs[1])
                for answer in row["hard_answers"]:
                    c = costs.get(answer, -1)
                    entry["missing"][c] = entry["missing"].get(c, 0) + 1
    out = OrderedDict()
    for qtype, entry in per_type.items():
        n = len(entry["hard"])
        out[qtype] = {
            "n": n,
            "hard": summary(entry["hard"]),
            "all": summary(entry["all"]),
            "hard_over_100": sum(1 for h in entry["hard"] if h > 100) / n,
            "back_and_forth": entry["back"] / n,
            "hard_answers_by_missing_links": dict(sorted(entry["missing"].items())),
        }
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--types", default="", help="comma-separated type labels to keep (default: all)")
    parser.add_argument("--markdown", action="store_true", help="one markdown table per file")
    parser.add_argument("--triples", help="directory of train.txt, valid.txt, test.txt: also count missing links")
    parser.add_argument("--split", default="test", choices=["test", "valid"], help="the split the queries hold out")
    args = parser.parse_args(argv)
    types = set(t for t in args.types.split(",") if t) or None
    graphs = None
    if args.triples:
        held_out = ["train.txt", "valid.txt", "test.txt"] if args.split == "test" else ["train.txt", "valid.txt"]
        graphs = (read_graph(args.triples, held_out), read_graph(args.triples, held_out[:-1]))
    for path in args.files:
        result = stats(path, types, graphs)
        if args.markdown:
            print(f"\n{path}\n")
            print("| type | n | hard mean | hard median | hard max | all mean | all median | all max | hard > 100 | r then reverse r"
                  " | hard answers by missing links |")
            print("|---|---|---|---|---|---|---|---|---|---|---|")
            for qtype, s in result.items():
                h, a = s["hard"], s["all"]
                missing = s["hard_answers_by_missing_links"]
                total = sum(missing.values())
                by = ", ".join(f"{k}: {v / total:.3f}" for k, v in missing.items()) if total else ""
                print(f"| {qtype} | {s['n']} | {h[0]:.1f} | {h[1]:g} | {h[2]} | {a[0]:.1f} | {a[1]:g} | {a[2]} "
                      f"| {s['hard_over_100']:.3f} | {s['back_and_forth']:.3f} | {by} |")
        else:
            print(json.dumps({"file": path, "types": result}))


if __name__ == "__main__":
    main(sys.argv[1:])
