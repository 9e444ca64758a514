#!/usr/bin/env python3
"""Fusion experiments on the ticket benchmark's dumped evidence, ODD-ID HALF ONLY (where choices are made).

Re-implements the retriever's fusion over the evidence TicketEvidenceDump.java writes, so that variants cost seconds
instead of an eval run each; the even half and all queries are reported by `eval tickets --ablation` alone, for what
was chosen here. Usage (docs/tickets.md, "How the default was chosen"):

    python3 tools/bench/ticket_fusion_lab.py DUMP_DIR path/to/hadoop/bugs.csv [odd|even|all]
"""
import collections, csv, math, re, sys
import numpy as np

csv.field_size_limit(10**9)
D, BUGS = sys.argv[1].rstrip('/') + '/', sys.argv[2]
TEXT = {r['Issue id']: r['Summary'] + '\n' + r['Description'] for r in csv.DictReader(open(BUGS, newline=''))}
Q, REL, QM = [], {}, {}
for line in open(D + 'queries.tsv'):
    p = line.rstrip('\n').split('\t')
    Q.append(p[0]); REL[p[0]] = set(p[1].split(',')); QM[p[0]] = [m for m in p[2].split('\x01') if m]
HITS = collections.defaultdict(lambda: collections.defaultdict(list)); JAVA = {}; SECTION = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(D + 'hits.tsv'):
    q, lst, g, k, sid, s = line.rstrip('\n').split('\t')
    if lst == 'java':
        JAVA[q] = g.split(',')
    else:
        HITS[q][lst].append((g, k, float(s)))
        SECTION[q][lst].append(sid)
LINKS = collections.defaultdict(list)
for line in open(D + 'links.tsv'):
    a, b, _, s = line.rstrip('\n').split('\t'); LINKS[a].append((b, float(s))); LINKS[b].append((a, float(s)))
MENT = collections.defaultdict(set)
for line in open(D + 'mentions.tsv'):
    t, k, v = line.rstrip('\n').split('\t')
    if k in ('EXCEPTION', 'ERROR_CODE', 'FRAME', 'CONFIG_KEY'):
        MENT[t].add(v)
TICKETS = sorted(TEXT)
# Choices are made on the odd half (the default); `even` and `all` report what was chosen, never choose.
HALF = sys.argv[3] if len(sys.argv) > 3 else 'odd'
ODD = [q for q in Q if HALF == 'all' or int(q) % 2 == (1 if HALF == 'odd' else 0)]


def rr(ranking, rel):
    return next((1 / (i + 1) for i, k in enumerate(ranking[:100]) if k in rel), 0.0)


def odd_mrr(fn):
    out = []
    for q in ODD:
        s = fn(q)
        out.append(rr(sorted(s, key=lambda k: (-s[k], k)), REL[q]))
    return np.mean(out)


def best(q, lst, n=300, kinds=None, excl=()):
    b = {}
    for g, k, s in HITS[q][lst][:n]:
        if (kinds is None or k in kinds) and k not in excl and g not in b:
            b[g] = s
    return b


def dense_mean(q, excl=()):
    out = {}
    for lst in ('dense_title', 'dense_body'):
        for g, s in best(q, lst, excl=excl).items():
            out[g] = out.get(g, 0) + s / 2
    return out


def rrf(lists, k=60):
    out = collections.defaultdict(float)
    for d in lists:
        for r, g in enumerate(sorted(d, key=lambda g: -d[g])):  # stable: ties keep the search's order, as in Java
            out[g] += 1 / (k + r + 1)
    return out


def zfuse(lists, sparse=()):
    """z-scores over the pool (tickets of `lists`); a ticket a list lacks scores its minimum, a sparse list's 0."""
    keys = sorted(set().union(*lists)); out = dict.fromkeys(keys, 0.0)
    for d, missing in [(d, None) for d in lists] + [(d, 0.0) for d in sparse]:
        lo = min(d.values()) if d else 0.0
        a = np.array([d.get(k, lo if missing is None else missing) for k in keys]); sd = a.std()
        if sd > 0:
            for k, v in zip(keys, (a - a.mean()) / sd):
                out[k] += v
    return out


def base_lists(q, excl=()):
    return [best(q, 'bm25_all', excl=excl), best(q, 'dense_title', excl=excl), best(q, 'dense_body', excl=excl)]


def mentions(q):
    df = collections.Counter(v for t in MENT for v in MENT[t])
    return {t: s for t in TICKETS if t != q
            for s in [sum(math.log(1 + len(TICKETS) / df[m]) for m in set(QM[q]) & MENT[t])] if s > 0}


IDENT = re.compile(r"(?:[A-Za-z_][\w-]*\.){2,}[A-Za-z_][\w-]*|[\w.-]*/[\w./-]+|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b"
                   r"|\b[a-z]+[A-Z]\w*\b|\b\d+\.\d+(?:\.\d+)+\b")
IDS = {t: collections.Counter(m.lower() for m in IDENT.findall(TEXT[t])) for t in TICKETS}
IDF = collections.Counter(x for t in TICKETS for x in IDS[t]); AVG = np.mean([sum(c.values()) for c in IDS.values()])


def identifiers(q):
    out = {}
    for t in TICKETS:
        if t == q:
            continue
        n = sum(IDS[t].values()); s = 0.0
        for term, c in IDS[q].items():
            f = IDS[t].get(term)
            if f:
                idf = math.log(1 + (len(TICKETS) - IDF[term] + .5) / (IDF[term] + .5))
                s += c * idf * f * 2.2 / (f + 1.2 * (.25 + .75 * n / AVG))
        if s > 0:
            out[t] = s
    return out


def neighbours(q, links=None):
    links = LINKS if links is None else links
    b = zfuse(base_lists(q)); out = {}
    for c in b:
        v = sum(s * max(0.0, b[n]) for n, s in links[c] if n != q and n in b)
        if v > 0:
            out[c] = v
    return out


# Hubness (CSLS, Conneau et al. 2018): a vector close to many others is close to every query; CSLS scores a pair
# 2 cos - r_a - r_b, r = the mean cosine of a vector to its k = 10 nearest neighbours (the paper's k). The query's r is
# the same for every candidate, so a section's own r is what changes the ranking.
DOCS = [l.rstrip('\n').split('\t') for l in open(D + 'docs.tsv')]
VECS = np.fromfile(D + 'vecs.f32', dtype='<f4').reshape(len(DOCS), -1)
GROUP = np.array([d[1] for d in DOCS]); KIND = np.array([d[2] for d in DOCS])
ROW = {d[0]: i for i, d in enumerate(DOCS)}


def hub_r(rows, k=10, among=None):
    """Mean cosine of each of `rows` to its k nearest vectors among `among` (all sections), other tickets only."""
    pool = np.arange(len(DOCS)) if among is None else among
    out = np.zeros(len(rows))
    for b in range(0, len(rows), 512):
        r = rows[b:b + 512]
        sims = VECS[r] @ VECS[pool].T
        sims[GROUP[r][:, None] == GROUP[pool][None, :]] = -2
        out[b:b + 512] = -np.sort(-np.partition(sims, -k, axis=1)[:, -k:], axis=1).mean(axis=1)
    return out


R_SECTION = dict(zip([d[0] for d in DOCS], hub_r(np.arange(len(DOCS)))))
SUMMARIES = np.where(KIND == 'SUMMARY')[0]
R_TITLE5 = dict(zip(GROUP[SUMMARIES], hub_r(SUMMARIES, k=5, among=SUMMARIES)))


def csls(q, lst, r_of):
    b = {}
    for (g, k, s), sid in zip(HITS[q][lst][:300], SECTION[q][lst][:300]):
        v = 2 * s - r_of(sid, g)
        if g not in b or v > b[g]:
            b[g] = v
    return b


def csls_lists(q, r_of):
    return [best(q, 'bm25_all'), csls(q, 'dense_title', r_of), csls(q, 'dense_body', r_of)]


def _mutual_title_links(k=5):
    """Title pairs each among the other's k nearest titles (k as the SIMILAR_TO search): no threshold."""
    t = VECS[SUMMARIES]; sims = t @ t.T; np.fill_diagonal(sims, -2)
    nn = np.argsort(-sims, axis=1)[:, :k]; near = [set(r) for r in nn]; out = collections.defaultdict(list)
    for a in range(len(SUMMARIES)):
        for b in nn[a]:
            if a in near[b]:
                out[GROUP[SUMMARIES[a]]].append((GROUP[SUMMARIES[b]], float(sims[a, b])))
    return out


MUTUAL = _mutual_title_links()


def mutual_neighbours(q):
    return neighbours(q, MUTUAL)


def maxnorm(d):
    m = max(d.values()); return {k: v / m for k, v in d.items()}


VARIANTS = [
    ('eval tickets default (the dumped ranking)', lambda q: {k: -i for i, k in enumerate(JAVA[q])}),
    ('bm25 best section alone', lambda q: best(q, 'bm25_all')),
    ('dense (mean of title and body cosine) alone', dense_mean),
    ('RRF k=60: bm25 + dense mean (default until now)', lambda q: rrf([best(q, 'bm25_all'), dense_mean(q)])),
    ('RRF k=60: bm25 + title cosine + body cosine', lambda q: rrf(base_lists(q))),
    ('CombSUM max-normalised: bm25 + dense mean', lambda q: collections.Counter(maxnorm(best(q, 'bm25_all'))) + collections.Counter(maxnorm(dense_mean(q)))),
    ('z-scores: bm25 + dense mean', lambda q: zfuse([best(q, 'bm25_all'), dense_mean(q)])),
    ('z-scores: bm25 + title cosine + body cosine (new default)', lambda q: zfuse(base_lists(q))),
    ('  + title against titles, cosine', lambda q: zfuse(base_lists(q) + [best(q, 'dense_title', kinds={'SUMMARY'})])),
    ('  + title against titles, BM25', lambda q: zfuse(base_lists(q) + [best(q, 'bm25_title_all', 2000, kinds={'SUMMARY'})])),
    ('  + mentions (IDF-weighted, sparse)', lambda q: zfuse(base_lists(q), [mentions(q)])),
    ('  + neighbours (SIMILAR_TO, sparse)', lambda q: zfuse(base_lists(q), [neighbours(q)])),
    ('  + identifiers (BM25 over code identifiers, sparse)', lambda q: zfuse(base_lists(q), [identifiers(q)])),
    ('  without FIELDS sections', lambda q: zfuse(base_lists(q, excl=('FIELDS',)))),
    ('  + neighbours over mutual top-5 title links (no threshold)', lambda q: zfuse(base_lists(q), [mutual_neighbours(q)])),
    ('  dense as CSLS, section r (k=10 sections)', lambda q: zfuse(csls_lists(q, lambda sid, g: R_SECTION[sid]))),
    ('  dense as CSLS, ticket r (k=5 titles, SIMILAR_TO search)', lambda q: zfuse(csls_lists(q, lambda sid, g: R_TITLE5.get(g, 0)))),
]

# Session 11 (issue 16): methods whose constants their literature fixes, each tried on the odd half.
QV = np.fromfile(D + 'qvecs.f32', dtype='<f4').reshape(len(Q), 2, -1)  # per query: title and body vectors as queries
QI = {q: i for i, q in enumerate(Q)}
_CACHE = {}


def cached(key, fn):
    if key not in _CACHE:
        _CACHE[key] = fn()
    return _CACHE[key]


def dense_exact(v, q, n=300):
    """The best cosine per ticket among the n nearest sections to v by brute force (q's own sections left out)."""
    s = VECS @ v
    s[GROUP == q] = -9
    top = np.argsort(-s)[:n]
    b = {}
    for i in top:
        b.setdefault(GROUP[i], float(s[i]))
    return b, top


def rocchio(q, t, k=3):
    """Dense pseudo-relevance feedback (Rocchio / ANCE-PRF's 'average'): the query vector averaged with its k best
    sections' vectors, re-normalised, searched again."""
    v = QV[QI[q], t]
    top = dense_exact(v, q)[1][:k]
    nv = (v + VECS[top].sum(0)) / (k + 1)
    return dense_exact(nv / np.linalg.norm(nv), q)[0]


def prf_lists(q):
    return [best(q, 'bm25_all')] + [cached((q, t, 'rocchio'), lambda: rocchio(q, t)) for t in (0, 1)]


def sparse_overlap(q, kind):
    """IDF-weighted shared mentions of one kind (FRAME: the top three frames of each stack trace; EXCEPTION)."""
    m = MENT_BY_KIND[kind]
    df = collections.Counter(v for t in m for v in m[t])
    asked = set(QM[q]) & set(df)
    return {t: s for t in m if t != q for s in [sum(math.log(1 + len(TICKETS) / df[x]) for x in asked & m[t])] if s > 0}


MENT_BY_KIND = collections.defaultdict(lambda: collections.defaultdict(set))
for line in open(D + 'mentions.tsv'):
    t, k, v = line.rstrip('\n').split('\t')
    MENT_BY_KIND[k][t].add(v)


def _derived_threshold_links(k=5):
    """SIMILAR_TO with the threshold taken from the data: mean + 1 sd of every title's top-k title cosines."""
    t = VECS[SUMMARIES]; sims = t @ t.T; np.fill_diagonal(sims, -2)
    nn = np.argsort(-sims, axis=1)[:, :k]; top = np.take_along_axis(sims, nn, axis=1)
    threshold = top.mean() + top.std(); out = collections.defaultdict(list)
    for a in range(len(SUMMARIES)):
        for b in nn[a]:
            if sims[a, b] >= threshold:
                out[GROUP[SUMMARIES[a]]].append((GROUP[SUMMARIES[b]], float(sims[a, b])))
                out[GROUP[SUMMARIES[b]]].append((GROUP[SUMMARIES[a]], float(sims[a, b])))
    return out, threshold


DERIVED, DERIVED_THRESHOLD = _derived_threshold_links()
TITLE_TICKETS = list(GROUP[SUMMARIES]); TITLE_ROW = {t: i for i, t in enumerate(TITLE_TICKETS)}
TITLE_SIMS = VECS[SUMMARIES] @ VECS[SUMMARIES].T
np.fill_diagonal(TITLE_SIMS, -2)


def k_reciprocal(q, k1=20):
    """k-reciprocal neighbours (Zhong et al. 2017, k1 = 20) over title vectors, the query's title vector in its own row:
    the Jaccard overlap of the query's and each ticket's k-reciprocal sets (each set with its owner)."""
    qi = TITLE_ROW[q]; s = VECS[SUMMARIES] @ QV[QI[q], 0]; s[qi] = -2
    sims = TITLE_SIMS.copy(); sims[qi, :] = s; sims[:, qi] = s
    near = [set(r) for r in np.argsort(-sims, axis=1)[:, :k1]]
    recip = [{x for x in near[p] if p in near[x]} | {p} for p in range(len(near))]
    return {TITLE_TICKETS[c]: j for c in range(len(near)) if c != qi
            for j in [len(recip[qi] & recip[c]) / len(recip[qi] | recip[c])] if j > 0}


def k_reciprocal_title(q):
    """Zhong et al.'s final distance 0.3 d_original + 0.7 d_Jaccard, as a similarity, in place of the title cosine."""
    j = cached((q, 'krec'), lambda: k_reciprocal(q)); ls = base_lists(q)
    return zfuse([ls[0], {g: 0.3 * v + 0.7 * j.get(g, 0.0) for g, v in ls[1].items()}, ls[2]])


VARIANTS += [
    ('s11: RM3 BM25 (10 docs, 10 terms, 0.5), 300 sections', lambda q: zfuse([best(q, 'bm25_rm3')] + base_lists(q)[1:])),
    ('s11: dense Rocchio PRF, average with the 3 best sections', lambda q: zfuse(prf_lists(q))),
    ('s11:   + RM3 BM25', lambda q: zfuse([best(q, 'bm25_rm3')] + prf_lists(q)[1:])),
    ('s11: + stack-trace top frames (IDF-weighted, sparse)', lambda q: zfuse(base_lists(q), [sparse_overlap(q, 'FRAME')])),
    ('s11: + exception classes (IDF-weighted, sparse)', lambda q: zfuse(base_lists(q), [sparse_overlap(q, 'EXCEPTION')])),
    ('s11: + neighbours, SIMILAR_TO at mean + 1 sd (%.3f)' % DERIVED_THRESHOLD, lambda q: zfuse(base_lists(q), [neighbours(q, DERIVED)])),
    ('s11: + k-reciprocal Jaccard (titles, k1 = 20, sparse)', lambda q: zfuse(base_lists(q), [cached((q, 'krec'), lambda: k_reciprocal(q))])),
    ('s11: title cosine as 0.3 cosine + 0.7 k-reciprocal Jaccard', k_reciprocal_title),
    ('s11: body cosine over BERT-MaxP passages (150 words, stride 75)', lambda q: zfuse(base_lists(q)[:2] + [best(q, 'dense_body_maxp')])),
    ('s11:   + RM3 BM25', lambda q: zfuse([best(q, 'bm25_rm3'), base_lists(q)[1], best(q, 'dense_body_maxp')])),
    ('s11: BM25 over 2,000 sections instead of 300 (pool)', lambda q: zfuse([best(q, 'bm25_all', 2000)] + base_lists(q)[1:])),
]

print(f'{"variant (%s, %d queries)" % (HALF, len(ODD)):62s} MRR')
for name, fn in VARIANTS:
    print(f'{name:62s} {odd_mrr(fn):.4f}')
