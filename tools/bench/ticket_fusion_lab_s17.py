#!/usr/bin/env python3
"""Session 17 (issue 16) lab rows, on the dump of ticket_fusion_lab.py: whole-ticket BM25 (TicketWholeBm25.java), whole-ticket
cosine (TicketDocEmbed.java) and a second embedder's dense lists (a second dump). Choices on the odd half only.

    python3 tools/bench/ticket_fusion_lab_s17.py DUMP BUGS odd|even|all LABDIR [DUMP_OF_ANOTHER_MODEL]

LABDIR holds bm25_ticket.tsv (TicketWholeBm25) and docids-MODEL-128.tsv / docvecs-MODEL-128.f32 (TicketDocEmbed).
"""
import sys, collections, os
import numpy as np
LAB = sys.argv[4].rstrip('/') + '/'
EXTRA = sys.argv[5] if len(sys.argv) > 5 else None
sys.argv = sys.argv[:4]
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ticket_fusion_lab.py')).read()
exec(src[:src.index("print(f'{\"variant")])

TB = collections.defaultdict(dict)
for line in open(LAB + 'bm25_ticket.tsv'):
    q, _, g, _, _, s = line.rstrip('\n').split('\t')
    TB[q][g] = float(s)


def whole(q, n=300):
    """The n best whole tickets by BM25 (TicketWholeBm25: summary and description as one document)."""
    d = TB[q]
    return {g: d[g] for g in sorted(d, key=lambda g: -d[g])[:n]}


def pool_of(ls):
    return set().union(*ls)


def docvecs(name):
    ids = [l.strip() for l in open(LAB + 'docids-%s.tsv' % name)]
    return {t: i for i, t in enumerate(ids)}, np.fromfile(LAB + 'docvecs-%s.f32' % name, dtype='<f4').reshape(len(ids), -1)


DV = {n: docvecs(n) for n in ('minilm-128', 'e5-small-q-128') if os.path.exists(LAB + 'docids-%s.tsv' % n)}


def doc_cos(q, name, pool):
    """Cosine of the query ticket's whole text to each pooled ticket's (title and description embedded as one text)."""
    row, v = DV[name]; s = v @ v[row[q]]
    return {t: float(s[row[t]]) for t in pool if t != q}


S17 = [('z-scores default (the lab)', lambda q: zfuse(base_lists(q))),
       ('whole-ticket BM25 in place of the best section (300 tickets)', lambda q: zfuse([whole(q)] + base_lists(q)[1:])),
       ('  ... with 150 tickets', lambda q: zfuse([whole(q, 150)] + base_lists(q)[1:])),
       ('  ... with 500 tickets', lambda q: zfuse([whole(q, 500)] + base_lists(q)[1:])),
       ('whole-ticket BM25 beside the best section (4 evidences)', lambda q: zfuse([whole(q)] + base_lists(q))),
       ('whole-ticket BM25 alone', lambda q: TB[q]),
       ('best-section BM25 alone', lambda q: best(q, 'bm25_all'))]
for n in DV:
    S17 += [('+ whole-ticket cosine, %s' % n, lambda q, n=n: (lambda ls: zfuse(ls + [doc_cos(q, n, pool_of(ls))]))(base_lists(q))),
            ('whole-ticket cosine, %s, in place of the body cosine' % n,
             lambda q, n=n: (lambda ls: zfuse([ls[0], ls[1], doc_cos(q, n, pool_of(ls))]))(base_lists(q))),
            ('whole-ticket BM25 + whole-ticket cosine, %s' % n,
             lambda q, n=n: (lambda ls: zfuse(ls + [doc_cos(q, n, pool_of(ls))]))([whole(q)] + base_lists(q)[1:]))]
if EXTRA:
    H2 = collections.defaultdict(lambda: collections.defaultdict(list))
    for line in open(EXTRA.rstrip('/') + '/hits.tsv'):
        q, lst, g, k, sid, s = line.rstrip('\n').split('\t')
        if lst in ('dense_title', 'dense_body'):
            H2[q][lst].append((g, float(s)))

    def best2(q, lst):
        b = {}
        for g, s in H2[q][lst][:300]:
            b.setdefault(g, s)
        return b

    def averaged(q):
        """Two embedders: each dense evidence the mean of the two models' z-scores; BM25 keeps one share of three."""
        ls = base_lists(q); t2, b2 = best2(q, 'dense_title'), best2(q, 'dense_body')
        keys = sorted(set().union(*ls, t2, b2))

        def z(d):
            lo = min(d.values()); a = np.array([d.get(k, lo) for k in keys]); sd = a.std()
            return (a - a.mean()) / sd if sd > 0 else a * 0
        return dict(zip(keys, z(ls[0]) + (z(ls[1]) + z(t2)) / 2 + (z(ls[2]) + z(b2)) / 2))
    S17 += [('two embedders: five evidences', lambda q: zfuse(base_lists(q) + [best2(q, 'dense_title'), best2(q, 'dense_body')])),
            ('two embedders: dense evidences averaged', averaged),
            ('the second embedder alone (bm25 + its dense)', lambda q: zfuse([base_lists(q)[0], best2(q, 'dense_title'), best2(q, 'dense_body')]))]

print(f'{"variant (%s, %d queries)" % (HALF, len(ODD)):66s} MRR')
for name, fn in S17:
    print(f'{name:66s} {odd_mrr(fn):.4f}')
