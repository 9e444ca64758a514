#!/usr/bin/env python3
"""Compute the answers of the stranger7 development question set (issue 15) from the raw data files.

Usage:
  python3 tools/sports-stranger7-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR

Reads query/src/test/resources/sports/dev-stranger/stranger7-source.jsonl (one question per line: id,
question, kind, and either a machine-readable "spec" or "unanswerable": true with a "note"), computes
every answer from the data and writes stranger7-questions.jsonl beside it. A spec that does not give
exactly one well-defined answer stops the script with "question <id>: <reason>" and nothing is written.

The spec operations, the driver and the checks are those of tools/sports-paraphrase2-answers.py,
loaded as a module (not copied). This script adds a few operations and three stricter rules of its own:
- a score is always written home side first, and the spec's team order must be the home order, so the
  question names the home side first and both score conventions agree;
- a "who scored" spec that does not say how to treat own goals fails when the match has one, so no
  answer depends on the own-goal convention;
- the added operations (an opponent in a stage, meetings of two teams, the all-time top scorer, the
  teams of a group, a host count, the player who gave away a StatsBomb penalty) fail on a tie or an
  empty result.
Standard library only.
"""
import collections
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.join(HERE, "..", "query", "src", "test", "resources", "sports", "dev-stranger")


def load(name, module_name):
    spec = importlib.util.spec_from_file_location(module_name, os.path.join(HERE, name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


P2 = load("sports-paraphrase2-answers.py", "paraphrase2_answers")
fail, one = P2.fail, P2.one


def home_first(order, home, away, what):
    """Fails unless the spec's team order is the match's home order."""
    if order != [home, away]:
        fail("score order %s is not home first (%s vs %s) in %s" % (order, home, away, what))


class WorldCup(P2.WorldCup):
    def ordered(self, m, order, home_value, away_value):
        home_first(order, m["home_team_name"], m["away_team_name"], m["match_id"])
        return "%s-%s" % (home_value, away_value)

    def op_scorers(self, s):
        if "own" not in s and any(g["own_goal"] == "1" for g in self.rows_in(self.goals, s)):
            fail("an own goal makes the answer depend on the own-goal convention: %s" % s)
        return super().op_scorers(s)

    def op_opponent(self, s):
        """The team that met s["team"] in the tournament's match of stage s["stage"]."""
        self.tour(s["t"])
        team = self.team(s["team"])
        m = one((m for m in self.matches if m["tournament_id"] == s["t"]
                 and self.stage(m["stage_name"]) == s["stage"]
                 and team in (m["home_team_name"], m["away_team_name"])), "opponent %s" % s)
        return [m["away_team_name"] if m["home_team_name"] == team else m["home_team_name"]]

    def op_meetings(self, s):
        """How many World Cup matches of that gender the two teams played against each other."""
        a, b = [self.team(x) for x in s["teams"]]
        rows = [m for m in self.matches if {m["home_team_name"], m["away_team_name"]} == {a, b}
                and s["gender"] in m["tournament_name"]]
        if not rows:
            fail("%s and %s never met" % (a, b))
        return [str(len(rows))]

    def op_top_scorer_all(self, s):
        """The player with the most goals (own goals left out) over every tournament of a gender."""
        rows = [g for g in self.goals if g["own_goal"] == "0" and s["gender"] in g["tournament_name"]]
        per = collections.Counter(g["player_id"] for g in rows)
        best = max(per.values())
        pid = one([p for p, n in per.items() if n == best], "all-time top scorer (tie at %d)" % best)
        return [one({self.person(g) for g in rows if g["player_id"] == pid}, "name of %s" % pid)]

    def op_group_teams(self, s):
        self.tour(s["t"])
        names = sorted(r["team_name"] for r in self.groups if r["tournament_id"] == s["t"]
                       and r["stage_name"] == "group stage" and r["group_name"] == s["group"])
        if not names:
            fail("no group for %s" % s)
        return names

    def op_host_count(self, s):
        return [str(len(self.op_host_years(s)))]


class OpenFootball(P2.OpenFootball):
    def op_of_score(self, s):
        m = self.match(s)
        home_first(s["order"], m["team1"], m["team2"], s)
        return super().op_of_score(s)


class StatsBomb(P2.StatsBomb):
    def op_sb_score(self, s):
        m = self.match(s)
        home_first(s["order"], m["home_team"]["home_team_name"], m["away_team"]["away_team_name"], s)
        return super().op_sb_score(s)

    def op_sb_scorers(self, s):
        m = self.match(s)
        if "own" not in s and any(own for _, _, own in self.goals(m)):
            fail("an own goal makes the answer depend on the own-goal convention: %s" % s)
        return super().op_sb_scorers(s)

    def op_sb_penalty_foul(self, s):
        """The player whose foul gave away a penalty in the match's events."""
        m = self.match(s)
        return [self.name(m["match_id"], one(
            (e["player"]["id"] for e in self.events[m["match_id"]] if e["type"]["name"] == "Foul Committed"
             and e.get("foul_committed", {}).get("penalty")), "penalty foul %s" % s))]


def main(argv):
    P2.SOURCE = os.path.join(SET_DIR, "stranger7-source.jsonl")
    P2.OUTPUT = os.path.join(SET_DIR, "stranger7-questions.jsonl")
    P2.WorldCup, P2.OpenFootball, P2.StatsBomb = WorldCup, OpenFootball, StatsBomb
    P2.main(argv)


if __name__ == "__main__":
    main(sys.argv)
