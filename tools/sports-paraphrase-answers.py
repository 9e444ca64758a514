#!/usr/bin/env python3
"""Compute the answers of the sports paraphrase set from the data and freeze them (issue 15).

Usage:
    python3 tools/sports-paraphrase-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DIR \
        [--source FILE] [--out FILE] [--counts]

WORLDCUP_DIR holds the Fjelstul World Cup Database CSVs, OPENFOOTBALL_DIR the football.json
seasons, STATSBOMB_DIR the StatsBomb open-data layout (competitions.json, matches/, lineups/,
events/; PATH or PATH/data). The questions and their machine-readable specs are read from
--source (default query/src/main/resources/sports/paraphrase/questions-source.jsonl); the
frozen set is written to --out (default .../paraphrase-questions.jsonl).

Every spec must give a unique, well-defined answer: a spec that selects no match or several, a
tie where one value was asked for, an unknown team or player, or an unknown op stops the script
with an error naming the question id, and nothing is written. Standard library only.
"""

import argparse
import collections
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "..", "query", "src", "main", "resources", "sports", "paraphrase")


class SpecError(Exception):
    pass


def fail(msg):
    raise SpecError(msg)


def person(given, family):
    """A person's name as the data writes it: given + family, or the single name."""
    given = (given or "").strip()
    family = (family or "").strip()
    if given in ("", "not applicable"):
        return family
    if family in ("", "not applicable"):
        return given
    return given + " " + family


def score(a, b):
    return "%d-%d" % (a, b)


def stage_key(name):
    """'semi-finals' and 'semi-final' are the same stage; 'final' is not 'final round'."""
    n = name.strip().lower()
    if n.endswith("-finals"):
        n = n[:-1]
    return n


def one(values, what):
    values = list(values)
    if len(values) != 1:
        fail("%s: expected exactly one, got %d %s" % (what, len(values), values[:6]))
    return values[0]


# ----------------------------------------------------------------------------- World Cup

class WorldCup:
    def __init__(self, d):
        def read(name):
            path = os.path.join(d, name + ".csv")
            with open(path, newline="", encoding="utf-8") as f:
                return list(csv.DictReader(f))

        self.tournaments = {int(r["year"]): r for r in read("tournaments")}
        self.matches = read("matches")
        self.goals = read("goals")
        self.bookings = read("bookings")
        self.pens = read("penalty_kicks")
        self.standings = read("tournament_standings")
        self.hosts = read("host_countries")
        self.refs = read("referee_appearances")
        self.mgr_app = read("manager_appearances")
        self.mgr_appt = read("manager_appointments")
        self.awards = read("award_winners")
        self.squads = read("squads")
        self.players = read("players")
        self.group_standings = read("group_standings")
        self.team_apps = read("team_appearances")
        self.subs = read("substitutions")
        self.qualified = read("qualified_teams")
        self.stadiums = read("stadiums")
        self.team_names = {r["team_name"] for r in read("teams")}

    # -- lookups
    def tid(self, spec):
        year = spec.get("year")
        if year is None:
            fail("spec has no year")
        t = self.tournaments.get(int(year))
        if t is None:
            fail("no World Cup in %s" % year)
        g = spec.get("gender")
        if g:
            want = {"men": "Men's", "women": "Women's"}[g]
            if want not in t["tournament_name"]:
                fail("the %s World Cup is not the %s tournament" % (year, g))
        return t["tournament_id"]

    def team(self, name):
        if name not in self.team_names:
            fail("unknown team %r" % name)
        return name

    def player_ids(self, name):
        ids = {r["player_id"] for r in self.players if person(r["given_name"], r["family_name"]) == name}
        if not ids:
            fail("unknown player %r" % name)
        return ids

    def player_id(self, spec):
        if "player_id" in spec:
            return spec["player_id"]
        ids = self.player_ids(spec["player"])
        if len(ids) != 1:
            fail("player %r is ambiguous: %s" % (spec["player"], sorted(ids)))
        return next(iter(ids))

    def select_match(self, spec):
        tid = self.tid(spec)
        ms = [m for m in self.matches if m["tournament_id"] == tid]
        if "stage" in spec:
            ms = [m for m in ms if stage_key(m["stage_name"]) == stage_key(spec["stage"])]
        if "group" in spec:
            ms = [m for m in ms if m["group_name"] == spec["group"]]
        if "teams" in spec:
            a, b = [self.team(t) for t in spec["teams"]]
            ms = [m for m in ms if {m["home_team_name"], m["away_team_name"]} == {a, b}]
        if "team" in spec:
            t = self.team(spec["team"])
            ms = [m for m in ms if t in (m["home_team_name"], m["away_team_name"])]
        if "date" in spec:
            ms = [m for m in ms if m["match_date"] == spec["date"]]
        return one(ms, "matches for %s" % json.dumps(spec, ensure_ascii=False))

    def oriented(self, m, spec, home_value, away_value):
        """(first, second) in the order the question names the teams."""
        if "teams" in spec:
            a = spec["teams"][0]
            if m["home_team_name"] == a:
                return home_value, away_value
            return away_value, home_value
        if home_value != away_value:
            fail("score asked without naming the teams and it is not symmetric")
        return home_value, away_value

    def match_field(self, spec):
        m = self.select_match(spec)
        mid = m["match_id"]
        f = spec["field"]
        if f == "score":
            h, a = self.oriented(m, spec, int(m["home_team_score"]), int(m["away_team_score"]))
            return [score(h, a)]
        if f == "shootout_score":
            if m["penalty_shootout"] != "1":
                fail("match %s had no shoot-out" % mid)
            h, a = self.oriented(m, spec, int(m["home_team_score_penalties"]),
                                 int(m["away_team_score_penalties"]))
            return [score(h, a)]
        if f == "stadium":
            return [m["stadium_name"]]
        if f == "city":
            return [m["city_name"]]
        if f == "date":
            return [m["match_date"]]
        if f in ("winner", "loser"):
            if m["draw"] == "1" and m["penalty_shootout"] != "1":
                fail("match %s was drawn: no %s" % (mid, f))
            home_won = self.match_winner_is_home(m)
            won = m["home_team_name"] if home_won else m["away_team_name"]
            lost = m["away_team_name"] if home_won else m["home_team_name"]
            return [won if f == "winner" else lost]
        if f == "referee":
            return [person(r["given_name"], r["family_name"]) for r in self.refs if r["match_id"] == mid]
        if f == "goals":
            return [str(int(m["home_team_score"]) + int(m["away_team_score"]))]
        if f == "stage":
            return [stage_key(m["stage_name"])]
        gs = [g for g in self.goals if g["match_id"] == mid]
        if f == "scorers":
            if spec.get("team"):
                gs = [g for g in gs if g["team_name"] == spec["team"]]
            own = [g for g in gs if g["own_goal"] == "1"]
            if own and not spec.get("own_goals_ok"):
                fail("match %s has own goals: say own_goals_ok" % mid)
            return sorted({person(g["given_name"], g["family_name"]) for g in gs if g["own_goal"] == "0"})
        if f == "own_goal_scorers":
            return sorted({person(g["given_name"], g["family_name"]) for g in gs if g["own_goal"] == "1"})
        if f == "hat_tricks":
            c = collections.Counter(person(g["given_name"], g["family_name"]) for g in gs if g["own_goal"] == "0")
            return sorted(p for p, n in c.items() if n >= 3)
        if f == "first_scorer":
            first = min(gs, key=lambda g: (int(g["minute_regulation"]), int(g["minute_stoppage"])))
            ties = [g for g in gs if (g["minute_regulation"], g["minute_stoppage"]) ==
                    (first["minute_regulation"], first["minute_stoppage"])]
            one(ties, "first goal of %s" % mid)
            if first["own_goal"] == "1":
                fail("first goal of %s is an own goal" % mid)
            return [person(first["given_name"], first["family_name"])]
        if f == "penalty_goal_scorers":
            return sorted({person(g["given_name"], g["family_name"]) for g in gs if g["penalty"] == "1"})
        bs = [b for b in self.bookings if b["match_id"] == mid]
        if f == "sent_off":
            return sorted({person(b["given_name"], b["family_name"]) for b in bs if b["sending_off"] == "1"})
        if f == "booked":
            return sorted({person(b["given_name"], b["family_name"]) for b in bs if b["yellow_card"] == "1"})
        ps = [p for p in self.pens if p["match_id"] == mid]
        if f == "shootout_missed":
            if m["penalty_shootout"] != "1":
                fail("match %s had no shoot-out" % mid)
            return sorted({person(p["given_name"], p["family_name"]) for p in ps if p["converted"] == "0"})
        if f == "manager":
            t = self.team(spec["of_team"])
            return sorted({person(r["given_name"], r["family_name"]) for r in self.mgr_app
                           if r["match_id"] == mid and r["team_name"] == t})
        if f == "subs_on":
            t = self.team(spec["of_team"])
            return sorted({person(r["given_name"], r["family_name"]) for r in self.subs
                           if r["match_id"] == mid and r["team_name"] == t and r["coming_on"] == "1"})
        fail("unknown match field %r" % f)

    def match_winner_is_home(self, m):
        if m["home_team_win"] == "1":
            return True
        if m["away_team_win"] == "1":
            return False
        fail("match %s has no winner" % m["match_id"])

    def goals_by_player(self, tid):
        c = collections.Counter()
        for g in self.goals:
            if g["tournament_id"] == tid and g["own_goal"] == "0":
                c[person(g["given_name"], g["family_name"])] += 1
        return c

    def team_goals(self, tid):
        c = collections.Counter()
        for r in self.team_apps:
            if r["tournament_id"] == tid:
                c[r["team_name"]] += int(r["goals_for"])
        return c

    def answer(self, spec):
        op = spec["op"]
        if op == "winner":
            return [self.tournaments[int(spec["year"])]["winner"]] if self.tid(spec) else []
        if op == "standing":
            tid = self.tid(spec)
            return [one([r["team_name"] for r in self.standings
                         if r["tournament_id"] == tid and r["position"] == str(spec["position"])],
                        "standing %s" % spec["position"])]
        if op == "host":
            tid = self.tid(spec)
            return sorted(r["team_name"] for r in self.hosts if r["tournament_id"] == tid)
        if op == "host_year_of":
            # years a country hosted (men's and/or women's as the spec says)
            t = self.team(spec["team"])
            g = spec.get("gender")
            years = []
            for r in self.hosts:
                y = int(r["tournament_id"][3:])
                if r["team_name"] == t and (not g or self._gender(y) == g):
                    years.append(str(y))
            return sorted(years)
        if op == "match":
            return self.match_field(spec)
        if op == "count":
            tid = self.tid(spec)
            w = spec["what"]
            ms = [m for m in self.matches if m["tournament_id"] == tid]
            if "stage" in spec:
                ms = [m for m in ms if stage_key(m["stage_name"]) == stage_key(spec["stage"])]
            ids = {m["match_id"] for m in ms}
            if w == "goals":
                return [str(sum(int(m["home_team_score"]) + int(m["away_team_score"]) for m in ms))]
            if w == "matches":
                return [str(len(ms))]
            if w == "teams":
                return [self.tournaments[int(spec["year"])]["count_teams"]]
            if w == "sendings_off":
                return [str(sum(1 for b in self.bookings if b["match_id"] in ids and b["sending_off"] == "1"))]
            if w == "own_goals":
                return [str(sum(1 for g in self.goals if g["match_id"] in ids and g["own_goal"] == "1"))]
            if w == "shootouts":
                return [str(sum(1 for m in ms if m["penalty_shootout"] == "1"))]
            if w == "draws":
                return [str(sum(1 for m in ms if m["draw"] == "1"))]
            if w == "penalty_goals":
                return [str(sum(1 for g in self.goals if g["match_id"] in ids and g["penalty"] == "1"))]
            fail("unknown count %r" % w)
        if op == "top_team_goals":
            c = self.team_goals(self.tid(spec))
            best = max(c.values())
            return [one([t for t, n in c.items() if n == best], "team with most goals")]
        if op == "team_goals":
            return [str(self.team_goals(self.tid(spec))[self.team(spec["team"])])]
        if op == "top_scorers":
            c = self.goals_by_player(self.tid(spec))
            best = max(c.values())
            top = sorted(p for p, n in c.items() if n == best)
            if len(top) > 1 and not spec.get("ties_ok"):
                fail("top scorer tie: %s" % top)
            return top
        if op == "top_scorer_goals":
            c = self.goals_by_player(self.tid(spec))
            return [str(max(c.values()))]
        if op == "player_goals":
            pid = self.player_id(spec)
            tid = self.tid(spec) if "year" in spec else None
            n = sum(1 for g in self.goals if g["player_id"] == pid and g["own_goal"] == "0"
                    and (tid is None or g["tournament_id"] == tid))
            if n == 0 and not spec.get("zero_ok"):
                fail("player %s scored no goals: say zero_ok" % pid)
            return [str(n)]
        if op == "player_tournaments":
            pid = self.player_id(spec)
            return [str(len({r["tournament_id"] for r in self.squads if r["player_id"] == pid}))]
        if op == "player_team":
            pid = self.player_id(spec)
            tid = self.tid(spec)
            return [one({r["team_name"] for r in self.squads if r["player_id"] == pid and r["tournament_id"] == tid},
                        "team of %s" % pid)]
        if op == "player_birthdate":
            pid = self.player_id(spec)
            return [one({r["birth_date"] for r in self.players if r["player_id"] == pid}, "birth date")]
        if op == "player_sendings_off":
            pid = self.player_id(spec)
            return [str(sum(1 for b in self.bookings if b["player_id"] == pid and b["sending_off"] == "1"))]
        if op == "hat_tricks":
            tid = self.tid(spec)
            c = collections.Counter()
            for g in self.goals:
                if g["tournament_id"] == tid and g["own_goal"] == "0":
                    if "stage" in spec and stage_key(g["stage_name"]) != stage_key(spec["stage"]):
                        continue
                    c[(g["match_id"], person(g["given_name"], g["family_name"]))] += 1
            return sorted({p for (mid, p), n in c.items() if n >= 3})
        if op == "own_goals_by_team":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            return sorted({person(g["given_name"], g["family_name"]) for g in self.goals
                           if g["tournament_id"] == tid and g["own_goal"] == "1" and g["player_team_name"] == t})
        if op == "sent_off_team":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            return sorted({person(b["given_name"], b["family_name"]) for b in self.bookings
                           if b["tournament_id"] == tid and b["sending_off"] == "1" and b["team_name"] == t})
        if op == "award":
            tid = self.tid(spec)
            rows = [r for r in self.awards if r["tournament_id"] == tid and r["award_name"] == spec["award"]]
            if not rows:
                fail("no %s in %s" % (spec["award"], tid))
            names = sorted({person(r["given_name"], r["family_name"]) for r in rows})
            if len(names) > 1 and not spec.get("shared_ok"):
                fail("award shared: %s" % names)
            return names
        if op == "award_team":
            tid = self.tid(spec)
            rows = [r for r in self.awards if r["tournament_id"] == tid and r["award_name"] == spec["award"]]
            return [one({r["team_name"] for r in rows}, "team of award winner")]
        if op == "manager":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            names = sorted({person(r["given_name"], r["family_name"]) for r in self.mgr_appt
                            if r["tournament_id"] == tid and r["team_name"] == t})
            if not names:
                fail("no manager for %s in %s" % (t, tid))
            if len(names) > 1 and not spec.get("several_ok"):
                fail("several managers: %s" % names)
            return names
        if op == "manager_teams":
            tid = self.tid(spec)
            return sorted({r["team_name"] for r in self.mgr_appt if r["tournament_id"] == tid
                           and person(r["given_name"], r["family_name"]) == spec["manager"]})
        if op == "referee_matches":
            tid = self.tid(spec) if "year" in spec else None
            ms = {r["match_id"] for r in self.refs if person(r["given_name"], r["family_name"]) == spec["referee"]
                  and (tid is None or r["tournament_id"] == tid)}
            if not ms:
                fail("referee %r unknown" % spec["referee"])
            return [str(len(ms))]
        if op == "squad_shirt":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            return [one({person(r["given_name"], r["family_name"]) for r in self.squads
                         if r["tournament_id"] == tid and r["team_name"] == t
                         and r["shirt_number"] == str(spec["shirt"])}, "shirt %s" % spec["shirt"])]
        if op == "squad_size":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            n = sum(1 for r in self.squads if r["tournament_id"] == tid and r["team_name"] == t)
            if n == 0:
                fail("no squad")
            return [str(n)]
        if op == "squad_contains":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            squad = {person(r["given_name"], r["family_name"]) for r in self.squads
                     if r["tournament_id"] == tid and r["team_name"] == t}
            missing = [p for p in spec["players"] if p not in squad]
            if missing:
                fail("not in the %s squad: %s" % (t, missing))
            if len(spec["players"]) >= len(squad):
                fail("contains asked with the whole squad: list it instead")
            return list(spec["players"])
        if op == "squad_position":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            return sorted({person(r["given_name"], r["family_name"]) for r in self.squads
                           if r["tournament_id"] == tid and r["team_name"] == t
                           and r["position_name"] == spec["position"]})
        if op == "group_position":
            tid = self.tid(spec)
            rows = [r for r in self.group_standings if r["tournament_id"] == tid
                    and r["group_name"] == spec["group"] and r["position"] == str(spec["position"])
                    and r["stage_name"] == spec.get("stage", "group stage")]
            return [one({r["team_name"] for r in rows}, "group position")]
        if op == "group_field":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            rows = [r for r in self.group_standings if r["tournament_id"] == tid and r["team_name"] == t
                    and r["stage_name"] == spec.get("stage", "group stage")]
            r = one(rows, "group row of %s" % t)
            f = spec["field"]
            if f == "group":
                return [r["group_name"]]
            return [r[f]]
        if op == "group_teams":
            tid = self.tid(spec)
            return sorted({r["team_name"] for r in self.group_standings if r["tournament_id"] == tid
                           and r["group_name"] == spec["group"] and r["stage_name"] == spec.get("stage", "group stage")})
        if op == "record":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            rows = [r for r in self.team_apps if r["tournament_id"] == tid and r["team_name"] == t]
            if not rows:
                fail("%s did not play in %s" % (t, tid))
            if any(r["penalty_shootout"] == "1" for r in rows):
                fail("%s had a shoot-out in %s: the record is not well-defined" % (t, tid))
            w = sum(1 for r in rows if r["result"] == "win")
            d = sum(1 for r in rows if r["result"] == "draw")
            l_ = sum(1 for r in rows if r["result"] == "lose")
            return ["%d-%d-%d" % (w, d, l_)]
        if op == "team_matches":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            return [str(sum(1 for r in self.team_apps if r["tournament_id"] == tid and r["team_name"] == t))]
        if op == "performance":
            tid = self.tid(spec)
            t = self.team(spec["team"])
            return [one({stage_key(r["performance"]) for r in self.qualified if r["tournament_id"] == tid and r["team_name"] == t},
                        "performance")]
        if op == "titles":
            t = self.team(spec["team"])
            g = spec.get("gender")
            return [str(sum(1 for y, r in self.tournaments.items() if r["winner"] == t and (not g or self._gender(y) == g)))]
        if op == "title_years":
            t = self.team(spec["team"])
            g = spec.get("gender")
            return sorted(str(y) for y, r in self.tournaments.items() if r["winner"] == t and (not g or self._gender(y) == g))
        if op == "tournament_date":
            tid = self.tid(spec)
            r = self.tournaments[int(spec["year"])]
            return [r[spec["which"] + "_date"]]
        if op == "stadium_city":
            return [one({r["city_name"] for r in self.stadiums if r["stadium_name"] == spec["stadium"]}, "city")]
        if op == "stadium_cities":
            tid = self.tid(spec)
            return sorted({m["city_name"] for m in self.matches if m["tournament_id"] == tid})
        if op == "biggest_win":
            tid = self.tid(spec)
            ms = [m for m in self.matches if m["tournament_id"] == tid]
            best = max(abs(int(m["home_team_score_margin"])) for m in ms)
            m = one([m for m in ms if abs(int(m["home_team_score_margin"])) == best], "biggest win")
            return [m["home_team_name"] if int(m["home_team_score_margin"]) > 0 else m["away_team_name"]]
        fail("unknown op %r" % op)

    def _gender(self, year):
        return "women" if "Women's" in self.tournaments[year]["tournament_name"] else "men"


# ----------------------------------------------------------------------------- openfootball

class OpenFootball:
    def __init__(self, d):
        self.seasons = {}
        for name in sorted(os.listdir(d)):
            if name.endswith(".json"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    self.seasons[name] = json.load(f)

    def season(self, spec):
        s = self.seasons.get(spec["file"])
        if s is None:
            fail("no openfootball season %r" % spec["file"])
        return s

    def teams(self, spec):
        return {m["team1"] for m in self.season(spec)["matches"]} | {m["team2"] for m in self.season(spec)["matches"]}

    def team(self, spec, name):
        if name not in self.teams(spec):
            fail("unknown team %r in %s" % (name, spec["file"]))
        return name

    def select(self, spec):
        ms = self.season(spec)["matches"]
        if "home" in spec:
            ms = [m for m in ms if m["team1"] == self.team(spec, spec["home"])]
        if "away" in spec:
            ms = [m for m in ms if m["team2"] == self.team(spec, spec["away"])]
        if "teams" in spec:
            a, b = [self.team(spec, t) for t in spec["teams"]]
            ms = [m for m in ms if {m["team1"], m["team2"]} == {a, b}]
        if "round" in spec:
            ms = [m for m in ms if m["round"] == spec["round"]]
        if "date" in spec:
            ms = [m for m in ms if m["date"] == spec["date"]]
        return one(ms, "openfootball matches for %s" % json.dumps(spec, ensure_ascii=False))

    def table(self, spec):
        rows = collections.defaultdict(lambda: {"w": 0, "d": 0, "l": 0, "gf": 0, "ga": 0})
        for m in self.season(spec)["matches"]:
            a, b = m["score"]["ft"]
            for t, f, g in ((m["team1"], a, b), (m["team2"], b, a)):
                r = rows[t]
                r["gf"] += f
                r["ga"] += g
                r["w" if f > g else "d" if f == g else "l"] += 1
        for r in rows.values():
            r["pts"] = 3 * r["w"] + r["d"]
            r["gd"] = r["gf"] - r["ga"]
        order = sorted(rows, key=lambda t: (-rows[t]["pts"], -rows[t]["gd"], -rows[t]["gf"]))
        return rows, order

    def position_of(self, spec, team):
        rows, order = self.table(spec)
        i = order.index(team)
        key = lambda t: (rows[t]["pts"], rows[t]["gd"], rows[t]["gf"])
        if sum(1 for t in order if key(t) == key(team)) > 1:
            fail("%s is level on points, goal difference and goals with another team" % team)
        return i + 1

    def answer(self, spec):
        op = spec["op"]
        if op == "match":
            m = self.select(spec)
            f = spec["field"]
            h, a = m["score"]["ft"]
            first = spec.get("first")  # the team the question names first
            if first is not None:
                self.team(spec, first)
                if first not in (m["team1"], m["team2"]):
                    fail("%s did not play in the selected match" % first)
            flip = first is not None and first == m["team2"]
            if f in ("score", "ht_score"):
                if f == "ht_score":
                    if "ht" not in m["score"]:
                        fail("no half-time score in the data")
                    h, a = m["score"]["ht"]
                if first is None and h != a:
                    fail("score asked without saying which team comes first")
                return [score(a, h) if flip else score(h, a)]
            if f in ("winner", "loser"):
                if h == a:
                    fail("the match was drawn")
                return [m["team1"] if (h > a) == (f == "winner") else m["team2"]]
            if f == "date":
                return [m["date"]]
            if f == "goals":
                return [str(h + a)]
            if f == "round":
                return [m["round"].replace("Matchday ", "")]
            fail("unknown openfootball field %r" % f)
        if op == "team":
            rows, order = self.table(spec)
            t = self.team(spec, spec["team"])
            r = rows[t]
            w = spec["what"]
            if w == "record":
                return ["%d-%d-%d" % (r["w"], r["d"], r["l"])]
            if w == "position":
                return [str(self.position_of(spec, t))]
            if w == "home_wins":
                return [str(sum(1 for m in self.season(spec)["matches"] if m["team1"] == t
                                and m["score"]["ft"][0] > m["score"]["ft"][1]))]
            return [str(r[{"goals_for": "gf", "goals_against": "ga", "points": "pts", "wins": "w",
                           "draws": "d", "losses": "l"}[w]])]
        if op == "position":
            rows, order = self.table(spec)
            p = int(spec["position"])
            t = order[p - 1]
            self.position_of(spec, t)
            return [t]
        if op == "bottom":
            rows, order = self.table(spec)
            ts = order[-int(spec["n"]):]
            self.position_of(spec, ts[0])
            if len(order) > len(ts):
                self.position_of(spec, order[-int(spec["n"]) - 1])
            return sorted(ts)
        if op == "count":
            ms = self.season(spec)["matches"]
            w = spec["what"]
            if w == "goals":
                return [str(sum(sum(m["score"]["ft"]) for m in ms))]
            if w == "matches":
                return [str(len(ms))]
            if w == "draws":
                return [str(sum(1 for m in ms if m["score"]["ft"][0] == m["score"]["ft"][1]))]
            if w == "teams":
                return [str(len(self.teams(spec)))]
            fail("unknown count %r" % w)
        if op == "max_team":
            rows, order = self.table(spec)
            k = {"goals_for": "gf", "goals_against": "ga", "wins": "w", "draws": "d", "losses": "l"}[spec["what"]]
            pick = min if spec.get("fewest") else max
            best = pick(r[k] for r in rows.values())
            teams = sorted(t for t, r in rows.items() if r[k] == best)
            if len(teams) > 1 and spec.get("ties_ok"):
                return teams
            return [one(teams, "team with %s %s" % (pick.__name__, k))]
        if op == "biggest_win":
            ms = self.season(spec)["matches"]
            best = max(abs(m["score"]["ft"][0] - m["score"]["ft"][1]) for m in ms)
            m = one([m for m in ms if abs(m["score"]["ft"][0] - m["score"]["ft"][1]) == best], "biggest win")
            f = spec.get("field", "winner")
            if f == "winner":
                return [m["team1"] if m["score"]["ft"][0] > m["score"]["ft"][1] else m["team2"]]
            if f == "score":
                h, a = m["score"]["ft"]
                return [score(max(h, a), min(h, a))]
            fail("unknown field %r" % f)
        fail("unknown op %r" % op)


# ----------------------------------------------------------------------------- StatsBomb

class StatsBomb:
    def __init__(self, d):
        if os.path.isdir(os.path.join(d, "data")):
            d = os.path.join(d, "data")
        self.dir = d

    def _load(self, *parts):
        path = os.path.join(self.dir, *parts)
        if not os.path.exists(path):
            fail("StatsBomb file %s is missing" % path)
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def match(self, spec):
        ms = self._load("matches", str(spec["competition_id"]), str(spec["season_id"]) + ".json")
        ms = [m for m in ms if m["match_id"] == spec["match_id"]]
        return one(ms, "StatsBomb match %s" % spec["match_id"])

    def names(self, spec):
        lineups = self._load("lineups", "%s.json" % spec["match_id"])
        names = {}
        for t in lineups:
            for p in t["lineup"]:
                names[p["player_id"]] = p.get("player_nickname") or p["player_name"]
        return lineups, names

    def answer(self, spec):
        m = self.match(spec)
        f = spec["field"]
        home, away = m["home_team"]["home_team_name"], m["away_team"]["away_team_name"]
        if f == "score":
            first = spec["first"]
            if first not in (home, away):
                fail("%s is not a team of match %s" % (first, spec["match_id"]))
            h, a = m["home_score"], m["away_score"]
            return [score(h, a) if first == home else score(a, h)]
        if f in ("winner", "loser"):
            h, a = m["home_score"], m["away_score"]
            if h == a:
                fail("the match was drawn")
            return [home if (h > a) == (f == "winner") else away]
        if f == "stadium":
            return [m["stadium"]["name"].strip()]
        if f == "referee":
            return [m["referee"]["name"].strip()]
        if f == "date":
            return [m["match_date"]]
        if f == "manager":
            side = "home_team" if spec["team"] == home else "away_team" if spec["team"] == away else fail("team")
            return sorted({x.get("nickname") or x["name"] for x in m[side]["managers"]})
        lineups, names = self.names(spec)
        events = self._load("events", "%s.json" % spec["match_id"])

        def who(e):
            return names.get(e["player"]["id"], e["player"]["name"])

        team = spec.get("team")
        goals = sum(1 for e in events if (e["type"]["name"] == "Shot" and e["period"] < 5
                                          and e["shot"]["outcome"]["name"] == "Goal")
                    or e["type"]["name"] == "Own Goal Against")
        if goals != m["home_score"] + m["away_score"]:
            # A trimmed excerpt: its events cannot answer questions about the whole match.
            fail("the events of match %s hold %d goals but the score is %d-%d: the file is an excerpt"
                 % (spec["match_id"], goals, m["home_score"], m["away_score"]))
        if f == "scorers":
            out = {who(e) for e in events if e["type"]["name"] == "Shot"
                   and e["shot"]["outcome"]["name"] == "Goal" and e["period"] < 5
                   and (team is None or e["team"]["name"] == team)}
            if any(e["type"]["name"] == "Own Goal For" for e in events) and not spec.get("own_goals_ok"):
                fail("match has own goals: say own_goals_ok")
            return sorted(out)
        if f == "own_goal_scorers":
            return sorted({who(e) for e in events if e["type"]["name"] == "Own Goal Against"})
        if f in ("yellow_cards", "red_cards"):
            want = ("Yellow Card",) if f == "yellow_cards" else ("Red Card", "Second Yellow")
            out = set()
            for e in events:
                for k in ("foul_committed", "bad_behaviour"):
                    card = e.get(k, {}).get("card", {}).get("name")
                    if card in want and (team is None or e["team"]["name"] == team):
                        out.add(who(e))
            return sorted(out)
        if f in ("subs_on", "subs_off"):
            out = set()
            for e in events:
                if e["type"]["name"] == "Substitution" and (team is None or e["team"]["name"] == team):
                    if f == "subs_off":
                        out.add(who(e))
                    else:
                        rid = e["substitution"]["replacement"]["id"]
                        out.add(names.get(rid, e["substitution"]["replacement"]["name"]))
            return sorted(out)
        if f == "starters":
            out = set()
            for e in events:
                if e["type"]["name"] == "Starting XI" and e["team"]["name"] == team:
                    for p in e["tactics"]["lineup"]:
                        out.add(names.get(p["player"]["id"], p["player"]["name"]))
            if len(out) != 11:
                fail("starting XI of %s has %d players" % (team, len(out)))
            return sorted(out)
        if f == "shots":
            return [str(sum(1 for e in events if e["type"]["name"] == "Shot" and e["period"] < 5
                            and (team is None or e["team"]["name"] == team)))]
        if f == "jersey":
            for t in lineups:
                for p in t["lineup"]:
                    if (p.get("player_nickname") or p["player_name"]) == spec["player"]:
                        return [str(p["jersey_number"])]
            fail("player %r not in the lineups" % spec["player"])
        fail("unknown StatsBomb field %r" % f)


# ----------------------------------------------------------------------------- main

OUT_KEYS = ("id", "question", "answers", "match", "kind", "note")


SOURCES = (("wc", "World Cup"), ("of", "openfootball"), ("sb", "StatsBomb"), ("un", "no source (declines)"))


def counts(path):
    """Markdown tables of a frozen set: per data source (the id's prefix) and per kind."""
    with open(path, encoding="utf-8") as f:
        rs = [json.loads(line) for line in f if line.strip()]
    by = collections.Counter((r["id"].split("-")[0], bool(r["answers"])) for r in rs)
    women = sum(1 for r in rs if "women" in r["question"].lower())
    print("%d questions, %d to decline (`answers: []`), %d mention the women's game." % (
        len(rs), sum(1 for r in rs if not r["answers"]), women))
    print("\n| data | answerable | to decline |\n|---|---|---|")
    for k, name in SOURCES:
        if by[(k, True)] + by[(k, False)]:
            print("| %s (`%s-`) | %d | %d |" % (name, k, by[(k, True)], by[(k, False)]))
    print("\n| kind | questions |\n|---|---|")
    for k, n in sorted(collections.Counter(r["kind"] for r in rs).items(), key=lambda x: (-x[1], x[0])):
        print("| %s | %d |" % (k, n))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("worldcup")
    ap.add_argument("openfootball")
    ap.add_argument("statsbomb")
    ap.add_argument("--source", default=os.path.join(DEFAULT_DIR, "questions-source.jsonl"))
    ap.add_argument("--out", default=os.path.join(DEFAULT_DIR, "paraphrase-questions.jsonl"))
    ap.add_argument("--counts", action="store_true",
                    help="print the counts of the frozen --out file as Markdown and exit")
    args = ap.parse_args()
    if args.counts:
        return counts(args.out)

    wc = WorldCup(args.worldcup)
    of = OpenFootball(args.openfootball)
    sb = StatsBomb(args.statsbomb)
    sources = {"wc": wc, "of": of, "sb": sb}

    out, errors, seen = [], [], set()
    with open(args.source, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except ValueError as e:
                errors.append("%s line %d: not JSON (%s)" % (args.source, lineno, e))
                continue
            qid = q.get("id", "line %d" % lineno)
            try:
                for k in ("id", "question", "kind"):
                    if not q.get(k):
                        fail("missing %r" % k)
                if qid in seen:
                    fail("duplicate id")
                seen.add(qid)
                spec = q.get("spec")
                if spec == "unanswerable" or q.get("unanswerable"):
                    if not q.get("note"):
                        fail("an unanswerable question needs a note saying why")
                    answers = []
                else:
                    if not isinstance(spec, dict) or spec.get("source") not in sources:
                        fail("spec must be 'unanswerable' or an object with source wc, of or sb")
                    answers = sources[spec["source"]].answer(spec)
                    answers = [str(a) for a in answers]
                    if not answers:
                        fail("the computation gave no answer (use an unanswerable spec if declining is right)")
                    if len(set(answers)) != len(answers):
                        fail("duplicate answers %s" % answers)
                rec = {"id": qid, "question": q["question"], "answers": answers}
                if q.get("match"):
                    rec["match"] = q["match"]
                rec["kind"] = q["kind"]
                if q.get("note"):
                    rec["note"] = q["note"]
                out.append(rec)
            except (SpecError, KeyError, ValueError, TypeError) as e:
                errors.append("question %s: %s: %s" % (qid, type(e).__name__, e))
    if errors:
        for e in errors:
            print("ERROR " + e, file=sys.stderr)
        print("%d question(s) failed; nothing written" % len(errors), file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = collections.Counter(r["kind"] for r in out)
    print("wrote %d questions (%d unanswerable) to %s" % (len(out), sum(1 for r in out if not r["answers"]), args.out))
    for k, n in sorted(kinds.items()):
        print("  %-20s %d" % (k, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
