#!/usr/bin/env python3
"""Computes the answers of the sixth stranger soccer question set (session 13) and freezes them.

Usage:
  python3 tools/sports-stranger6-answers.py [--data ../shared/data/sports/worldcup] \
      [--out query/src/test/resources/sports/dev-stranger/stranger6-questions.jsonl] [--check]

The questions were written for the classes session 13 built, before running them, the way strangers ask: yes/no
questions about a team or player ("yes"/"no" as the value), demonyms for teams ("the Dutch", "the Germans" of 1990,
who were West Germany), who knocked a team out (the winner of the last knockout match it lost; a group-stage exit has
no eliminator and is declined), the team of a tournament's biggest win (several matches with the biggest margin:
declined), an award winner's team, the manager who led a team to a title, and questions to decline (captains, which
no source records; a referee's nationality; a team that did not win the title). Every answer is computed here from
the Fjelstul CSVs of the men's World Cups; nothing reads the Java code. Standard library only.
"""
import argparse
import csv
import json
import os
import sys


def fail(msg):
    sys.exit("no unique answer: " + msg)


class WorldCup:
    def __init__(self, data):
        self.data = data
        self.cache = {}

    def table(self, name):
        if name not in self.cache:
            with open(os.path.join(self.data, name + ".csv"), encoding="utf-8") as f:
                self.cache[name] = [r for r in csv.DictReader(f) if "Men's" in r["tournament_name"]] \
                    if name != "teams" else list(csv.DictReader(f))
        return self.cache[name]

    def rows(self, name, year):
        return [r for r in self.table(name) if r["tournament_id"] == f"WC-{year}"]


def one(values, what):
    values = sorted(set(values))
    if len(values) != 1:
        fail(f"{what}: {values}")
    return values[0]


def name(r):
    return (r["given_name"] + " " + r["family_name"]).strip() if r["given_name"] != "not applicable" else r["family_name"]


def yes_no(cond):
    return ["yes" if cond else "no"]


def champion(wc, year):
    return one([r["team_name"] for r in wc.rows("tournament_standings", year) if r["position"] == "1"], f"champion {year}")


def matches_of(wc, year, team):
    return [m for m in wc.rows("matches", year) if team in (m["home_team_name"], m["away_team_name"])]


def winner(m):
    if m["home_team_win"] == "1":
        return m["home_team_name"]
    if m["away_team_win"] == "1":
        return m["away_team_name"]
    return None


def final(wc, year):
    return one([m["match_id"] for m in wc.rows("matches", year) if m["stage_name"] == "final"], f"final {year}")


def scorers(wc, year, match_id):
    return {name(g) for g in wc.rows("goals", year) if g["match_id"] == match_id and g["own_goal"] == "0"}


def eliminator(wc, year, team):
    lost = [m for m in matches_of(wc, year, team) if m["knockout_stage"] == "1" and winner(m) not in (None, team)]
    lost += [m for m in matches_of(wc, year, team) if m["knockout_stage"] == "1" and m["penalty_shootout"] == "1"
             and winner(m) != team and m not in lost]
    if not lost:
        return []
    last = max(lost, key=lambda m: m["match_date"])
    if last["stage_name"] == "third-place match":
        fail(f"{team} {year}: its last knockout loss is the third-place match")
    return [winner(last)]


def goals_for(wc, year, team):
    return str(sum(int(m["home_team_score"]) if m["home_team_name"] == team else int(m["away_team_score"])
                   for m in matches_of(wc, year, team)))


def wins(wc, year, team):
    return str(sum(1 for m in matches_of(wc, year, team) if winner(m) == team))


def manager(wc, year, team):
    return one([name(r) for r in wc.rows("manager_appointments", year) if r["team_name"] == team], f"manager {team} {year}")


def biggest_win_team(wc, year):
    ms = wc.rows("matches", year)
    top = max(abs(int(m["home_team_score"]) - int(m["away_team_score"])) for m in ms)
    best = [m for m in ms if abs(int(m["home_team_score"]) - int(m["away_team_score"])) == top]
    return [winner(best[0])] if len(best) == 1 else []


def award_team(wc, year, award):
    return [one([r["team_name"] for r in wc.rows("award_winners", year) if r["award_name"] == award], f"{award} {year}")]


def knockout(wc, year, stage, a, b):
    return one([m["match_id"] for m in matches_of(wc, year, a) if m["stage_name"] == stage
                and b in (m["home_team_name"], m["away_team_name"])], f"{a} v {b} {stage} {year}")


def match_between(wc, year, a, b):
    return [m for m in matches_of(wc, year, a) if b in (m["home_team_name"], m["away_team_name"])]


def sent_off(wc, year, match_id):
    return {name(b) for b in wc.rows("bookings", year) if b["match_id"] == match_id and b["sending_off"] == "1"}


def questions(wc):
    m18 = {m["match_id"]: m for m in wc.rows("matches", 2018)}
    cro_eng = m18[knockout(wc, 2018, "semi-finals", "Croatia", "England")]
    esp_sui = one([m["match_id"] for m in match_between(wc, 2010, "Spain", "Switzerland")], "Spain v Switzerland 2010")
    esp_sui = {m["match_id"]: m for m in wc.rows("matches", 2010)}[esp_sui]
    return [
        ("did argentina win the world cup in 2022?", yes_no(champion(wc, 2022) == "Argentina"), "yes/no"),
        ("Did Mario Götze score in the 2014 World Cup final?", yes_no("Mario Götze" in scorers(wc, 2014, final(wc, 2014))), "yes/no"),
        ("Did Harry Kane score in the 2018 final?", yes_no("Harry Kane" in scorers(wc, 2018, final(wc, 2018))), "yes/no"),
        ("Did Croatia beat England in the 2018 semi-final?", yes_no(winner(cro_eng) == "Croatia"), "yes/no"),
        ("Did Spain lose to Switzerland at the 2010 World Cup?", yes_no(winner(esp_sui) == "Switzerland"), "yes/no"),
        ("Did Germany win the 2002 World Cup?", yes_no(champion(wc, 2002) == "Germany"), "yes/no"),
        ("Was Zinedine Zidane sent off in the 2006 final?", yes_no("Zinedine Zidane" in sent_off(wc, 2006, final(wc, 2006))), "yes/no"),
        ("Did Pelé play at the 1970 World Cup?", [], "decline: playing is not a relation any complete answer reads"),
        ("How many goals did the Dutch score at the 2010 World Cup?", [goals_for(wc, 2010, "Netherlands")], "demonym"),
        ("Who managed the Germans at the 1990 World Cup?", [manager(wc, 1990, "West Germany")], "demonym"),
        ("Who knocked the Brazilians out of the 2018 World Cup?", eliminator(wc, 2018, "Brazil"), "demonym"),
        ("How many matches did the French win at the 2018 World Cup?", [wins(wc, 2018, "France")], "demonym"),
        ("Which team knocked Spain out of the 2018 World Cup?", eliminator(wc, 2018, "Spain"), "eliminated"),
        ("Who knocked out Germany in 2018?", eliminator(wc, 2018, "Germany"), "decline: a group-stage exit"),
        ("Which side had the biggest win of the 2010 World Cup?", biggest_win_team(wc, 2010), "biggest win"),
        ("Which team had the largest victory margin at the 2018 World Cup?", biggest_win_team(wc, 2018),
         "decline: matches share the biggest margin"),
        ("Which country did the 2018 Golden Ball winner play for?", award_team(wc, 2018, "Golden Ball"), "award team"),
        ("Which team did the winner of the 2014 Golden Boot play for?", award_team(wc, 2014, "Golden Boot"), "award team"),
        ("Who coached Italy to the 2006 title?", [manager(wc, 2006, "Italy")] if champion(wc, 2006) == "Italy" else [], "title manager"),
        ("Who led Argentina to the title in 1986?", [manager(wc, 1986, "Argentina")] if champion(wc, 1986) == "Argentina" else [],
         "title manager"),
        ("Who coached Germany to the 2010 title?", [manager(wc, 2010, "Germany")] if champion(wc, 2010) == "Germany" else [],
         "decline: the team did not win"),
        ("Who captained Argentina in the 2022 final?", [], "decline: no source records captains"),
        ("Which Brazilian referee officiated the 2014 final?", [], "decline: a referee's nationality"),
        ("Did Messi win the Golden Ball in 2022?",
         yes_no("Lionel Messi" in {name(r) for r in wc.rows("award_winners", 2022) if r["award_name"] == "Golden Ball"}), "yes/no"),
        ("Did Brazil make it to the final in 2002?",
         yes_no(any(m["stage_name"] == "final" for m in matches_of(wc, 2002, "Brazil"))), "yes/no"),
    ]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data", "sports", "worldcup"))
    p.add_argument("--out", default=os.path.join(here, "..", "query", "src", "test", "resources", "sports", "dev-stranger",
                                                 "stranger6-questions.jsonl"))
    p.add_argument("--check", action="store_true")
    a = p.parse_args()
    lines = [json.dumps({"id": f"s6-{i:03d}", "question": q, "answers": ans, "kind": kind}, ensure_ascii=False)
             for i, (q, ans, kind) in enumerate(questions(WorldCup(a.data)), 1)]
    text = "\n".join(lines) + "\n"
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            sys.exit(0 if f.read() == text else "differs from " + a.out)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
