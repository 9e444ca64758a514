#!/usr/bin/env python3
"""Session 18 (issue 16) lab rows: the ticket's metadata as evidence beside the default's three (whole-ticket BM25 and the
two dense evidences). Duplicate-retrieval work has long used a report's fields beside its text (Sun, Lo, Khoo and Jiang,
ASE 2011, "REP": product, component, type, priority and version); the fields here are those hadoop's export has, with
no weight: each is one more z-score, as the parts are. Choices on the odd half only.

    python3 tools/bench/ticket_fusion_lab_s18.py DUMP BUGS odd|even|all LABDIR
"""
import sys, os, csv, math, datetime, collections
LABARGS = sys.argv[:5]
sys.argv = sys.argv[:5]
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ticket_fusion_lab_s17.py')).read()
exec(src[:src.index("print(f'{\"variant")])

ROWS = {r['Issue id']: r for r in csv.DictReader(open(BUGS, newline='', encoding='utf-8'))}
CREATED = {t: datetime.datetime.strptime(r['Created'], '%d/%b/%y %H:%M') for t, r in ROWS.items()}


def days(q, t):
    return abs((CREATED[q] - CREATED[t]).total_seconds()) / 86400


def near_in_time(q, pool, scale=1.0):
    """-log(1 + days between the two tickets' creation): a report and its duplicate are mostly filed weeks apart."""
    return {t: -math.log1p(days(q, t) / scale) for t in pool if t != q}


def same_field(q, pool, field):
    v = ROWS[q][field]
    return {t: 1.0 for t in pool if t != q and v and ROWS[t][field] == v}


def default_lists(q):
    return [whole(q)] + base_lists(q)[1:]


S18 = [('default (whole-ticket BM25 + two dense)', lambda q: zfuse(default_lists(q))),
       ('+ near in time, -log(1 + days)', lambda q: (lambda ls: zfuse(ls + [near_in_time(q, pool_of(ls))]))(default_lists(q))),
       ('+ near in time, -log(1 + weeks)', lambda q: (lambda ls: zfuse(ls + [near_in_time(q, pool_of(ls), 7)]))(default_lists(q))),
       ('+ same affects version (sparse)', lambda q: (lambda ls: zfuse(ls, [same_field(q, pool_of(ls), 'Affects Version/s')]))(default_lists(q))),
       ('+ same priority (sparse)', lambda q: (lambda ls: zfuse(ls, [same_field(q, pool_of(ls), 'Priority')]))(default_lists(q))),
       ('+ near in time + same version', lambda q: (lambda ls: zfuse(ls + [near_in_time(q, pool_of(ls))], [same_field(q, pool_of(ls), 'Affects Version/s')]))(default_lists(q))),
       ('near in time alone', lambda q: near_in_time(q, ROWS.keys()))]

print(f'{"variant (%s, %d queries)" % (HALF, len(ODD)):66s} MRR')
for name, fn in S18:
    print(f'{name:66s} {odd_mrr(fn):.4f}')
