#!/usr/bin/env python3
"""Answers of the stranger9 development question set (issue 15), computed from the raw data files.

  python3 tools/sports-stranger9-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR

Input: dev-stranger/stranger9-source.jsonl (questions with a spec, or unanswerable with a note).
Output: dev-stranger/stranger9-questions.jsonl, the frozen set. Everything else (the spec language, the
checks, the "question <id>: <reason>" stop that writes nothing, home-first scores, the own-goal guard,
failing on ties) is tools/sports-stranger7-answers.py's, loaded as a module and not copied. Two operations
are added, because no earlier one reads them: sb_formation, a StatsBomb team's Starting XI formation
(e.g. "433"); first_title, the year of a team's first World Cup title; and team_matches, how many matches
a team played in one tournament.
Standard library only; deterministic.
"""
import importlib.util
import os
import sys

_SPEC = importlib.util.spec_from_file_location(
    "stranger7_answers", os.path.join(os.path.dirname(os.path.abspath(__file__)), "sports-stranger7-answers.py"))
S7 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(S7)


class WorldCup(S7.WorldCup):
    def op_first_title(self, s):
        """The earliest year the team won a World Cup of that gender (won_years fails when it never did)."""
        return [min(self.op_won_years(s))]

    def op_team_matches(self, s):
        """The team's rows of team_appearances.csv in the tournament (team_appearances fails on none)."""
        return [str(len(self.team_appearances(s)))]


class StatsBomb(S7.StatsBomb):
    def op_sb_formation(self, s):
        """The formation of the team's one Starting XI event in the match."""
        m = self.match(s)
        xi = S7.one((e for e in self.events[m["match_id"]] if e["type"]["name"] == "Starting XI"
                     and e["team"]["name"] == self.team(m, s["team"])), "starting XI %s" % s)
        return [str(xi["tactics"]["formation"])]


def main(argv):
    p2 = S7.P2
    p2.WorldCup, p2.OpenFootball, p2.StatsBomb = WorldCup, S7.OpenFootball, StatsBomb
    p2.SOURCE, p2.OUTPUT = (os.path.join(S7.SET_DIR, "stranger9-%s.jsonl" % n) for n in ("source", "questions"))
    p2.main(argv)


if __name__ == "__main__":
    main(sys.argv)
