#!/usr/bin/env python3
"""Computes the answers of the dev-stranger soccer question set from the data and freezes them.

Usage:
  python3 tools/sports-dev-stranger-answers.py \
      [--data ../shared/data/sports] \
      [--statsbomb ingest/src/test/resources/sports/statsbomb-fixture/data] \
      [--out query/src/test/resources/sports/dev-stranger/questions.jsonl] [--check]

Every answer is computed here from the raw data (the Fjelstul World Cup CSVs, the openfootball
league seasons and the StatsBomb fixture); nothing is typed in by hand except the questions that
must be declined (answers []). A question without a unique answer stops the script with an error
naming it. --check compares the computed set with the frozen file instead of writing it.
Standard library only.
"""
import argparse
import collections
import csv
import functools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class NoUniqueAnswer(Exception):
    pass


def fail(msg):
    raise NoUniqueAnswer(msg)


def one(values, what):
    values = list(values)
    if values and not isinstance(values[0], dict):
        values = list(dict.fromkeys(values))
    if len(values) != 1:
        fail(f"{what}: expected exactly one value, got {values!r}")
    return values[0]


def nonempty(values, what):
    values = list(values)
    if values and not isinstance(values[0], dict):
        values = list(dict.fromkeys(values))
    if not values:
        fail(f"{what}: no value")
    return values


# ---------------------------------------------------------------- World Cup database

class WorldCup:
    def __init__(self, folder):
        self.folder = folder
        load = self.table
        self.tournaments = load("tournaments")
        self.matches = load("matches")
        self.goals = load("goals")
        self.bookings = load("bookings")
        self.pens = load("penalty_kicks")
        self.hosts = load("host_countries")
        self.standings = load("tournament_standings")
        self.refs = load("referee_appearances")
        self.mgr_app = load("manager_appearances")
        self.mgr_appt = load("manager_appointments")
        self.awards = load("award_winners")
        self.squads = load("squads")
        self.players = load("players")
        self.team_app = load("team_appearances")
        self.qualified = load("qualified_teams")
        self.group_st = load("group_standings")
        self.subs = load("substitutions")

    def table(self, name):
        """Every row of the data set's NAME.csv, as dicts (the later stranger sets read the files this class skips)."""
        with open(os.path.join(self.folder, name + ".csv"), encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    @staticmethod
    def person(row):
        given, family = row["given_name"], row["family_name"]
        if given == "not applicable":
            return family
        if family == "not applicable":
            return given
        return f"{given} {family}"

    @staticmethod
    def gender(row):
        return "women" if "Women's" in row["tournament_name"] else "men"

    @functools.lru_cache(maxsize=None)
    def tid(self, year):
        return one([t["tournament_id"] for t in self.tournaments if t["year"] == str(year)], f"tournament {year}")

    def match(self, year, stage=None, teams=None):
        tid = self.tid(year)
        ms = [m for m in self.matches if m["tournament_id"] == tid]
        if stage:
            ms = [m for m in ms if m["stage_name"] == stage]
        if teams:
            ms = [m for m in ms if {m["home_team_name"], m["away_team_name"]} == set(teams)]
        return one([m["match_id"] for m in ms], f"match {year} {stage} {teams}")

    def mrow(self, match_id):
        return next(m for m in self.matches if m["match_id"] == match_id)

    def score(self, match_id, first=None):
        m = self.mrow(match_id)
        if first and first != m["home_team_name"]:
            fail(f"{match_id}: the question names {first} first but the home team is {m['home_team_name']}")
        return f"{m['home_team_score']}-{m['away_team_score']}"

    def shootout(self, match_id):
        m = self.mrow(match_id)
        if m["penalty_shootout"] != "1":
            fail(f"{match_id}: no shoot-out")
        return f"{max(int(m['home_team_score_penalties']), int(m['away_team_score_penalties']))}-" \
               f"{min(int(m['home_team_score_penalties']), int(m['away_team_score_penalties']))}"

    def winner_of_match(self, match_id):
        m = self.mrow(match_id)
        if m["home_team_win"] == "1":
            return m["home_team_name"]
        if m["away_team_win"] == "1":
            return m["away_team_name"]
        fail(f"{match_id}: no winner")

    def winner(self, year):
        return one([r["team_name"] for r in self.standings if r["tournament_id"] == self.tid(year) and r["position"] == "1"], f"winner {year}")

    def position(self, year, pos):
        return one([r["team_name"] for r in self.standings if r["tournament_id"] == self.tid(year) and r["position"] == str(pos)], f"position {pos} {year}")

    def host(self, year):
        return nonempty([r["team_name"] for r in self.hosts if r["tournament_id"] == self.tid(year)], f"hosts {year}")

    def final_field(self, year, field, stage="final"):
        return self.mrow(self.match(year, stage))[field]

    def goals_in(self, match_id=None, tid=None):
        return [g for g in self.goals if (match_id is None or g["match_id"] == match_id)
                and (tid is None or g["tournament_id"] == tid)]

    def scorers(self, match_id, team=None, own=False):
        gs = [g for g in self.goals_in(match_id) if (g["own_goal"] == "1") == own]
        if team:
            gs = [g for g in gs if g["team_name"] == team]
        return nonempty([self.person(g) for g in gs], f"scorers {match_id} {team}")

    @functools.lru_cache(maxsize=None)
    def pid(self, name):
        return one([p["player_id"] for p in self.players if self.person(p) == name], f"player {name}")

    def player_goals(self, name, year=None, match_id=None, gender=None, penalty=None):
        pid = self.pid(name)
        gs = [g for g in self.goals if g["player_id"] == pid and g["own_goal"] == "0"]
        if year:
            gs = [g for g in gs if g["tournament_id"] == self.tid(year)]
        if match_id:
            gs = [g for g in gs if g["match_id"] == match_id]
        if gender:
            gs = [g for g in gs if self.gender(g) == gender]
        if penalty is not None:
            gs = [g for g in gs if g["penalty"] == ("1" if penalty else "0")]
        return str(len(gs))

    def top_scorers(self, year=None, gender=None):
        c = collections.Counter()
        for g in self.goals:
            if g["own_goal"] == "1":
                continue
            if year and g["tournament_id"] != self.tid(year):
                continue
            if gender and self.gender(g) != gender:
                continue
            c[g["player_id"]] += 1
        best = max(c.values())
        names = {self.person(p) for p in self.players if c.get(p["player_id"]) == best}
        return sorted(names)

    def team_rows(self, team=None, year=None, gender=None, stage=None, opponent=None):
        rows = self.team_app
        if team:
            rows = [r for r in rows if r["team_name"] == team]
        if opponent:
            rows = [r for r in rows if r["opponent_name"] == opponent]
        if year:
            rows = [r for r in rows if r["tournament_id"] == self.tid(year)]
        if gender:
            rows = [r for r in rows if self.gender(r) == gender]
        if stage:
            rows = [r for r in rows if r["stage_name"] == stage]
        return rows

    def team_goals(self, team, year=None, gender=None, against=False):
        rows = nonempty(self.team_rows(team, year, gender), f"matches of {team} {year}")
        return str(sum(int(r["goals_against" if against else "goals_for"]) for r in rows))

    def record(self, team, **kw):
        rows = nonempty(self.team_rows(team, **kw), f"matches of {team} {kw}")
        w = sum(r["result"] == "win" for r in rows)
        d = sum(r["result"] == "draw" for r in rows)
        l = sum(r["result"] == "lose" for r in rows)
        return f"{w}-{d}-{l}"

    def best_team(self, year, key, most=True):
        c = collections.Counter()
        for r in self.team_rows(year=year):
            c[r["team_name"]] += int(r[key])
        best = max(c.values()) if most else min(c.values())
        return one([t for t, v in c.items() if v == best], f"team with {'most' if most else 'fewest'} {key} {year}")

    def tournament_goals(self, year, stage=None):
        ms = [m for m in self.matches if m["tournament_id"] == self.tid(year) and (stage is None or m["stage_name"] == stage)]
        return str(sum(int(m["home_team_score"]) + int(m["away_team_score"]) for m in nonempty(ms, "matches")))

    def bookings_in(self, match_id=None, year=None):
        bs = self.bookings
        if match_id:
            bs = [b for b in bs if b["match_id"] == match_id]
        if year:
            bs = [b for b in bs if b["tournament_id"] == self.tid(year)]
        return bs

    def sent_off(self, match_id):
        return nonempty([self.person(b) for b in self.bookings_in(match_id) if b["sending_off"] == "1"], f"sent off {match_id}")

    def referee(self, match_id):
        return one([self.person(r) for r in self.refs if r["match_id"] == match_id], f"referee {match_id}")

    def manager(self, team, year):
        return one([self.person(r) for r in self.mgr_appt if r["team_name"] == team and r["tournament_id"] == self.tid(year)], f"manager {team} {year}")

    def match_manager(self, team, match_id):
        return one([self.person(r) for r in self.mgr_app if r["team_name"] == team and r["match_id"] == match_id], f"manager {team} {match_id}")

    def award(self, award, year):
        return nonempty([self.person(r) for r in self.awards if r["award_name"] == award and r["tournament_id"] == self.tid(year)], f"{award} {year}")

    def missed_shootout(self, match_id):
        return nonempty([self.person(p) for p in self.pens if p["match_id"] == match_id and p["converted"] == "0"], f"missed {match_id}")


# ---------------------------------------------------------------- openfootball

class League:
    def __init__(self, folder):
        self.seasons = {}
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                d = json.load(f)
            league = "Premier League" if "_en." in name else "Bundesliga"
            season = d["name"].split()[-1]
            self.seasons[(league, season)] = [m for m in d["matches"] if "score" in m and "ft" in m["score"]]

    def ms(self, league, season):
        return self.seasons[(league, season)]

    def match(self, league, season, home, away):
        return one([json.dumps(m, sort_keys=True) for m in self.ms(league, season)
                    if m["team1"] == home and m["team2"] == away], f"{league} {season} {home}-{away}")

    def score(self, league, season, home, away, half="ft"):
        m = json.loads(self.match(league, season, home, away))
        return "-".join(str(x) for x in m["score"][half])

    def table(self, league, season):
        """Per team: w, d, l, gf, ga and pts (3 a win), from the results alone."""
        rows = collections.defaultdict(collections.Counter)
        for m in self.ms(league, season):
            home, away = m["score"]["ft"]
            for team, own, other in ((m["team1"], home, away), (m["team2"], away, home)):
                outcome = "w" if own > other else "d" if own == other else "l"
                rows[team].update({"gf": own, "ga": other, outcome: 1, "pts": {"w": 3, "d": 1, "l": 0}[outcome]})
        return rows

    def record(self, league, season, team):
        r = self.table(league, season)[team]
        return f"{r['w']}-{r['d']}-{r['l']}"

    def extreme(self, league, season, key, most=True):
        t = self.table(league, season)
        best = (max if most else min)(r[key] for r in t.values())
        return one([k for k, r in t.items() if r[key] == best], f"{league} {season} {key}")

    def goals(self, league, season):
        return str(sum(sum(m["score"]["ft"]) for m in self.ms(league, season)))


# ---------------------------------------------------------------- StatsBomb fixture

class StatsBomb:
    def __init__(self, folder, wc):
        self.folder = folder
        self.wc = wc
        self.lineups = {}
        self.events = {}
        self.matches = {}
        self.conflicts = {}
        for comp in os.listdir(os.path.join(folder, "matches")):
            for season in os.listdir(os.path.join(folder, "matches", comp)):
                with open(os.path.join(folder, "matches", comp, season), encoding="utf-8") as f:
                    for m in json.load(f):
                        self.matches[m["match_id"]] = m
        for mid in self.matches:
            with open(os.path.join(folder, "lineups", f"{mid}.json"), encoding="utf-8") as f:
                self.lineups[mid] = json.load(f)
            with open(os.path.join(folder, "events", f"{mid}.json"), encoding="utf-8") as f:
                self.events[mid] = json.load(f)

    def mid(self, home, away):
        return one([k for k, m in self.matches.items() if m["home_team"]["home_team_name"] == home
                    and m["away_team"]["away_team_name"] == away], f"statsbomb {home}-{away}")

    def player(self, mid, player_id):
        for t in self.lineups[mid]:
            for p in t["lineup"]:
                if p["player_id"] == player_id:
                    return p
        fail(f"statsbomb player {player_id} not in lineup {mid}")

    def name(self, mid, player_id):
        """The nickname, else the name; checked against the World Cup database's spelling when
        the player is a World Cup squad member of his country (so the merged node's name agrees)."""
        p = self.player(mid, player_id)
        shown = p.get("player_nickname") or p["player_name"]
        words = set(shown.split()) | set(p["player_name"].split())
        country = p["country"]["name"]
        year = int(self.matches[mid]["match_date"][:4])
        fits = {self.wc.person(s) for s in self.wc.squads if s["team_name"] == country
                and abs(int(s["tournament_id"][3:]) - year) <= 20
                and set(self.wc.person(s).split()) <= words}
        if fits and shown not in fits:
            # not fatal here: only fatal when this name is an answer (checked in build)
            self.conflicts[shown] = sorted(fits)
        return shown

    def score(self, mid):
        m = self.matches[mid]
        return f"{m['home_score']}-{m['away_score']}"

    def ev(self, mid, type_name):
        return [e for e in self.events[mid] if e["type"]["name"] == type_name]

    def goals(self, mid, team=None, body=None):
        out = []
        for e in self.ev(mid, "Shot"):
            s = e["shot"]
            if s["outcome"]["name"] != "Goal":
                continue
            if team and e["team"]["name"] != team:
                continue
            if body and s.get("body_part", {}).get("name") != body:
                continue
            out.append(self.name(mid, e["player"]["id"]))
        return nonempty(out, f"goals {mid} {team} {body}")

    def own_goals(self, mid):
        return nonempty([self.name(mid, e["player"]["id"]) for e in self.ev(mid, "Own Goal Against")], f"own goals {mid}")

    def cards(self, mid, card, team=None):
        out = [self.name(mid, e["player"]["id"]) for e in self.ev(mid, "Foul Committed")
               if e.get("foul_committed", {}).get("card", {}).get("name") == card
               and (team is None or e["team"]["name"] == team)]
        return nonempty(out, f"{card} {mid}")

    def subs(self, mid, team=None):
        return [e for e in self.ev(mid, "Substitution") if team is None or e["team"]["name"] == team]

    def replaced_by(self, mid, off_name):
        return one([self.name(mid, e["substitution"]["replacement"]["id"]) for e in self.subs(mid)
                    if self.name(mid, e["player"]["id"]) == off_name], f"replacement of {off_name}")

    def starters(self, mid, team, position=None):
        xi = one([e for e in self.ev(mid, "Starting XI") if e["team"]["name"] == team], f"XI {team}")
        return nonempty([self.name(mid, p["player"]["id"]) for p in xi["tactics"]["lineup"]
                         if position is None or p["position"]["name"] == position], f"XI {team} {position}")

    def unused(self, mid, team):
        t = one([t for t in self.lineups[mid] if t["team_name"] == team], team)
        if any("positions" not in p for p in t["lineup"]):
            fail(f"lineup {mid} has no positions")
        return nonempty([self.name(mid, p["player_id"]) for p in t["lineup"] if not p["positions"]], f"unused {team}")

    def jersey(self, mid, name):
        return one([str(p["jersey_number"]) for t in self.lineups[mid] for p in t["lineup"]
                    if self.name(mid, p["player_id"]) == name], f"jersey {name}")


# ---------------------------------------------------------------- the questions

def questions(wc, lg, sb):
    Q = []

    def q(kind, question, answers, match=None):
        if isinstance(answers, str):
            answers = [answers]
        Q.append((kind, question, list(answers), match))

    def decline(question):
        q("decline", question, [])

    final = lambda y: wc.match(y, "final")
    PL, BL = "Premier League", "Bundesliga"

    # winners
    q("winner", "Who lifted the trophy at Mexico 1986?", wc.winner(1986))
    q("winner", "Which country won the World Cup in '98?", wc.winner(1998))
    q("winner", "Who were the champions of WC 2010?", wc.winner(2010))
    q("winner", "Who won the tournament in Qatar?", wc.winner(2022))
    q("winner", "Which nation won the 2015 Women's World Cup?", wc.winner(2015))
    q("winner", "Who won the women's World Cup that Germany hosted?",
      one([wc.winner(int(t["year"])) for t in wc.tournaments if "Women's" in t["tournament_name"]
           and "Germany" in wc.host(int(t["year"]))], "women's WC hosted by Germany"))
    q("winner", "Who won the 1954 World Cup in Switzerland?", wc.winner(1954))
    q("winner", "Which team became world champions on home soil in 1966?", wc.winner(1966))
    q("winner", "Who was crowned champion at USA 94?", wc.winner(1994))
    q("winner", "Which side won the 2003 Women's World Cup?", wc.winner(2003))
    q("winner", "Who won Italia 90?", wc.winner(1990))
    q("winner", "Who took the title at the 2007 women's tournament in China?", wc.winner(2007))
    q("winner", "Which team won the 2014 World Cup final?", wc.winner_of_match(final(2014)))

    # runners-up and places
    q("runner_up", "Who finished runner-up at the 2014 World Cup?", wc.position(2014, 2))
    q("runner_up", "Which team lost the 2018 World Cup final?", wc.position(2018, 2))
    q("runner_up", "Who were the beaten finalists at the 1999 Women's World Cup?", wc.position(1999, 2))
    q("runner_up", "Who came second at the very first World Cup in 1930?", wc.position(1930, 2))
    q("runner_up", "Who finished third at the 2022 World Cup?", wc.position(2022, 3))
    q("runner_up", "Which team ended up fourth at Brazil 2014?", wc.position(2014, 4))
    q("runner_up", "Who lost the women's final in 2011?", wc.position(2011, 2))

    # hosts
    q("host", "Which country hosted the 1978 World Cup?", wc.host(1978))
    q("host", "Which country held the 2010 men's World Cup?", wc.host(2010))
    q("host", "Which countries co-hosted the 2002 World Cup?", wc.host(2002))
    q("host", "Who hosted the 2019 Women's World Cup?", wc.host(2019))
    q("host", "In which country did the 1995 women's World Cup take place?", wc.host(1995))
    q("host", "Which country staged the World Cup in 1934?", wc.host(1934))
    q("host", "How many times has Mexico hosted the men's World Cup?",
      str(sum(1 for r in wc.hosts if r["team_name"] == "Mexico" and wc.gender(r) == "men")))
    q("host", "In which years did Germany host a World Cup?",
      nonempty([r["tournament_id"][3:] for r in wc.hosts if r["team_name"] == "Germany"], "Germany hosted"))

    # venues, cities, dates
    q("venue", "Which stadium was the deciding match of the 2014 tournament played in?", wc.final_field(2014, "stadium_name"))
    q("venue", "Which stadium hosted the showpiece of the 2018 World Cup?", wc.final_field(2018, "stadium_name"))
    q("venue", "What venue staged the 1966 final?", wc.final_field(1966, "stadium_name"))
    q("venue", "Which stadium hosted the 2015 Women's World Cup final?", wc.final_field(2015, "stadium_name"))
    q("venue", "At which ground was Portugal vs Spain played at the 2018 World Cup?",
      wc.mrow(wc.match(2018, teams=["Portugal", "Spain"]))["stadium_name"])
    q("venue", "Where did Brazil and Germany play their 2014 semi-final? I mean the stadium.",
      wc.mrow(wc.match(2014, "semi-finals", ["Brazil", "Germany"]))["stadium_name"])
    q("venue", "How many stadiums were used at the 2014 World Cup?",
      str(len({m["stadium_id"] for m in wc.matches if m["tournament_id"] == wc.tid(2014)})))
    q("city", "In what city was the 2022 final held?", wc.final_field(2022, "city_name"))
    q("city", "Which city hosted the final of the 2019 Women's World Cup?", wc.final_field(2019, "city_name"))
    q("city", "In which city was the 1994 World Cup final?", wc.final_field(1994, "city_name"))
    q("city", "Which city staged the 1998 final?", wc.final_field(1998, "city_name"))
    q("date", "On what date was the 2010 World Cup final played?", wc.final_field(2010, "match_date"))
    q("date", "When did the Mexico 86 final take place?", wc.final_field(1986, "match_date"))
    q("date", "What date did the 2011 women's final take place?", wc.final_field(2011, "match_date"))
    q("date", "When did Brazil play Germany in the 2014 semi-final?",
      wc.mrow(wc.match(2014, "semi-finals", ["Brazil", "Germany"]))["match_date"])
    q("date", "On which day did the 2022 World Cup kick off?",
      one([t["start_date"] for t in wc.tournaments if t["year"] == "2022"], "start 2022"))

    # scores
    q("score", "What was the score in the 2014 World Cup semi-final between Brazil and Germany?",
      wc.score(wc.match(2014, "semi-finals", ["Brazil", "Germany"]), "Brazil"))
    q("score", "What was the final score of the 2022 World Cup final, Argentina vs France?", wc.score(final(2022), "Argentina"))
    q("score", "How did Brazil vs France end in the '98 final?", wc.score(final(1998), "Brazil"))
    q("score", "What was the result of England vs West Germany in the 1966 final?", wc.score(final(1966), "England"))
    q("score", "What was the score in the 2010 final, Netherlands vs Spain?", wc.score(final(2010), "Netherlands"))
    q("score", "Germany v Argentina, 2014 final: what was the score?", wc.score(final(2014), "Germany"))
    q("score", "What was the score of Japan vs United States in the 2011 women's final?", wc.score(final(2011), "Japan"))
    q("score", "What was the score when the USA played Japan in the 2015 Women's World Cup final?", wc.score(final(2015), "United States"))
    q("score", "What was the score of Italy vs West Germany in the 1970 semi-final?",
      wc.score(wc.match(1970, "semi-finals", ["Italy", "West Germany"]), "Italy"))
    q("score", "Portugal vs Spain at the 2018 World Cup, what was the score?",
      wc.score(wc.match(2018, teams=["Portugal", "Spain"]), "Portugal"))
    q("score", "What was the score of Argentina vs Saudi Arabia at the 2022 World Cup?",
      wc.score(wc.match(2022, teams=["Argentina", "Saudi Arabia"]), "Argentina"))
    q("score", "What did the United States vs Netherlands 2019 women's final finish?", wc.score(final(2019), "United States"))

    # shoot-outs
    q("shootout", "Who won the penalty shoot-out in the 2006 final?", wc.winner_of_match(final(2006)))
    q("shootout", "What was the shoot-out score in the 2022 World Cup final?", wc.shootout(final(2022)))
    q("shootout", "How did the 1994 final shoot-out end?", wc.shootout(final(1994)))
    q("shootout", "Who won the 2011 Women's World Cup final on penalties?", wc.winner_of_match(final(2011)))
    q("shootout", "How many matches at men's World Cups went to a penalty shoot-out?",
      str(sum(1 for m in wc.matches if m["penalty_shootout"] == "1" and wc.gender(m) == "men")))
    q("shootout", "How many shoot-outs were there at the 2018 World Cup?",
      str(sum(1 for m in wc.matches if m["penalty_shootout"] == "1" and m["tournament_id"] == wc.tid(2018))))
    q("penalties", "Who failed to convert from the spot in the shoot-out of the 1994 final?", wc.missed_shootout(final(1994)))
    q("penalties", "Who missed in the shoot-out of the 2022 final?", wc.missed_shootout(final(2022)))
    q("penalties", "Who missed a penalty in the 2006 World Cup final shoot-out?", wc.missed_shootout(final(2006)))
    q("penalties", "How many penalties did Harry Kane score at the 2018 World Cup?", wc.player_goals("Harry Kane", 2018, penalty=True))

    # goals by player
    q("goals_player", "How many goals did Messi get at Qatar 2022?", wc.player_goals("Lionel Messi", 2022))
    q("goals_player", "How many World Cup goals did Miroslav Klose score in total?", wc.player_goals("Miroslav Klose"))
    q("goals_player", "How many goals did Just Fontaine net at the 1958 World Cup?", wc.player_goals("Just Fontaine", 1958))
    q("goals_player", "How many goals has Marta scored across all Women's World Cups?", wc.player_goals("Marta"))
    q("goals_player", "How many times did Harry Kane score at Russia 2018?", wc.player_goals("Harry Kane", 2018))
    q("goals_player", "How many goals did Kylian Mbappé bag in the 2022 final?", wc.player_goals("Kylian Mbappé", match_id=final(2022)))
    q("goals_player", "How many World Cup goals did Pelé score?", wc.player_goals("Pelé"))
    q("goals_player", "How many goals did Birgit Prinz score at the 2003 Women's World Cup?", wc.player_goals("Birgit Prinz", 2003))
    q("goals_player", "How many goals did Cristiano Ronaldo score at the 2018 World Cup?", wc.player_goals("Cristiano Ronaldo", 2018))
    q("goals_player", "How many goals did Gerd Müller score at Mexico 1970?", wc.player_goals("Gerd Müller", 1970))
    q("scorer", "Who scored in the 2010 World Cup final?", wc.scorers(final(2010)))
    q("scorer", "Who netted for England in the 1966 final?", wc.scorers(final(1966), "England"))
    hat = [n for n, c in collections.Counter(
           wc.person(g) for g in wc.goals_in(final(2022)) if g["own_goal"] == "0").items() if c >= 3]
    q("scorer", "Which player netted a hat-trick in the final in Qatar?", nonempty(hat, "hat-trick 2022"))
    q("scorer", "Who got the winning goal in the 2014 final?", wc.scorers(final(2014)))
    q("scorer", "Who scored the own goal in the 2018 final?", wc.scorers(final(2018), own=True))
    q("scorer", "Who scored for Spain against Portugal at the 2018 World Cup?",
      wc.scorers(wc.match(2018, teams=["Portugal", "Spain"]), "Spain"))
    q("scorer", "Which players scored in the 2019 Women's World Cup final?", wc.scorers(final(2019)))
    first_match = min((m for m in wc.matches if m["tournament_id"] == "WC-1930"), key=lambda m: (m["match_date"], m["match_time"], m["match_id"]))
    same_time = [m for m in wc.matches if (m["match_date"], m["match_time"]) == (first_match["match_date"], first_match["match_time"])]
    first_goals = sorted((int(g["minute_regulation"]), int(g["minute_stoppage"]), g["goal_id"], wc.person(g))
                         for m in same_time for g in wc.goals_in(m["match_id"]))
    if len(first_goals) > 1 and first_goals[0][:2] == first_goals[1][:2]:
        fail("first World Cup goal: a tie in minutes")
    q("first_last", "Who scored the first ever World Cup goal?", first_goals[0][3])
    q("scorer", "Who scored the penalty for Portugal against Spain in 2018?",
      nonempty([wc.person(g) for g in wc.goals_in(wc.match(2018, teams=["Portugal", "Spain"])) if g["penalty"] == "1"], "pen"))

    # goals by team and tournament
    q("goals_team", "How many goals did Germany score at the 2014 World Cup?", wc.team_goals("Germany", 2014))
    q("goals_team", "Which nation scored the most goals at the 2018 tournament?", wc.best_team(2018, "goals_for"))
    q("goals_team", "How many goals did Hungary score at the 1954 tournament?", wc.team_goals("Hungary", 1954))
    q("goals_team", "How many goals did the United States score at the 2019 Women's World Cup?", wc.team_goals("United States", 2019))
    q("goals_team", "How many goals has Brazil scored at men's World Cups in total?", wc.team_goals("Brazil", gender="men"))
    q("goals_team", "Which team conceded the most goals at the 2022 World Cup?", wc.best_team(2022, "goals_against"))
    q("goals_team", "How many goals did Argentina let in at the 2022 World Cup?", wc.team_goals("Argentina", 2022, against=True))
    q("goals_tournament", "How many goals were scored in total at Russia 2018?", wc.tournament_goals(2018))
    q("goals_tournament", "How many goals in total at France '98?", wc.tournament_goals(1998))
    q("goals_tournament", "Total number of goals at the 2015 Women's World Cup?", wc.tournament_goals(2015))
    q("goals_tournament", "How many goals were scored in the 2022 World Cup final?", wc.tournament_goals(2022, "final"))
    q("goals_tournament", "How many goals were scored at the 1930 World Cup?", wc.tournament_goals(1930))
    q("goals_tournament", "How many goals were scored in the group stage of the 2014 World Cup?", wc.tournament_goals(2014, "group stage"))

    # top scorers
    q("top_scorer", "Who was the top scorer at the 2006 World Cup?", wc.top_scorers(2006))
    q("top_scorer", "Who scored the most goals at the 2019 Women's World Cup?", wc.top_scorers(2019))
    q("top_scorer", "Who is the all-time leading scorer at men's World Cups?", wc.top_scorers(gender="men"))
    q("top_scorer", "Who was top scorer at Mexico 1970?", wc.top_scorers(1970))
    q("top_scorer", "Which players got the most goals at the 2010 World Cup?", wc.top_scorers(2010))
    q("top_scorer", "Who is the record goalscorer of the women's World Cup?", wc.top_scorers(gender="women"))
    q("top_scorer", "Who bagged the most goals at the 1958 tournament in Sweden?", wc.top_scorers(1958))

    # cards
    if wc.final_field(2006, "city_name") != "Berlin":
        fail("the 2006 final question names Berlin")
    q("cards", "Who got a red card in the 2006 final in Berlin?", wc.sent_off(final(2006)))
    q("cards", "Who was sent off in the 2010 final?", wc.sent_off(final(2010)))
    q("cards", "How many players were sent off at the 2006 World Cup?",
      str(sum(1 for b in wc.bookings_in(year=2006) if b["sending_off"] == "1")))
    q("cards", "How many different players were booked in the 2010 World Cup final?",
      str(len({b["player_id"] for b in wc.bookings_in(final(2010))})))
    q("cards", "How many times was Zinedine Zidane sent off at World Cups?",
      str(sum(1 for b in wc.bookings if b["player_id"] == wc.pid("Zinedine Zidane") and b["sending_off"] == "1")))
    q("cards", "Which French player saw red in the '98 final?",
      [wc.person(b) for b in wc.bookings_in(final(1998)) if b["sending_off"] == "1" and b["team_name"] == "France"] or ["<none>"])
    q("cards", "How many red cards were shown at the 2019 Women's World Cup?",
      str(sum(1 for b in wc.bookings_in(year=2019) if b["sending_off"] == "1")))

    # referees
    q("referee", "Who refereed the 2014 World Cup final?", wc.referee(final(2014)))
    q("referee", "Who officiated the 2022 final?", wc.referee(final(2022)))
    q("referee", "Which referee was in charge of the 2010 final?", wc.referee(final(2010)))
    q("referee", "Who was the ref for the 1966 final?", wc.referee(final(1966)))
    q("referee", "Which referee took charge of the 2019 women's final?", wc.referee(final(2019)))
    q("referee", "How many World Cup matches did Howard Webb referee?",
      str(sum(1 for r in wc.refs if wc.person(r) == "Howard Webb")))
    q("referee", "Which country was the referee of the 1998 final from?",
      one([r["country_name"] for r in wc.refs if r["match_id"] == final(1998)], "ref country 1998"))
    q("referee", "Who refereed Portugal vs Spain at the 2018 World Cup?", wc.referee(wc.match(2018, teams=["Portugal", "Spain"])))

    # managers
    q("manager", "Who managed Argentina at the 2022 World Cup?", wc.manager("Argentina", 2022))
    q("manager", "Who was Germany's coach at the 2014 World Cup?", wc.manager("Germany", 2014))
    q("manager", "Who was in charge of France when they won it in 1998?", wc.manager("France", 1998))
    q("manager", "Who coached the US women at the 2019 World Cup?", wc.manager("United States", 2019))
    q("manager", "Who managed Spain in the 2010 final?", wc.match_manager("Spain", final(2010)))
    q("manager", "How many World Cups did Helmut Schön manage West Germany at?",
      str(sum(1 for r in wc.mgr_appt if wc.person(r) == "Helmut Schön" and r["team_name"] == "West Germany")))
    q("manager", "Which team did Guus Hiddink manage at the 2002 World Cup?",
      one([r["team_name"] for r in wc.mgr_appt if wc.person(r) == "Guus Hiddink" and r["tournament_id"] == "WC-2002"], "Hiddink 2002"))
    q("manager", "Who was Italy's manager in the 2006 final?", wc.match_manager("Italy", final(2006)))
    q("manager", "Who was the Brazil boss at the 1970 World Cup?", wc.manager("Brazil", 1970))

    # awards
    q("award", "Who won the Golden Ball at the 2014 World Cup?", wc.award("Golden Ball", 2014))
    q("award", "Who won the Golden Boot at Russia 2018?", wc.award("Golden Boot", 2018))
    q("award", "Who was named best young player at the 2022 World Cup?", wc.award("Best Young Player", 2022))
    q("award", "Who won the Golden Glove in 2010?", wc.award("Golden Glove", 2010))
    q("award", "Who got the Golden Ball at the 2019 Women's World Cup?", wc.award("Golden Ball", 2019))
    q("award", "Which award did Luka Modrić win at the 2018 World Cup?",
      nonempty([r["award_name"] for r in wc.awards if wc.person(r) == "Luka Modrić" and r["tournament_id"] == "WC-2018"], "Modric"))
    q("award", "Who won the Golden Boot at the 2011 Women's World Cup?", wc.award("Golden Boot", 2011))
    q("award", "How many Golden Balls has Lionel Messi won?",
      str(sum(1 for r in wc.awards if wc.person(r) == "Lionel Messi" and r["award_name"] == "Golden Ball")))
    q("award", "Who took the Golden Boot in 1982?", wc.award("Golden Boot", 1982))

    # squads and appearances
    q("squad", "What shirt number did Pelé wear at the 1958 World Cup?",
      one([s["shirt_number"] for s in wc.squads if s["player_id"] == wc.pid("Pelé") and s["tournament_id"] == "WC-1958"], "Pelé 1958"))
    q("squad", "How many players were in England's squad at the 2018 World Cup?",
      str(sum(1 for s in wc.squads if s["team_name"] == "England" and s["tournament_id"] == "WC-2018")))
    q("appearances", "How many World Cups did Lothar Matthäus play in?",
      str(len({s["tournament_id"] for s in wc.squads if s["player_id"] == wc.pid("Lothar Matthäus")})))
    q("appearances", "How many World Cups was Marta part of?",
      str(len({s["tournament_id"] for s in wc.squads if s["player_id"] == wc.pid("Marta")})))
    q("squad", "Which country did Cristiano Ronaldo play for at World Cups?",
      nonempty([s["team_name"] for s in wc.squads if s["player_id"] == wc.pid("Cristiano Ronaldo")], "CR7"))
    q("appearances", "In which World Cups did Diego Maradona play?",
      nonempty([s["tournament_id"][3:] for s in wc.squads if s["player_id"] == wc.pid("Diego Maradona")], "Maradona"))
    q("appearances", "How many matches did Brazil play at the 2002 World Cup?", str(len(wc.team_rows("Brazil", 2002))))
    q("appearances", "How many times has Germany qualified for the men's World Cup?",
      str(sum(1 for r in wc.qualified if r["team_name"] == "Germany" and wc.gender(r) == "men")))

    # records between teams
    q("record", "What is Brazil's win-draw-loss record against Germany at men's World Cups?",
      wc.record("Brazil", opponent="Germany", gender="men"))
    q("record", "What was France's win-draw-loss record at the 2018 World Cup?", wc.record("France", year=2018))
    q("record", "How many times has Italy beaten France at men's World Cups, shoot-outs included?",
      str(sum(1 for r in wc.team_rows("Italy", gender="men", opponent="France") if r["result"] == "win")))
    q("record", "How many times have England and Argentina met at the men's World Cup?",
      str(len(wc.team_rows("England", gender="men", opponent="Argentina"))))
    q("record", "What is the Netherlands' record in men's World Cup finals (wins-draws-losses)?",
      wc.record("Netherlands", gender="men", stage="final"))
    q("record", "How many men's World Cup matches has Germany won against Argentina, counting shoot-out wins?",
      str(sum(1 for r in wc.team_rows("Germany", gender="men", opponent="Argentina") if r["result"] == "win")))

    # first / last
    q("first_last", "Who won the first World Cup?", wc.winner(min(int(t["year"]) for t in wc.tournaments)))
    first_w = min(int(t["year"]) for t in wc.tournaments if "Women's" in t["tournament_name"])
    q("first_last", "Which country hosted the first women's World Cup?", wc.host(first_w))
    q("first_last", "When was the first World Cup match played?", min(m["match_date"] for m in wc.matches))
    q("first_last", "In what year was the first Women's World Cup held?", str(first_w))
    q("first_last", "When did Italy last win the World Cup?",
      str(max(int(t["year"]) for t in wc.tournaments if t["winner"] == "Italy")))
    q("first_last", "When did England first take part in a men's World Cup?",
      str(min(int(r["tournament_id"][3:]) for r in wc.qualified if r["team_name"] == "England" and wc.gender(r) == "men")))
    q("first_last", "Who won the most recent men's World Cup in the data?",
      wc.winner(max(int(t["year"]) for t in wc.tournaments if "Men's" in t["tournament_name"])))

    # counts
    q("count", "How many teams played at the 1982 World Cup?", one([t["count_teams"] for t in wc.tournaments if t["year"] == "1982"], "1982"))
    q("count", "How many matches were played at the 2022 World Cup?", str(sum(1 for m in wc.matches if m["tournament_id"] == "WC-2022")))
    q("count", "How many times have Brazil won the World Cup?", str(sum(1 for t in wc.tournaments if t["winner"] == "Brazil")))
    q("count", "How many Women's World Cups have the United States won?",
      str(sum(1 for t in wc.tournaments if t["winner"] == "United States" and "Women's" in t["tournament_name"])))
    q("count", "How many teams took part in the 2019 Women's World Cup?", one([t["count_teams"] for t in wc.tournaments if t["year"] == "2019"], "2019"))
    q("count", "How many men's World Cup finals has Germany played in?",
      str(sum(1 for r in wc.team_rows("Germany", gender="men", stage="final"))))
    q("count", "How many men's World Cups have there been?", str(sum(1 for t in wc.tournaments if "Men's" in t["tournament_name"])))

    # groups and stages
    q("group", "Which group was Portugal in at the 2018 World Cup?",
      one([r["group_name"] for r in wc.group_st if r["team_name"] == "Portugal" and r["tournament_id"] == "WC-2018"], "Portugal group"))
    q("group", "Who won Group A at the 2018 World Cup?",
      one([r["team_name"] for r in wc.group_st if r["tournament_id"] == "WC-2018" and r["group_name"] == "Group A" and r["position"] == "1"], "A 2018"))
    q("group", "How many points did Spain collect in their group at the 2010 World Cup?",
      one([r["points"] for r in wc.group_st if r["team_name"] == "Spain" and r["tournament_id"] == "WC-2010"], "Spain 2010"))
    q("stage", "How far did Germany get at the 2018 World Cup?",
      one([r["performance"] for r in wc.qualified if r["team_name"] == "Germany" and r["tournament_id"] == "WC-2018"], "Germany 2018"))
    q("stage", "In which round did Brazil play Germany at the 2014 World Cup?",
      wc.mrow(wc.match(2014, teams=["Brazil", "Germany"]))["stage_name"])
    q("stage", "Which stage did England reach at Italia 90?",
      one([r["performance"] for r in wc.qualified if r["team_name"] == "England" and r["tournament_id"] == "WC-1990"], "England 1990"))

    # openfootball league seasons
    for question, league, season, home, away, half in [
        ("What was the score when Arsenal hosted Liverpool in the 2022/23 Premier League?", PL, "2022/23", "Arsenal FC", "Liverpool FC", "ft"),
        ("Man City vs Arsenal, Premier League 2023/24, what was the score?", PL, "2023/24", "Manchester City FC", "Arsenal FC", "ft"),
        ("What was the score of Bayern Munich vs Borussia Dortmund in the 2023/24 Bundesliga?", BL, "2023/24", "FC Bayern München", "Borussia Dortmund", "ft"),
        ("What was the half-time score of Werder Bremen vs Bayern in the 2023/24 Bundesliga?", BL, "2023/24", "SV Werder Bremen", "FC Bayern München", "ht"),
        ("How did Liverpool vs Manchester United finish in the 2022/23 Premier League?", PL, "2022/23", "Liverpool FC", "Manchester United FC", "ft"),
        ("What was the score of Tottenham vs Chelsea in the 2023/24 Premier League?", PL, "2023/24", "Tottenham Hotspur FC", "Chelsea FC", "ft"),
        ("Burnley vs Manchester City, opening game of the 2023/24 Premier League: final score?", PL, "2023/24", "Burnley FC", "Manchester City FC", "ft"),
        ("What was the half-time score in Crystal Palace vs Arsenal in the 2022/23 Premier League?", PL, "2022/23", "Crystal Palace FC", "Arsenal FC", "ht"),
        ("What was the result of Bayer Leverkusen against Bayern at home in the 2023/24 Bundesliga?", BL, "2023/24", "Bayer 04 Leverkusen", "FC Bayern München", "ft"),
    ]:
        q("league_score", question, lg.score(league, season, home, away, half))
    q("league_date", "On what date did Liverpool host Manchester United in the 2022/23 Premier League?",
      json.loads(lg.match(PL, "2022/23", "Liverpool FC", "Manchester United FC"))["date"])
    q("league_date", "When was the first match of the 2023/24 Premier League season played?",
      min(m["date"] for m in lg.ms(PL, "2023/24")))
    q("league_date", "When did Borussia Dortmund play at Bayern in the 2023/24 Bundesliga?",
      json.loads(lg.match(BL, "2023/24", "FC Bayern München", "Borussia Dortmund"))["date"])
    first_day = min(m["date"] for m in lg.ms(PL, "2023/24"))
    opening = [m for m in lg.ms(PL, "2023/24") if m["date"] == first_day]
    q("league_match", "Which teams played the opening game of the 2023/24 Premier League?",
      [one([m["team1"] for m in opening], "opening"), one([m["team2"] for m in opening], "opening")])
    sevens = [m for m in lg.ms(PL, "2022/23") if m["team1"] == "Liverpool FC" and m["score"]["ft"] == [7, 0]]
    q("league_match", "Which team did Liverpool beat 7-0 at home in the 2022/23 Premier League?",
      one([m["team2"] for m in sevens], "7-0"))
    q("league_count", "How many goals were scored in the 2023/24 Bundesliga season?", lg.goals(BL, "2023/24"))
    q("league_count", "How many goals were scored in the Premier League in 2022/23?", lg.goals(PL, "2022/23"))
    q("league_count", "How many goals did Bayer Leverkusen score in the 2023/24 Bundesliga?",
      str(lg.table(BL, "2023/24")["Bayer 04 Leverkusen"]["gf"]))
    q("league_count", "How many matches did Leverkusen lose in the 2023/24 Bundesliga?",
      str(lg.table(BL, "2023/24")["Bayer 04 Leverkusen"]["l"]))
    q("league_record", "What was Bayer Leverkusen's win-draw-loss record in the 2023/24 Bundesliga?",
      lg.record(BL, "2023/24", "Bayer 04 Leverkusen"))
    q("league_record", "What was Arsenal's record in the 2023/24 Premier League, wins-draws-losses?",
      lg.record(PL, "2023/24", "Arsenal FC"))
    q("league_count", "How many matches ended in a draw in the 2022/23 Premier League?",
      str(sum(1 for m in lg.ms(PL, "2022/23") if m["score"]["ft"][0] == m["score"]["ft"][1])))
    q("league_count", "How many matches were played in the 2023/24 Bundesliga?", str(len(lg.ms(BL, "2023/24"))))
    q("league_count", "How many teams were in the 2023/24 Premier League?", str(len(lg.table(PL, "2023/24"))))
    q("league_count", "How many home wins were there in the 2023/24 Bundesliga?",
      str(sum(1 for m in lg.ms(BL, "2023/24") if m["score"]["ft"][0] > m["score"]["ft"][1])))
    q("league_count", "How many games did Bayern draw in the 2023/24 Bundesliga?",
      str(lg.table(BL, "2023/24")["FC Bayern München"]["d"]))
    q("league_count", "How many goals did Manchester City concede in the 2022/23 Premier League?",
      str(lg.table(PL, "2022/23")["Manchester City FC"]["ga"]))
    q("league_table", "Who won the 2022/23 Premier League?", lg.extreme(PL, "2022/23", "pts"))
    q("league_table", "Which team won the Bundesliga in 2023/24?", lg.extreme(BL, "2023/24", "pts"))
    q("league_table", "How many points did Arsenal get in the 2023/24 Premier League?", str(lg.table(PL, "2023/24")["Arsenal FC"]["pts"]))
    q("league_table", "Which team scored the most goals in the 2023/24 Premier League?", lg.extreme(PL, "2023/24", "gf"))
    q("league_table", "Which Premier League side conceded the most goals in 2022/23?", lg.extreme(PL, "2022/23", "ga"))

    # StatsBomb fixture matches
    bg = sb.mid("Barcelona", "Girona")
    ti = sb.mid("Turkey", "Italy")
    q("statsbomb_score", "What was the final score of Barcelona vs Girona in La Liga?", sb.score(bg))
    q("statsbomb_score", "How did Turkey vs Italy at Euro 2020 end?", sb.score(ti))
    q("statsbomb_score", "Who won Turkey vs Italy in the Euro 2020 group stage?",
      sb.matches[ti]["away_team"]["away_team_name"] if sb.matches[ti]["away_score"] > sb.matches[ti]["home_score"] else fail("winner"))
    q("statsbomb_score", "How many goals did Italy score against Turkey?", str(sb.matches[ti]["away_score"]))
    q("statsbomb_scorer", "Who scored for Italy against Turkey at Euro 2020?", sb.goals(ti, "Italy"), "contains")
    q("statsbomb_scorer", "Who scored for Barcelona against Girona in La Liga 2018/19?", sb.goals(bg, "Barcelona"))
    q("statsbomb_scorer", "How many goals did Cristhian Stuani score against Barcelona?",
      str(sum(1 for e in sb.ev(bg, "Shot") if e["shot"]["outcome"]["name"] == "Goal" and sb.name(bg, e["player"]["id"]) == "Cristhian Stuani")))
    q("statsbomb_scorer", "Who scored the own goal in Turkey vs Italy?", sb.own_goals(ti))
    q("statsbomb_scorer", "Who headed in Barcelona's goal against Girona?", sb.goals(bg, "Barcelona", "Head"))
    first_goal = min((e for e in sb.ev(bg, "Shot") if e["shot"]["outcome"]["name"] == "Goal"), key=lambda e: (e["period"], e["minute"], e["second"]))
    q("statsbomb_scorer", "Who opened the scoring in Barcelona vs Girona?", sb.name(bg, first_goal["player"]["id"]))
    q("statsbomb_cards", "Who was sent off in Barcelona vs Girona?", sb.cards(bg, "Red Card"))
    q("statsbomb_cards", "Which Turkey players were booked against Italy at Euro 2020?", sb.cards(ti, "Yellow Card", "Turkey"))
    q("statsbomb_referee", "Who refereed Barcelona vs Girona?", sb.matches[bg]["referee"]["name"])
    q("statsbomb_referee", "Who officiated Turkey vs Italy at Euro 2020?", sb.matches[ti]["referee"]["name"])
    q("statsbomb_venue", "Which stadium hosted Turkey vs Italy at Euro 2020?", sb.matches[ti]["stadium"]["name"].strip())
    q("statsbomb_venue", "At which stadium did Barcelona play Girona in 2018/19?", sb.matches[bg]["stadium"]["name"].strip())
    q("statsbomb_date", "On what date did Turkey play Italy at Euro 2020?", sb.matches[ti]["match_date"])
    q("statsbomb_date", "When was Barcelona vs Girona played?", sb.matches[bg]["match_date"])
    q("statsbomb_substitution", "Who replaced Ousmane Dembélé for Barcelona against Girona?", sb.replaced_by(bg, "Ousmane Dembélé"))
    q("statsbomb_substitution", "Who came on for Ciro Immobile against Turkey?", sb.replaced_by(ti, "Ciro Immobile"))
    q("statsbomb_substitution", "How many substitutions did Italy make against Turkey?", str(len(sb.subs(ti, "Italy"))))
    q("statsbomb_substitution", "Which Turkey substitutes came on against Italy?",
      nonempty([sb.name(ti, e["substitution"]["replacement"]["id"]) for e in sb.subs(ti, "Turkey")], "Turkey subs"))
    q("statsbomb_lineup", "Who was in goal for Italy against Turkey?", sb.starters(ti, "Italy", "Goalkeeper"))
    q("statsbomb_lineup", "Which Italy players started against Turkey at Euro 2020?", sb.starters(ti, "Italy"))
    q("statsbomb_lineup", "Which Italy squad players did not get on the pitch against Turkey?", sb.unused(ti, "Italy"))
    q("statsbomb_lineup", "What shirt number did Messi wear against Girona?", sb.jersey(bg, "Lionel Messi"))
    q("statsbomb_lineup", "Who started in goal for Girona against Barcelona?", sb.starters(bg, "Girona", "Goalkeeper"))

    # to be declined
    for text in [
        "Who will win the 2026 World Cup?",
        "Which country hosts the 2027 Women's World Cup?",
        "Who won the 2023 Women's World Cup?",
        "What was the possession split in the 2018 World Cup final?",
        "What was the attendance at the 2014 World Cup final?",
        "How many assists did Kevin De Bruyne make at the 2018 World Cup?",
        "How many World Cup goals has Erling Haaland scored?",
        "Who scored for Liverpool against Manchester United in the 2022/23 Premier League?",
        "Who was the top scorer of the 2023/24 Bundesliga?",
        "How many goals did Harry Kane score in the 2023/24 Bundesliga?",
        "Who got sent off in Arsenal vs Chelsea in the 2023/24 Premier League?",
        "Who won the 2020/21 Premier League?",
        "Who won the Champions League in 2019?",
        "Who won Euro 2020?",
        "Who won La Liga in 2018/19?",
        "What was the score of Brazil vs Germany?",
        "Who won the World Cup final?",
        "What was the weather like during the 2014 final?",
        "How much did Neymar's transfer to PSG cost?",
        "Who scored in the 1950 World Cup final?",
        "How many goals did Gibraltar score at the 2018 World Cup?",
        "What was the xG of Barcelona vs Girona?",
        "Who refereed Manchester City vs Arsenal in the 2023/24 Premier League?",
        "Which stadium hosted Bayern vs Dortmund in the 2023/24 Bundesliga?",
        "How many yellow cards were shown in the 2022/23 Premier League?",
        "Who managed Arsenal in the 2023/24 Premier League?",
        "How many corners were there in the 2022 World Cup final?",
        "What is Lionel Messi's salary?",
        "Who won the 2030 World Cup?",
        "Who will referee the 2026 World Cup final?",
        "How many goals did Bayern score in the 2024/25 Bundesliga?",
        "Who scored for Real Madrid against Barcelona in 2018/19?",
        "How many spectators watched Turkey vs Italy?",
        "Who won the Golden Ball at the 2026 World Cup?",
        "Who was the top scorer in the 2022/23 Premier League?",
        "Who provided the assist for Götze's goal in the 2014 final?",
        "How many shots did Brazil take at the 2014 World Cup?",
        "Who is the best player of all time?",
        "Which Bundesliga player got the most yellow cards in 2023/24?",
        "How many goals did Mohamed Salah score in the 2022/23 Premier League?",
    ]:
        decline(text)
    return Q


def build(args):
    wc = WorldCup(os.path.join(args.data, "worldcup"))
    lg = League(os.path.join(args.data, "openfootball"))
    sb = StatsBomb(args.statsbomb, wc)
    rows = []
    seen = set()
    counters = collections.Counter()
    for kind, question, answers, match in questions(wc, lg, sb):
        check_question(question, kind, answers, seen, sb)
        if "<none>" in answers:
            fail(f"{question}: no value in the data")
        family = "statsbomb" if kind.startswith("statsbomb") else "openfootball" if kind.startswith("league") else "worldcup"
        if kind == "decline":
            family = "decline"
        counters[family] += 1
        row = {"id": f"dev-{len(rows) + 1:03d}", "question": question,
               "answers": list(dict.fromkeys(answers)), "kind": kind}
        if match:
            row["match"] = match
        rows.append(row)
    return rows, sb.conflicts


def check_question(question, kind, answers, seen, sb):
    """Fails on a repeated question, an answerable one without answers, or an answer StatsBomb may merge away."""
    if question in seen:
        fail(f"duplicate question: {question}")
    seen.add(question)
    if kind != "decline" and not answers:
        fail(f"{question}: no answer")
    clash = [a for a in answers if a in sb.conflicts]
    if clash:
        fail(f"{question}: StatsBomb's {clash} may be merged with World Cup {[sb.conflicts[a] for a in clash]}")


def parse_arguments(doc, out_name):
    """The command line both answer scripts share: --data, --statsbomb, --out (OUT_NAME in dev-stranger/), --check."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "sports"))
    ap.add_argument("--statsbomb", default=os.path.join(ROOT, "ingest", "src", "test", "resources", "sports", "statsbomb-fixture", "data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "query", "src", "test", "resources", "sports", "dev-stranger", out_name))
    ap.add_argument("--check", action="store_true", help="compare with the frozen file instead of writing it")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.data, "worldcup")):
        sys.exit(f"--data: expected a folder with worldcup/ and openfootball/, got {args.data}")
    return args


class QuestionList(list):
    """The questions of a later stranger set as (kind, question, answers, match, note): q() one with
    its answers (a string or a list), decline() one to decline with a note saying why."""

    def q(self, kind, question, answers, match=None):
        self.append((kind, question, [answers] if isinstance(answers, str) else list(answers), match, None))

    def decline(self, question, why):
        self.append(("decline", question, [], None, why))


def freeze_set(doc, out_name, prefix, questions_of):
    """The command of the later stranger sets: questions_of(args) gives (questions, sb), each question
    (kind, question, answers, match, note); writes OUT_NAME (ids PREFIX-001 ...) or, with --check, compares."""
    args = parse_arguments(doc, out_name)
    rows, seen = [], set()
    try:
        qs, sb = questions_of(args)
        for kind, question, answers, match, why in qs:
            check_question(question, kind, answers, seen, sb)
            row = {"id": f"{prefix}-{len(rows) + 1:03d}", "question": question, "answers": list(dict.fromkeys(answers)), "kind": kind}
            if match:
                row["match"] = match
            if why:
                row["note"] = why
            rows.append(row)
    except NoUniqueAnswer as e:
        sys.exit(f"no unique answer: {e}")
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    kinds = collections.Counter(r["kind"] for r in rows)
    summary = {"questions": len(rows), "decline": kinds["decline"], "kinds": dict(sorted(kinds.items()))}
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{args.out}: differs from the answers computed now; re-run without --check")
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    print(json.dumps(summary))



def freeze_with_sources(doc, out_name, prefix, questions):
    """freeze_set for a set whose questions(wc, lg, sb) read the World Cup, the openfootball seasons and StatsBomb."""
    def questions_of(args):
        wc = WorldCup(os.path.join(args.data, "worldcup"))
        sb = StatsBomb(args.statsbomb, wc)
        return questions(wc, League(os.path.join(args.data, "openfootball")), sb), sb
    freeze_set(doc, out_name, prefix, questions_of)

def main():
    args = parse_arguments(__doc__, "questions.jsonl")
    try:
        rows, conflicts = build(args)
    except NoUniqueAnswer as e:
        sys.exit(f"no unique answer: {e}")
    for shown, fits in sorted(conflicts.items()):
        print(f"note: StatsBomb's {shown!r} has name words of World Cup squad member(s) {fits}; not used as an answer", file=sys.stderr)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    kinds = collections.Counter(r["kind"] for r in rows)
    summary = {"questions": len(rows), "decline": kinds["decline"],
               "league_or_statsbomb": sum(v for k, v in kinds.items() if k.startswith(("league", "statsbomb"))),
               "kinds": dict(sorted(kinds.items()))}
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{args.out}: differs from the answers computed now; re-run without --check")
        print(json.dumps(summary))
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
