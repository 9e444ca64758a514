#!/usr/bin/env python3
"""Crash harness for Groundwork's ingest: kill -9 an ingest at random points, re-run it, compare with a clean run.

For one ingest kind on a named dataset, with a fixed seed:
  1. a clean run into its own store; its log (GROUNDWORK_LOG_LEVEL=DEBUG) gives, for each batch commit
     ("Ingest run R: N records committed"), the records committed so far and when;
  2. into a second store: KILLS times, start the same ingest and kill -9 it. The kills are aimed by
     record count, not wall time: 8 of 10 draw a seeded record count between the clean run's first and
     last commit, wait in the killed run's own log for the commit just before that count, then for the
     share of the clean run's time to the next commit that puts the kill at that record (so the run is
     mid-ingest: its next batch is being written). The other 2 fall at a seeded time before the clean
     run's first commit (start-up, parsing). After each kill, log how many records the killed run had
     committed, from its log; at the end, from the store as well (IngestRun.committedRecords, written
     in each batch's own transaction), with the status the next start's recovery gave the run;
  3. one more run of the same command to completion (every command first rolls back the killed runs);
  4. compare the two stores: node and relationship counts, per-label checksums over the domain
     properties (not gw* provenance, element ids or IngestRun/Source/IngestJournal bookkeeping),
     per-type relationship checksums, and documents per search index (groundwork status --json);
     and check that no run is left RUNNING.
Prints one JSON object as the last line: {"kind", "dataset", "seed", "kills", "differences", "running", ...}.
Exit code 0 when there are no differences and nothing is left RUNNING.

Usage: tools/crash-harness.py KIND [--data PATH] [--seed 17] [--kills 10] [--work DIR]
  KIND: tickets (hadoop), sports (World Cup), commonsense (CN-100K train), triples (FB15k-237 train)
"""
import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import re
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("GROUNDWORK_DATA", "/work/shared/data")
KINDS = {
    "tickets": lambda d: ["ingest", "tickets", "--format", "csv", "--links", os.path.join(d, "duplicates.csv"),
                          os.path.join(d, "bugs.csv")],
    "sports": lambda d: ["ingest", "sports", "--format", "worldcup", d],
    "commonsense": lambda d: ["ingest", "commonsense", "--format", "cn100k", d],
    "triples": lambda d: ["ingest", "triples", "--dataset", "fb15k-237", d],
}
DEFAULT_DATA = {
    "tickets": os.path.join(DATA, "tickets/hadoop"),
    "sports": os.path.join(DATA, "sports/worldcup"),
    "commonsense": os.path.join(DATA, "commonsense/cn-100k/train.txt"),
    "triples": os.path.join(DATA, "kg/fb15k-237/train.txt"),
}
BOOKKEEPING = "NOT n:IngestRun AND NOT n:Source AND NOT n:IngestJournal AND NOT n:GwSuperseded"
KEY = ("coalesce(%s.key, %s.uri, %s.id, %s.matchId, %s.teamId, %s.playerId, %s.tournamentId, %s.stadiumId, "
       "%s.refereeId, %s.managerId, %s.groupId, %s.awardId, %s.competitionId, %s.name)")
NODES = ("MATCH (n) WHERE " + BOOKKEEPING + " RETURN labels(n) AS labels, "
         "[k IN keys(n) WHERE NOT k STARTS WITH 'gw' | [k, n[k]]] AS props")
RELS = ("MATCH (a)-[r]->(b) WHERE NOT a:IngestRun AND NOT a:IngestJournal AND NOT b:GwSuperseded AND NOT a:GwSuperseded "
        "RETURN type(r) AS type, labels(a) AS from, " + KEY.replace("%s", "a") + " AS fromKey, labels(b) AS to, "
        + KEY.replace("%s", "b") + " AS toKey, [k IN keys(r) WHERE NOT k STARTS WITH 'gw' | [k, r[k]]] AS props")
RUNNING = "MATCH (r:IngestRun) WHERE r.status IN ['RUNNING', 'UNDOING'] RETURN count(r) AS n"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


COMMITTED = re.compile(r"Ingest run (\S+): (\d+) records committed")
# BatchWriter logs each batch commit at DEBUG.
ENV = dict(os.environ, GROUNDWORK_LOG_LEVEL="DEBUG")


def groundwork(db, args, timeout=None):
    cmd = [os.path.join(ROOT, "groundwork")] + args + ["--db", db, "--bolt-port", str(free_port())]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=ENV)


class Watched:
    """An ingest process whose standard error is read line by line, noting when its first batch committed."""

    def __init__(self, db, args):
        cmd = [os.path.join(ROOT, "groundwork")] + args + ["--db", db, "--bolt-port", str(free_port())]
        self.started = time.monotonic()
        self.commits = []  # (seconds since start, records committed so far), one per batch commit
        self.committed_seen = 0
        self.run_id = None  # from its log, once it has committed a batch
        self.ended = False
        self.tail = []
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV,
                                     start_new_session=True, text=True, errors="replace")
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.proc.stderr:
            self.tail = (self.tail + [line])[-40:]
            for m in COMMITTED.finditer(line):
                self.run_id, self.committed_seen = m.group(1), int(m.group(2))
                self.commits.append((time.monotonic() - self.started, self.committed_seen))
        self.ended = True  # the process ended: nobody waits for ever

    def wait_for_records(self, records):
        """Waits until this run has logged a commit of at least `records` records; False if it ended first."""
        while self.committed_seen < records:
            if self.ended:
                return False
            time.sleep(0.02)
        return True

    def wait(self):
        rc = self.proc.wait()
        self.reader.join()
        return rc, time.monotonic() - self.started

    def kill(self):
        if self.proc.poll() is None:
            # kill -9 of the JVM (the launcher execs java, so the pid is the JVM's; the group catches any child).
            os.killpg(self.proc.pid, signal.SIGKILL)
            return True
        return False


def cypher(db, query):
    # The snapshot is one row holding the whole graph: the user-Cypher timeout (30 s) is too short for it under load.
    p = groundwork(db, ["cypher", query, "--json", "--cypher-timeout", "7200s"])
    if p.returncode != 0:
        raise SystemExit("cypher failed on %s: %s\n%s" % (db, query, p.stderr[-2000:]))
    return json.loads(p.stdout.strip().splitlines()[-1])["rows"]


def canonical(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def snapshot(db):
    """Counts and checksums of a store's domain graph, leaving out bookkeeping and provenance."""
    per_label, per_type = {}, {}
    # One query per whole graph keeps the number of JVM starts small; rows are hashed one by one.
    wrapped_nodes = "CALL () { " + NODES + " } RETURN collect([labels, props]) AS all"
    wrapped_rels = "CALL () { " + RELS + " } RETURN collect([type, from, fromKey, to, toKey, props]) AS all"
    for labels, props in cypher(db, wrapped_nodes)[0]["all"]:
        line = canonical(sorted(labels)) + canonical(sorted(props, key=lambda kv: kv[0]))
        for label in labels:
            entry = per_label.setdefault(label, [0, 0])
            entry[0] += 1
            entry[1] ^= int(hashlib.sha256(line.encode()).hexdigest()[:16], 16)
    for t, a, ak, b, bk, props in cypher(db, wrapped_rels)[0]["all"]:
        line = canonical([t, sorted(a), ak, sorted(b), bk, sorted(props, key=lambda kv: kv[0])])
        entry = per_type.setdefault(t, [0, 0])
        entry[0] += 1
        # XOR of hashes is order-free; a duplicate pair would cancel, so the count is compared too.
        entry[1] ^= int(hashlib.sha256(line.encode()).hexdigest()[:16], 16)
    return {"nodes": sum(v[0] for k, v in per_label.items()), "relationships": sum(v[0] for v in per_type.values()),
            "labels": {k: "%d/%016x" % tuple(v) for k, v in sorted(per_label.items())},
            "types": {k: "%d/%016x" % tuple(v) for k, v in sorted(per_type.items())}}


def differences(clean, crashed):
    out = []
    for part in ("labels", "types", "search"):
        for name in sorted(set(clean[part]) | set(crashed[part])):
            if clean[part].get(name) != crashed[part].get(name):
                out.append("%s %s: clean %s, after kills %s" % (part, name, clean[part].get(name), crashed[part].get(name)))
    return out


def search_documents(db):
    p = groundwork(db, ["status", "--json"])
    if p.returncode != 0:
        raise SystemExit("status failed on %s:\n%s" % (db, p.stderr[-2000:]))
    return json.loads(p.stdout.strip().splitlines()[-1]).get("searchDocuments", {})


def runs(db):
    """Every ingest run in the store by id: status and records committed (the store rolls killed runs back on open)."""
    rows = cypher(db, "MATCH (r:IngestRun) RETURN r.id AS id, r.status AS status, r.committedRecords AS committed "
                      "ORDER BY r.startedAt")
    return {r["id"]: r for r in rows}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=sorted(KINDS))
    ap.add_argument("--data")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--work")
    ap.add_argument("--compare-only", action="store_true",
                    help="only compare the clean and crash stores already in --work (after a run whose comparison failed)")
    a = ap.parse_args()
    data = a.data or DEFAULT_DATA[a.kind]
    work = a.work or tempfile.mkdtemp(prefix="gw-crash-%s-" % a.kind)
    clean_db, crash_db = os.path.join(work, "clean"), os.path.join(work, "crash")
    if a.compare_only:
        return compare(a, data, clean_db, crash_db, [], 0.0, 0.0, work, None, [])
    for d in (clean_db, crash_db):
        shutil.rmtree(d, ignore_errors=True)
    args = KINDS[a.kind](data)
    rng = random.Random(a.seed)

    clean_run = Watched(clean_db, args)
    rc, clean_seconds = clean_run.wait()
    if rc != 0:
        raise SystemExit("the clean run failed:\n" + "".join(clean_run.tail))
    if len(clean_run.commits) < 2:
        raise SystemExit("the clean run logged %d batch commits, need 2 to aim kills between them; "
                         "is GROUNDWORK_LOG_LEVEL honoured?" % len(clean_run.commits))
    commits = clean_run.commits
    first_commit, first_records, last_records = commits[0][0], commits[0][1], commits[-1][1]
    before = a.kills * 2 // 10
    # ("records", n): kill when record n is being written; ("seconds", s): kill s seconds after the start.
    plan = ([("records", rng.randrange(first_records, last_records)) for _ in range(a.kills - before)]
            + [("seconds", rng.uniform(min(1.0, first_commit * 0.5), first_commit * 0.95)) for _ in range(before)])
    rng.shuffle(plan)
    # Printed now, so that a run stopped part-way still tells what its kills were aimed by.
    print(json.dumps({"clean_seconds": round(clean_seconds, 1), "clean_first_commit_s": round(first_commit, 1),
                      "clean_commits": len(commits), "clean_records": last_records, "plan": plan}),
          file=sys.stderr, flush=True)
    kills = []
    for i, (aim, value) in enumerate(plan):
        run_ = Watched(crash_db, args)
        if aim == "records":
            # The clean commit at or before the target, the next one after it, and the share of the time between.
            j = max(k for k, (_, n) in enumerate(commits) if n <= value)
            (t0, n0), (t1, n1) = commits[j], commits[j + 1]
            if run_.wait_for_records(n0):
                time.sleep((t1 - t0) * (value - n0) / max(1, n1 - n0))
        else:
            time.sleep(value)
        committed_at_kill = run_.committed_seen
        killed = run_.kill()
        _, at = run_.wait()
        kills.append({"kill": i + 1, "aimed_at": ("record %d of %d" % (value, last_records) if aim == "records"
                                                  else "%.1f s, before the first commit" % value),
                      "at_s": round(at, 1), "finished_before_kill": not killed, "run": run_.run_id,
                      "records_committed_logged": committed_at_kill})
        print(json.dumps(kills[-1]), file=sys.stderr, flush=True)
    p = groundwork(crash_db, args)
    if p.returncode != 0:
        raise SystemExit("the re-run after the kills failed:\n" + p.stderr[-3000:])
    # Each start rolled the run killed before it back; the store says how, and what it had committed.
    recorded = runs(crash_db)
    for k in kills:
        r = recorded.get(k["run"], {})
        k["status_after_open"], k["records_committed"] = r.get("status"), r.get("committed") or 0
    logged = {k["run"] for k in kills}
    # Runs killed before their first commit logged no id (the store lists them if they got as far as
    # recording themselves); the last of these is the final re-run.
    other_runs = [[r["status"], r["committed"] or 0] for i, r in recorded.items() if i not in logged]
    return compare(a, data, clean_db, crash_db, kills, clean_seconds, first_commit, work, last_records, other_runs)


def compare(a, data, clean_db, crash_db, kills, clean_seconds, first_commit, work, clean_records, other_runs):
    clean, crashed = snapshot(clean_db), snapshot(crash_db)
    clean["search"], crashed["search"] = search_documents(clean_db), search_documents(crash_db)
    diff = differences(clean, crashed)
    running = cypher(crash_db, RUNNING)[0]["n"]
    result = {"kind": a.kind, "dataset": data, "seed": a.seed, "kills": kills,
              "kills_after_first_commit": sum(1 for k in kills if k.get("records_committed")),
              "kills_mid_run": sum(1 for k in kills if k.get("records_committed") and k["status_after_open"] == "INTERRUPTED"),
              "clean_seconds": round(clean_seconds, 1), "clean_first_commit_s": round(first_commit, 1),
              "clean_records": clean_records, "other_runs": other_runs,
              "search_documents": [clean["search"], crashed["search"]], "nodes": [clean["nodes"], crashed["nodes"]],
              "relationships": [clean["relationships"], crashed["relationships"]], "differences": diff,
              "running": running, "work": work}
    print(json.dumps(result))
    return 0 if not diff and running == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
