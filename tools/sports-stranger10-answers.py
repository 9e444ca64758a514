#!/usr/bin/env python3
"""Answers of the stranger10 development question set (issue 15), computed from the raw data files.

  python3 tools/sports-stranger10-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR [--check]

Input: dev-stranger/stranger10-source.jsonl (questions with a spec, or unanswerable with a note).
Output: dev-stranger/stranger10-questions.jsonl, the frozen set; with --check the set is computed into a
temporary file and compared with the frozen one instead (exit 1 when they differ). Everything else (the spec
language, the checks, the "question <id>: <reason>" stop that writes nothing, home-first scores, the own-goal
guard, failing on ties, and stranger9's first_title, team_matches and sb_formation) is
tools/sports-stranger9-answers.py's, loaded as a module and not copied. No operation is added.
Standard library only; deterministic.
"""
import filecmp
import os
import runpy
import sys
import tempfile

# stranger9's module namespace: its WorldCup and StatsBomb, and S7 (stranger7's module, which holds P2, the driver).
S9 = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sports-stranger9-answers.py"),
                    run_name="stranger9_answers")
S7 = S9["S7"]


def main(argv):
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    p2 = S7.P2
    p2.WorldCup, p2.OpenFootball, p2.StatsBomb = S9["WorldCup"], S7.OpenFootball, S9["StatsBomb"]
    p2.SOURCE = os.path.join(S7.SET_DIR, "stranger10-source.jsonl")
    frozen = os.path.join(S7.SET_DIR, "stranger10-questions.jsonl")
    if not check:
        p2.OUTPUT = frozen
        p2.main(argv)
        return
    with tempfile.TemporaryDirectory() as tmp:
        p2.OUTPUT = os.path.join(tmp, "stranger10-questions.jsonl")
        p2.main(argv)
        if not filecmp.cmp(p2.OUTPUT, frozen, shallow=False):
            sys.exit("%s differs from the answers computed from the data" % os.path.relpath(frozen))
    print("check passed: %s matches the data" % os.path.relpath(frozen))


if __name__ == "__main__":
    main(sys.argv)
