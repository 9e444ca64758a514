#!/usr/bin/env python3
"""Answers of the stranger11 development question set (issue 15), computed from the raw data files.

  python3 tools/sports-stranger11-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR [--check]

Input: dev-stranger/stranger11-source.jsonl (questions with a spec, or unanswerable with a note).
Output: dev-stranger/stranger11-questions.jsonl, the frozen set; with --check the answers are computed into a
temporary file and compared with the frozen one (exit 1 when they differ). The spec language, the checks, the
"question <id>: <reason>" stop that writes nothing, home-first scores, the own-goal guard, failing on ties, and
stranger9's operations are tools/sports-stranger9-answers.py's (reached through stranger10's module), loaded and
not copied. The answers are always computed into a temporary file, then copied to the frozen file or compared with it. Three operations are added, because no earlier one reads them: count_goalless (a
tournament's matches that ended 0-0), of_opponent (a club's opponent in a league season on a date or in a round)
and of_home_win (the one home side of a season that won by a given score).
Standard library only; deterministic.
"""
import filecmp
import os
import runpy
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
S10 = runpy.run_path(os.path.join(HERE, "sports-stranger10-answers.py"), run_name="stranger10_answers")
S9 = S10["S9"]
S7 = S10["S7"]
one, fail = S7.one, S7.fail


class WorldCup(S9["WorldCup"]):
    def op_count_goalless(self, s):
        """How many of the tournament's matches ended 0-0 (after extra time, the shoot-out aside)."""
        self.tour(s["t"])
        return [str(sum(1 for m in self.matches if m["tournament_id"] == s["t"]
                        and m["home_team_score"] == "0" and m["away_team_score"] == "0"))]


class OpenFootball(S7.OpenFootball):
    def op_of_opponent(self, s):
        """The club that met s["team"] in the season's one match on s["date"] or in round s["round"]."""
        team = self.team(s, s["team"])
        m = one((m for m in self.season(s) if team in (m["team1"], m["team2"])
                 and m["date"] == s.get("date", m["date"]) and m["round"] == s.get("round", m["round"])),
                "match of %s" % s)
        return [m["team2"] if m["team1"] == team else m["team1"]]

    def op_of_home_win(self, s):
        """The home side of the season's one match that ended s["score"] (home goals first), a home win."""
        h, a = s["score"]
        if h <= a:
            fail("%s is not a home win" % s["score"])
        return [one((m["team1"] for m in self.season(s) if m["score"]["ft"] == [h, a]), "home win %s" % s)]


def main(argv):
    check = "--check" in argv
    p2 = S7.P2
    p2.WorldCup, p2.OpenFootball, p2.StatsBomb = WorldCup, OpenFootball, S9["StatsBomb"]
    p2.SOURCE = os.path.join(S7.SET_DIR, "stranger11-source.jsonl")
    frozen = os.path.join(S7.SET_DIR, "stranger11-questions.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        p2.OUTPUT = os.path.join(tmp, os.path.basename(frozen))
        p2.main([a for a in argv if a != "--check"])
        if not check:
            shutil.copyfile(p2.OUTPUT, frozen)
            return
        same = filecmp.cmp(p2.OUTPUT, frozen, shallow=False)
    if not same:
        sys.exit("%s is not what the data gives" % os.path.relpath(frozen))
    print("check passed: %s matches the data" % os.path.relpath(frozen))


if __name__ == "__main__":
    main(sys.argv)
