#!/usr/bin/env python3
"""Answers of the stranger8 development question set (issue 15), computed from the raw data files.

  python3 tools/sports-stranger8-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR

Input: dev-stranger/stranger8-source.jsonl (questions with a spec, or unanswerable with a note).
Output: dev-stranger/stranger8-questions.jsonl, the frozen set. Everything else (the spec language, the
checks, the "question <id>: <reason>" stop that writes nothing, home-first scores, the own-goal guard,
failing on ties) is tools/sports-stranger7-answers.py's, loaded as a module and not copied.
Standard library only; deterministic.
"""
import importlib.util
import os
import sys

_SPEC = importlib.util.spec_from_file_location(
    "stranger7_answers", os.path.join(os.path.dirname(os.path.abspath(__file__)), "sports-stranger7-answers.py"))
S7 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(S7)


def main(argv):
    p2 = S7.P2
    p2.WorldCup, p2.OpenFootball, p2.StatsBomb = S7.WorldCup, S7.OpenFootball, S7.StatsBomb
    p2.SOURCE, p2.OUTPUT = (os.path.join(S7.SET_DIR, "stranger8-%s.jsonl" % n) for n in ("source", "questions"))
    p2.main(argv)


if __name__ == "__main__":
    main(sys.argv)
