#!/usr/bin/env python3
"""Makes the demo's sample data (api/src/main/resources/demo/) from the full data sets.

    python3 tools/make-demo-samples.py [SHARED_DATA_DIR]      # default: ../shared/data

Deterministic: the same input gives byte-identical output. Each subset keeps the upstream rows and
columns unchanged (only rows are left out); the README.md beside each subset names the source,
licence and what was kept. `./groundwork demo` re-ingests when these files change (it hashes them).
"""
import csv
import io
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "api" / "src" / "main" / "resources" / "demo"

TICKETS = 300          # tickets in all: every ticket of a duplicate link, then a seeded sample of the rest
TICKET_SEED = 9
TOURNAMENTS = ["WC-2010", "WC-2011", "WC-2014", "WC-2015", "WC-2018", "WC-2019", "WC-2022"]
# Entity tables and their key; every other table with a tournament_id column is filtered by tournament.
ENTITY_TABLES = {"players.csv": "player_id", "teams.csv": "team_id", "stadiums.csv": "stadium_id",
                 "managers.csv": "manager_id", "referees.csv": "referee_id", "awards.csv": "award_id"}
WHOLE_TABLES = ["confederations.csv"]
SKIPPED_TABLES = ["datasets.csv", "variables.csv"]  # documentation, not read by the ingestor
# Everyday concepts: a CN-100K triple is kept when its head or tail is one of them.
EVERYDAY = ["dog", "cat", "bird", "fish", "horse", "cow", "animal", "pet", "kennel", "house", "home", "kitchen",
            "bedroom", "bed", "sleep", "chair", "table", "door", "window", "car", "bus", "train", "bicycle", "road",
            "water", "food", "eat", "cook", "bread", "apple", "milk", "coffee", "cup", "knife", "book", "read",
            "school", "student", "teacher", "computer", "phone", "money", "shop", "store", "park", "tree", "flower",
            "rain", "sun", "music", "sing", "dance", "run", "walk", "swim", "play", "friend", "child", "baby",
            "doctor", "hospital", "city", "office", "work", "pen", "paper", "television", "shower", "soap"]


def write_text(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def raw_rows(path):
    """The header and (parsed row, raw line) pairs of a CSV without multi-line fields."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = [next(csv.reader([line])) for line in lines]
    if len(list(csv.reader(io.StringIO("".join(lines))))) != len(lines):
        sys.exit(f"{path}: has multi-line fields; this script keeps raw lines and cannot filter it")
    return lines[0], rows[0], list(zip(rows[1:], lines[1:]))


def tickets(src):
    dup_rows = list(csv.reader(open(src / "duplicates.csv", encoding="utf-8", newline="")))
    linked = set()
    for row in dup_rows[1:]:
        linked.add(row[0].strip())
        linked.update(x.strip() for x in row[1].split(","))
    bugs = list(csv.reader(open(src / "bugs.csv", encoding="utf-8", newline="")))
    header, rows = bugs[0], bugs[1:]
    key = header.index("Issue id")
    others = sorted(r[key] for r in rows if r[key] not in linked)
    keep = linked | set(random.Random(TICKET_SEED).sample(others, TICKETS - len(linked)))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(r for r in rows if r[key] in keep)
    write_text(OUT / "tickets" / "bugs.csv", out.getvalue())
    dup = io.StringIO()
    csv.writer(dup, lineterminator="\n").writerows(dup_rows)
    write_text(OUT / "tickets" / "duplicates.csv", dup.getvalue())
    return len(keep), len(dup_rows) - 1


def worldcup(src):
    kept_ids = set()
    counts = {}
    tables = sorted(p.name for p in src.glob("*.csv") if p.name not in SKIPPED_TABLES)
    for name in tables:
        if name in ENTITY_TABLES or name in WHOLE_TABLES:
            continue
        head_line, header, rows = raw_rows(src / name)
        if "tournament_id" not in header:
            sys.exit(f"{name}: neither an entity table nor filtered by tournament_id; decide how to subset it")
        t = header.index("tournament_id")
        kept = [(r, line) for r, line in rows if r[t] in TOURNAMENTS]
        for r, _ in kept:
            kept_ids.update(v for h, v in zip(header, r) if h.endswith("_id"))
        write_text(OUT / "worldcup" / name, head_line + "".join(line for _, line in kept))
        counts[name] = len(kept)
    for name, key in ENTITY_TABLES.items():
        head_line, header, rows = raw_rows(src / name)
        k = header.index(key)
        kept = [line for r, line in rows if r[k] in kept_ids]
        write_text(OUT / "worldcup" / name, head_line + "".join(kept))
        counts[name] = len(kept)
    for name in WHOLE_TABLES:
        write_text(OUT / "worldcup" / name, (src / name).read_text(encoding="utf-8"))
    check_foreign_keys(OUT / "worldcup")
    return counts


def check_foreign_keys(directory):
    """Every *_id value of an entity kind the subset has must name a kept row of that entity table."""
    keys = {}
    for name, key in list(ENTITY_TABLES.items()) + [("confederations.csv", "confederation_id")]:
        _, header, rows = raw_rows(directory / name)
        keys[key] = {r[header.index(key)] for r, _ in rows}
    for path in sorted(directory.glob("*.csv")):
        _, header, rows = raw_rows(path)
        for r, _ in rows:
            for h, v in zip(header, r):
                kind = next((k for k in keys if h == k or h.endswith("_" + k)), None)
                if kind and v not in ("", "not applicable") and v not in keys[kind]:
                    sys.exit(f"{path.name}: {h}={v} refers to a row left out")


def commonsense(src):
    everyday = set(EVERYDAY)
    lines = (src / "train.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [l for l in lines if (lambda p: p[1] in everyday or p[2].rstrip("\n") in everyday)(l.split("\t"))]
    write_text(OUT / "commonsense" / "cn100k-everyday.txt", "".join(kept))
    return len(kept)


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    print("tickets (tickets, duplicate rows):", tickets(data / "tickets" / "hadoop"))
    print("worldcup rows per file:", worldcup(data / "sports" / "worldcup"))
    print("commonsense triples:", commonsense(data / "commonsense" / "cn-100k"))


if __name__ == "__main__":
    main()
