#!/usr/bin/env python3
"""Answer-set statistics of a labelled CQA query file (JSON lines, optionally .gz), per query type.

For each type: the number of queries, then mean / median / max of the number of hard answers and of
all answers, and the share of queries where a chain goes straight back along the edge it came by
(relation r followed by the reverse of r, e.g. "x --r--> y <--r-- ?"), which the BetaE generator
(snap-stanford/KGReasoning create_queries.py, fill_query) never samples.

Usage: python3 tools/bench/cqa_query_stats.py FILE [FILE ...] [--types 2p,3p,...] [--markdown]
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


def summary(values):
    if not values:
        return (0.0, 0.0, 0)
    return (statistics.fmean(values), statistics.median(values), max(values))


def stats(path, types=None):
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
            entry = per_type.setdefault(qtype, {"hard": [], "all": [], "back": 0})
            entry["hard"].append(len(row["hard_answers"]))
            entry["all"].append(len(set(row["answers"]) | set(row["hard_answers"])))
            entry["back"] += 1 if back_and_forth(row["query"]) else 0
    out = OrderedDict()
    for qtype, entry in per_type.items():
        n = len(entry["hard"])
        out[qtype] = {
            "n": n,
            "hard": summary(entry["hard"]),
            "all": summary(entry["all"]),
            "hard_over_100": sum(1 for h in entry["hard"] if h > 100) / n,
            "back_and_forth": entry["back"] / n,
        }
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--types", default="", help="comma-separated type labels to keep (default: all)")
    parser.add_argument("--markdown", action="store_true", help="one markdown table per file")
    args = parser.parse_args(argv)
    types = set(t for t in args.types.split(",") if t) or None
    for path in args.files:
        result = stats(path, types)
        if args.markdown:
            print(f"\n{path}\n")
            print("| type | n | hard mean | hard median | hard max | all mean | all median | all max | hard > 100 | r then reverse r |")
            print("|---|---|---|---|---|---|---|---|---|---|")
            for qtype, s in result.items():
                h, a = s["hard"], s["all"]
                print(f"| {qtype} | {s['n']} | {h[0]:.1f} | {h[1]:g} | {h[2]} | {a[0]:.1f} | {a[1]:g} | {a[2]} "
                      f"| {s['hard_over_100']:.3f} | {s['back_and_forth']:.3f} |")
        else:
            print(json.dumps({"file": path, "types": result}))


if __name__ == "__main__":
    main(sys.argv[1:])
