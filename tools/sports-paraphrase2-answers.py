#!/usr/bin/env python3
"""Compute the answers of the second paraphrase set (issue 15) from the raw data files.

Usage:
  python3 tools/sports-paraphrase2-answers.py WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR

Reads query/src/main/resources/sports/paraphrase2/questions-source.jsonl (one question per line:
id, question, kind, and either a machine-readable "spec" or "unanswerable": true with a "note"),
computes every answer from the data and writes paraphrase2-questions.jsonl beside it. A spec whose
computation does not give exactly one well-defined answer stops the script with an error naming the
question id; nothing is written then. Standard library only.
"""
import collections
import csv
import glob
import json
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.join(HERE, "..", "query", "src", "main", "resources", "sports", "paraphrase2")
SOURCE = os.path.join(SET_DIR, "questions-source.jsonl")
OUTPUT = os.path.join(SET_DIR, "paraphrase2-questions.jsonl")

KINDS = {
    "winner", "runner_up", "third_place", "host", "venue", "city", "date", "score", "scorers",
    "top_scorer", "player_goals", "hat_trick", "own_goal", "cards", "penalties", "shootout",
    "referee", "manager", "award", "squad", "shirt_number", "group_standing", "record", "count",
    "stage", "competition", "year", "league_table", "league_result", "shots", "xg", "substitution", "lineup", "passes",
}


# The set's writer wrote its own fail/one/person; they were the dev-stranger script's, so the lead (session 13) took that
# script's (reused, not copied, as the other answer scripts do); the frozen answers did not change.
DEV = runpy.run_path(os.path.join(HERE, "sports-dev-stranger-answers.py"), run_name="dev_answers")
SpecError, fail, one = DEV["NoUniqueAnswer"], DEV["fail"], DEV["one"]


# A StatsBomb match's own fields, by the spec's "field".
SB_FIELDS = {
    "referee": lambda m: m["referee"]["name"].strip(),
    "stadium": lambda m: m["stadium"]["name"].strip(),
    "date": lambda m: m["match_date"],
    "competition": lambda m: m["competition"]["competition_name"],
    "season": lambda m: m["season"]["season_name"],
}


# The World Cup tables this script reads, by the attribute that holds their rows.
WC_TABLES = {
    "matches": "matches.csv",
    "goals": "goals.csv",
    "bookings": "bookings.csv",
    "pks": "penalty_kicks.csv",
    "standings": "tournament_standings.csv",
    "hosts": "host_countries.csv",
    "awards": "award_winners.csv",
    "managers": "manager_appointments.csv",
    "squads": "squads.csv",
    "groups": "group_standings.csv",
    "apps": "team_appearances.csv",
    "qualified": "qualified_teams.csv",
    "referees": "referee_appearances.csv",
    "subs": "substitutions.csv",
}

# A World Cup match's fields that are a column of matches.csv as it stands.
WC_MATCH_COLUMNS = {"stadium": "stadium_name", "city": "city_name", "date": "match_date"}


# ---------------------------------------------------------------- World Cup (Fjelstul)

class WorldCup:
    def __init__(self, d):
        def read(name):
            with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
                return list(csv.DictReader(f))
        self.tournaments = {r["tournament_id"]: r for r in read("tournaments.csv")}
        for attr, name in WC_TABLES.items():
            setattr(self, attr, read(name))
        self.team_names = {r["team_name"] for r in read("teams.csv")}

    # -- helpers
    person = staticmethod(DEV["WorldCup"].person)

    @staticmethod
    def stage(name):
        return {"quarter-finals": "quarter-final", "semi-finals": "semi-final"}.get(name, name)

    def tour(self, t):
        if t not in self.tournaments:
            fail("unknown tournament %r" % t)
        return self.tournaments[t]

    def team(self, name):
        if name not in self.team_names:
            fail("unknown team %r" % name)
        return name

    def match(self, spec):
        t = spec["t"]
        self.tour(t)
        rows = [m for m in self.matches if m["tournament_id"] == t]
        if "teams" in spec:
            a, b = [self.team(x) for x in spec["teams"]]
            rows = [m for m in rows if {m["home_team_name"], m["away_team_name"]} == {a, b}]
        if "stage" in spec:
            rows = [m for m in rows if self.stage(m["stage_name"]) == spec["stage"]]
        if "match_id" in spec:
            rows = [m for m in rows if m["match_id"] == spec["match_id"]]
        return one(rows, "match %s" % json.dumps(spec, ensure_ascii=False))

    def ordered(self, m, order, home_value, away_value):
        if order is None:
            fail("score asked without a team order")
        a, b = order
        if (a, b) == (m["home_team_name"], m["away_team_name"]):
            return "%s-%s" % (home_value, away_value)
        if (b, a) == (m["home_team_name"], m["away_team_name"]):
            return "%s-%s" % (away_value, home_value)
        fail("order %s does not match %s" % (order, m["match_name"]))

    def player_ids(self, t, name, team=None):
        rows = [r for r in self.squads if (t is None or r["tournament_id"] == t)
                and self.person(r) == name and (team is None or r["team_name"] == team)]
        ids = {r["player_id"] for r in rows}
        return one(ids, "player %r in %s (team %s)" % (name, t, team))

    # -- operations
    def op_winner(self, s):
        return [self.tour(s["t"])["winner"]]

    def op_standing(self, s):
        self.tour(s["t"])
        return [one((r["team_name"] for r in self.standings
                     if r["tournament_id"] == s["t"] and r["position"] == str(s["pos"])),
                    "standing %s" % s)]

    def op_hosts(self, s):
        self.tour(s["t"])
        names = sorted(r["team_name"] for r in self.hosts if r["tournament_id"] == s["t"])
        if not names:
            fail("no host for %s" % s["t"])
        return names

    def op_host_years(self, s):
        team = self.team(s["team"])
        years = sorted(self.tournaments[r["tournament_id"]]["year"] for r in self.hosts
                       if r["team_name"] == team and s["gender"] in r["tournament_name"])
        if not years:
            fail("%s never hosted" % team)
        return years

    def op_tournament_field(self, s):
        return [self.tour(s["t"])[s["field"]]]

    def op_match(self, s):
        m = self.match(s["match"])
        f = s["field"]
        if f in WC_MATCH_COLUMNS:
            return [m[WC_MATCH_COLUMNS[f]]]
        if f == "stage":
            return [self.stage(m["stage_name"])]
        if f == "score":
            return [self.ordered(m, s.get("order"), m["home_team_score"], m["away_team_score"])]
        if f == "shootout":
            if m["penalty_shootout"] != "1":
                fail("no shoot-out in %s" % m["match_id"])
            return [self.ordered(m, s.get("order"), m["home_team_score_penalties"],
                                 m["away_team_score_penalties"])]
        if f == "winner":
            if m["home_team_win"] == "1":
                return [m["home_team_name"]]
            if m["away_team_win"] == "1":
                return [m["away_team_name"]]
            fail("no winner in %s" % m["match_id"])
        if f == "referee":
            return [one((self.person(r) for r in self.referees if r["match_id"] == m["match_id"]),
                        "referee of %s" % m["match_id"])]
        if f == "total_goals":
            return [str(int(m["home_team_score"]) + int(m["away_team_score"]))]
        fail("unknown match field %r" % f)

    def rows_in(self, table, s):
        """The table's rows of the spec's match, or else of its tournament."""
        if "match" in s:
            mid = self.match(s["match"])["match_id"]
            return [r for r in table if r["match_id"] == mid]
        self.tour(s["t"])
        return [r for r in table if r["tournament_id"] == s["t"]]

    def goal_rows(self, s):
        rows = self.rows_in(self.goals, s)
        own = s.get("own", "include")
        if own == "exclude":
            rows = [g for g in rows if g["own_goal"] == "0"]
        elif own == "only":
            rows = [g for g in rows if g["own_goal"] == "1"]
        if "team" in s:  # the team the goal counts for
            rows = [g for g in rows if g["team_name"] == self.team(s["team"])]
        if s.get("penalty"):
            rows = [g for g in rows if g["penalty"] == "1"]
        return rows

    def op_scorers(self, s):
        names = sorted({self.person(g) for g in self.goal_rows(s)})
        if not names:
            fail("no scorer for %s" % s)
        return names

    def op_count_goals(self, s):
        return [str(len(self.goal_rows(s)))]

    def op_count_goals_checked(self, s):
        # goals of a tournament: the goal rows must agree with the match scores
        t = s["t"]
        self.tour(t)
        rows = [g for g in self.goals if g["tournament_id"] == t]
        total = sum(int(m["home_team_score"]) + int(m["away_team_score"])
                    for m in self.matches if m["tournament_id"] == t)
        if len(rows) != total:
            fail("goals.csv has %d goals for %s, match scores sum to %d" % (len(rows), t, total))
        return [str(total)]

    def op_hat_tricks(self, s):
        rows = self.goal_rows(dict(s, own="exclude"))
        per = collections.Counter((g["match_id"], g["player_id"]) for g in rows)
        ids = {pid for (mid, pid), n in per.items() if n >= 3}
        names = sorted({self.person(g) for g in rows if g["player_id"] in ids})
        if not names:
            fail("no hat-trick for %s" % s)
        if len(names) != len(ids):
            fail("two hat-trick scorers share a name in %s" % s)
        return names

    def op_top_scorer(self, s):
        rows = self.goal_rows(dict(s, own="exclude"))
        per = collections.Counter(g["player_id"] for g in rows)
        best = max(per.values())
        top = [pid for pid, n in per.items() if n == best]
        pid = one(top, "top scorer of %s (tie at %d)" % (s, best))
        return [one({self.person(g) for g in rows if g["player_id"] == pid}, "name of %s" % pid)]

    def op_player_goals(self, s):
        t = s.get("t")
        pid = self.player_ids(t, s["player"], s.get("player_team"))
        rows = [g for g in self.goals if g["player_id"] == pid and g["own_goal"] == "0"
                and (t is None or g["tournament_id"] == t)
                and (s.get("gender") is None or s["gender"] in g["tournament_name"])]
        return [str(len(rows))]

    def team_appearances(self, s):
        """The spec's team's rows of team_appearances.csv in its tournament; none fails."""
        self.tour(s["t"])
        rows = [a for a in self.apps if a["tournament_id"] == s["t"]
                and a["team_name"] == self.team(s["team"])]
        if not rows:
            fail("%s did not play in %s" % (s["team"], s["t"]))
        return rows

    def op_team_goals(self, s):
        rows = self.team_appearances(s)
        return [str(sum(int(a["goals_for"]) for a in rows))]

    def op_team_most_goals(self, s):
        self.tour(s["t"])
        per = collections.Counter()
        for a in self.apps:
            if a["tournament_id"] == s["t"]:
                per[a["team_name"]] += int(a["goals_for"])
        best = max(per.values())
        return [one((t for t, n in per.items() if n == best), "team with most goals in %s" % s)]

    def op_count_matches(self, s):
        self.tour(s["t"])
        rows = [m for m in self.matches if m["tournament_id"] == s["t"]
                and ("stage" not in s or self.stage(m["stage_name"]) == s["stage"])]
        if s.get("shootout"):
            rows = [m for m in rows if m["penalty_shootout"] == "1"]
        if s.get("extra_time"):
            rows = [m for m in rows if m["extra_time"] == "1"]
        if not rows and not s.get("zero_ok"):
            fail("no matches for %s" % s)
        return [str(len(rows))]

    def op_count_teams(self, s):
        n = len({r["team_name"] for r in self.qualified if r["tournament_id"] == s["t"]})
        if str(n) != self.tour(s["t"])["count_teams"]:
            fail("qualified_teams disagrees with tournaments.count_teams for %s" % s["t"])
        return [str(n)]

    def op_bookings(self, s):
        rows = self.rows_in(self.bookings, s)
        if s["card"] == "sent_off":
            rows = [b for b in rows if b["sending_off"] == "1"]
        elif s["card"] == "yellow":
            rows = [b for b in rows if b["yellow_card"] == "1"]
        return self.people_of(rows, s, "booking")

    def op_kicks(self, s):
        mid = self.match(s["match"])["match_id"]
        rows = [k for k in self.pks if k["match_id"] == mid]
        if not rows:
            fail("no shoot-out kicks in %s" % mid)
        if "converted" in s:
            rows = [k for k in rows if k["converted"] == str(s["converted"])]
        return self.people_of(rows, s, "kicks")

    def people_of(self, rows, s, what):
        """The rows' people (or their count with "count"), of the spec's team if it names one."""
        if "team" in s:
            rows = [r for r in rows if r["team_name"] == self.team(s["team"])]
        if s.get("count"):
            return [str(len(rows))]
        names = sorted({self.person(r) for r in rows})
        if not names:
            fail("no %s for %s" % (what, s))
        return names

    def op_award(self, s):
        self.tour(s["t"])
        names = sorted({self.person(r) for r in self.awards
                        if r["tournament_id"] == s["t"] and r["award_name"] == s["award"]})
        if not names:
            fail("no %s in %s" % (s["award"], s["t"]))
        if s.get("single") and len(names) != 1:
            fail("%s in %s is shared: %s" % (s["award"], s["t"], names))
        return names

    def op_manager(self, s):
        self.tour(s["t"])
        names = sorted({self.person(r) for r in self.managers if r["tournament_id"] == s["t"]
                        and r["team_name"] == self.team(s["team"])})
        if len(names) != 1:
            fail("managers of %s in %s: %s" % (s["team"], s["t"], names))
        return names

    def op_shirt(self, s):
        self.tour(s["t"])
        return [one({self.person(r) for r in self.squads if r["tournament_id"] == s["t"]
                     and r["team_name"] == self.team(s["team"])
                     and r["shirt_number"] == str(s["number"])}, "shirt %s" % s)]

    def op_player_shirt(self, s):
        pid = self.player_ids(s["t"], s["player"], s.get("team"))
        return [one({r["shirt_number"] for r in self.squads if r["tournament_id"] == s["t"]
                     and r["player_id"] == pid}, "shirt of %s" % s)]

    def op_squad(self, s):
        self.tour(s["t"])
        rows = [r for r in self.squads if r["tournament_id"] == s["t"]
                and r["team_name"] == self.team(s["team"])]
        if "position" in s:
            rows = [r for r in rows if r["position_name"] == s["position"]]
        names = sorted({self.person(r) for r in rows})
        if not names:
            fail("empty squad for %s" % s)
        return names

    def op_group(self, s):
        self.tour(s["t"])
        rows = [r for r in self.groups if r["tournament_id"] == s["t"]
                and r["stage_name"] == s.get("stage", "group stage") and r["group_name"] == s["group"]]
        if not rows:
            fail("no group for %s" % s)
        if "pos" in s:
            return [one((r["team_name"] for r in rows if r["position"] == str(s["pos"])),
                        "group position %s" % s)]
        row = one((r for r in rows if r["team_name"] == self.team(s["team"])), "group row %s" % s)
        return [row[s["field"]]]

    def op_group_of(self, s):
        self.tour(s["t"])
        return [one({r["group_name"] for r in self.groups if r["tournament_id"] == s["t"]
                     and r["stage_name"] == "group stage" and r["team_name"] == self.team(s["team"])},
                    "group of %s" % s)]

    def op_record(self, s):
        rows = self.team_appearances(s)
        if any(a["penalty_shootout"] == "1" for a in rows):
            fail("%s had a shoot-out in %s: W-D-L not asked" % (s["team"], s["t"]))
        w = sum(a["win"] == "1" for a in rows)
        d = sum(a["draw"] == "1" for a in rows)
        l = sum(a["lose"] == "1" for a in rows)
        return ["%d-%d-%d" % (w, d, l)]

    def op_reached(self, s):
        self.tour(s["t"])
        perf = one((r["performance"] for r in self.qualified if r["tournament_id"] == s["t"]
                    and r["team_name"] == self.team(s["team"])), "performance %s" % s)
        return [self.stage(perf)]

    def op_titles(self, s):
        team = self.team(s["team"])
        return [str(sum(1 for t in self.tournaments.values()
                        if t["winner"] == team and s["gender"] in t["tournament_name"]))]

    def op_won_years(self, s):
        team = self.team(s["team"])
        years = sorted(t["year"] for t in self.tournaments.values()
                       if t["winner"] == team and s["gender"] in t["tournament_name"])
        if not years:
            fail("%s never won" % team)
        return years

    def op_subs(self, s):
        m = self.match(s["match"])
        rows = [r for r in self.subs if r["match_id"] == m["match_id"]]
        if "team" in s:
            rows = [r for r in rows if r["team_name"] == self.team(s["team"])]
        if s.get("count"):
            return [str(sum(r["coming_on"] == "1" for r in rows))]
        rows = [r for r in rows if r[s["dir"]] == "1"]
        names = sorted({self.person(r) for r in rows})
        if not names:
            fail("no substitutions for %s" % s)
        return names


# ---------------------------------------------------------------- openfootball

class OpenFootball:
    FILES = {"en-2022": "2022-23_en.1.json", "en-2023": "2023-24_en.1.json",
             "de-2023": "2023-24_de.1.json"}

    def __init__(self, d):
        self.seasons = {}
        for key, name in self.FILES.items():
            with open(os.path.join(d, name), encoding="utf-8") as f:
                data = json.load(f)
            played = []
            for m in data["matches"]:
                sc = m.get("score", {})
                if "ft" not in sc or "N. N." in (m["team1"], m["team2"]):
                    continue
                if "et" in sc or "p" in sc:
                    fail("%s: league match with extra time, not expected" % name)
                played.append(m)
            self.seasons[key] = played

    def season(self, s):
        if s["season"] not in self.seasons:
            fail("unknown season %r" % s["season"])
        return self.seasons[s["season"]]

    def teams(self, s):
        return {m["team1"] for m in self.season(s)} | {m["team2"] for m in self.season(s)}

    def team(self, s, name):
        if name not in self.teams(s):
            fail("unknown team %r in %s" % (name, s["season"]))
        return name

    def match(self, s):
        home, away = self.team(s, s["home"]), self.team(s, s["away"])
        return one((m for m in self.season(s) if m["team1"] == home and m["team2"] == away),
                   "match %s" % s)

    def op_of_score(self, s):
        m = self.match(s)
        h, a = m["score"]["ft"]
        order = s["order"]
        if order == [m["team1"], m["team2"]]:
            return ["%d-%d" % (h, a)]
        if order == [m["team2"], m["team1"]]:
            return ["%d-%d" % (a, h)]
        fail("order %s does not match" % order)

    def op_of_date(self, s):
        return [self.match(s)["date"]]

    def op_of_round(self, s):
        return [self.match(s)["round"].lower()]

    def table(self, s):
        rows = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # w d l gf ga
        for m in self.season(s):
            h, a = m["score"]["ft"]
            for team, gf, ga in ((m["team1"], h, a), (m["team2"], a, h)):
                r = rows[team]
                r[0 if gf > ga else 1 if gf == ga else 2] += 1
                r[3] += gf
                r[4] += ga
        table = []
        for team, (w, d, l, gf, ga) in rows.items():
            table.append({"team": team, "w": w, "d": d, "l": l, "gf": gf, "ga": ga,
                          "pts": 3 * w + d, "key": (3 * w + d, gf - ga, gf)})
        table.sort(key=lambda r: r["key"], reverse=True)
        return table

    def op_of_position(self, s):
        table = self.table(s)
        row = table[s["pos"] - 1]
        if sum(1 for r in table if r["key"] == row["key"]) != 1:
            fail("position %d is shared on points, goal difference and goals" % s["pos"])
        return [row["team"]]

    def op_of_team(self, s):
        row = one((r for r in self.table(s) if r["team"] == self.team(s, s["team"])), "row %s" % s)
        f = s["field"]
        if f == "record":
            return ["%d-%d-%d" % (row["w"], row["d"], row["l"])]
        if f == "position":
            if sum(1 for r in self.table(s) if r["key"] == row["key"]) != 1:
                fail("position of %s is shared" % s["team"])
            return [str(self.table(s).index(row) + 1)]
        return [str(row[f])]

    def op_of_most(self, s):
        table = self.table(s)
        best = max(r[s["field"]] for r in table) if s.get("max", True) else min(r[s["field"]] for r in table)
        return [one((r["team"] for r in table if r[s["field"]] == best), "most %s" % s)]

    def op_of_total_goals(self, s):
        return [str(sum(sum(m["score"]["ft"]) for m in self.season(s)))]

    def op_of_count_matches(self, s):
        return [str(len(self.season(s)))]

    def op_of_count_teams(self, s):
        return [str(len(self.teams(s)))]


# ---------------------------------------------------------------- StatsBomb

class StatsBomb:
    def __init__(self, d):
        self.matches = {}
        for f in glob.glob(os.path.join(d, "matches", "*", "*.json")):
            with open(f, encoding="utf-8") as fh:
                for m in json.load(fh):
                    self.matches[m["match_id"]] = m
        self.lineups, self.events = {}, {}
        for mid in self.matches:
            with open(os.path.join(d, "lineups", "%d.json" % mid), encoding="utf-8") as fh:
                self.lineups[mid] = json.load(fh)
            with open(os.path.join(d, "events", "%d.json" % mid), encoding="utf-8") as fh:
                self.events[mid] = json.load(fh)

    def match(self, s):
        home, away = s["teams"]
        return one((m for m in self.matches.values()
                    if {m["home_team"]["home_team_name"], m["away_team"]["away_team_name"]} == {home, away}),
                   "StatsBomb match %s" % s["teams"])

    def names(self, mid):
        out = {}
        for team in self.lineups[mid]:
            for p in team["lineup"]:
                out[p["player_id"]] = p.get("player_nickname") or p["player_name"]
        return out

    def name(self, mid, pid):
        n = self.names(mid)
        if pid not in n:
            fail("player %s not in lineup of %s" % (pid, mid))
        return n[pid]

    def team(self, m, name):
        if name not in (m["home_team"]["home_team_name"], m["away_team"]["away_team_name"]):
            fail("team %r not in match %s" % (name, m["match_id"]))
        return name

    def pid(self, mid, name):
        return one((pid for pid, n in self.names(mid).items() if n == name), "player %r" % name)

    def op_sb_score(self, s):
        m = self.match(s)
        h, a = m["home_score"], m["away_score"]
        order = s["order"]
        if order == [m["home_team"]["home_team_name"], m["away_team"]["away_team_name"]]:
            return ["%d-%d" % (h, a)]
        if order == [m["away_team"]["away_team_name"], m["home_team"]["home_team_name"]]:
            return ["%d-%d" % (a, h)]
        fail("order %s does not match" % order)

    def op_sb_field(self, s):
        m = self.match(s)
        field = SB_FIELDS.get(s["field"]) or fail("unknown field %r" % s["field"])
        return [field(m)]

    def op_sb_manager(self, s):
        m = self.match(s)
        side = "home_team" if m["home_team"]["home_team_name"] == self.team(m, s["team"]) else "away_team"
        mgr = one(m[side]["managers"], "manager of %s" % s["team"])
        return [mgr.get("nickname") or mgr["name"]]

    def goals(self, m):
        """(scorer id, team the goal counts for, own goal) for every goal in the events."""
        out = []
        for e in self.events[m["match_id"]]:
            t = e["type"]["name"]
            if t == "Shot" and e["shot"]["outcome"]["name"] == "Goal" and e["period"] != 5:
                out.append((e["player"]["id"], e["team"]["name"], False))
            elif t == "Own Goal Against":
                other = [x for x in (m["home_team"]["home_team_name"], m["away_team"]["away_team_name"])
                         if x != e["team"]["name"]]
                out.append((e["player"]["id"], other[0], True))
        home = sum(1 for g in out if g[1] == m["home_team"]["home_team_name"])
        away = sum(1 for g in out if g[1] == m["away_team"]["away_team_name"])
        if (home, away) != (m["home_score"], m["away_score"]):
            fail("events of %s give %d-%d, the match says %d-%d: the excerpt lacks goals"
                 % (m["match_id"], home, away, m["home_score"], m["away_score"]))
        return out

    def op_sb_scorers(self, s):
        m = self.match(s)
        rows = self.goals(m)
        if s.get("own") == "exclude":
            rows = [g for g in rows if not g[2]]
        if s.get("own") == "only":
            rows = [g for g in rows if g[2]]
        if "team" in s:
            rows = [g for g in rows if g[1] == self.team(m, s["team"])]
        if s.get("count_for"):
            return [str(sum(1 for g in rows if self.name(m["match_id"], g[0]) == s["count_for"]))]
        names = sorted({self.name(m["match_id"], g[0]) for g in rows})
        if not names:
            fail("no scorer for %s" % s)
        return names

    def op_sb_cards(self, s):
        m = self.match(s)
        wanted = {"yellow": {"Yellow Card"}, "red": {"Red Card", "Second Yellow"}}[s["card"]]
        names = set()
        for e in self.events[m["match_id"]]:
            t = e["type"]["name"]
            block = e.get("foul_committed" if t == "Foul Committed" else "bad_behaviour" if t == "Bad Behaviour" else "x", {})
            card = block.get("card", {}).get("name")
            if card in wanted:
                names.add(self.name(m["match_id"], e["player"]["id"]))
        if s.get("count"):
            return [str(len(names))]
        if not names:
            fail("no %s cards in %s" % (s["card"], s["teams"]))
        return sorted(names)

    def subs(self, m):
        return [e for e in self.events[m["match_id"]] if e["type"]["name"] == "Substitution"]

    def op_sb_subs(self, s):
        m = self.match(s)
        rows = self.subs(m)
        if "team" in s:
            rows = [e for e in rows if e["team"]["name"] == self.team(m, s["team"])]
        if s.get("count"):
            return [str(len(rows))]
        if "replaced" in s:
            pid = self.pid(m["match_id"], s["replaced"])
            return [self.name(m["match_id"], one((e["substitution"]["replacement"]["id"] for e in rows
                                                  if e["player"]["id"] == pid), "sub for %s" % s))]
        if "replacement" in s:
            pid = self.pid(m["match_id"], s["replacement"])
            return [self.name(m["match_id"], one((e["player"]["id"] for e in rows
                                                  if e["substitution"]["replacement"]["id"] == pid), "sub %s" % s))]
        if "minute" in s:
            rows = [e for e in rows if e["minute"] == s["minute"]]
        key = {"off": lambda e: e["player"]["id"], "on": lambda e: e["substitution"]["replacement"]["id"]}[s["dir"]]
        names = sorted({self.name(m["match_id"], key(e)) for e in rows})
        if not names:
            fail("no substitutions for %s" % s)
        return names

    def op_sb_starters(self, s):
        m = self.match(s)
        xi = one((e for e in self.events[m["match_id"]] if e["type"]["name"] == "Starting XI"
                  and e["team"]["name"] == self.team(m, s["team"])), "starting XI %s" % s)
        ids = [p["player"]["id"] for p in xi["tactics"]["lineup"]]
        if len(ids) != 11:
            fail("starting XI of %s has %d players" % (s["team"], len(ids)))
        if "position" in s:
            return [self.name(m["match_id"], one((p["player"]["id"] for p in xi["tactics"]["lineup"]
                                                  if p["position"]["name"] == s["position"]), "position %s" % s))]
        return sorted(self.name(m["match_id"], i) for i in ids)

    def op_sb_jersey(self, s):
        m = self.match(s)
        team = one((t for t in self.lineups[m["match_id"]] if t["team_name"] == self.team(m, s["team"])), "team")
        if "number" in s:
            return [one(((p.get("player_nickname") or p["player_name"]) for p in team["lineup"]
                         if p["jersey_number"] == s["number"]), "jersey %s" % s)]
        return [str(one((p["jersey_number"] for p in team["lineup"]
                         if (p.get("player_nickname") or p["player_name"]) == s["player"]), "jersey of %s" % s))]

    def op_sb_shots(self, s):
        m = self.match(s)
        rows = [e for e in self.events[m["match_id"]] if e["type"]["name"] == "Shot" and e["period"] != 5]
        if "team" in s:
            rows = [e for e in rows if e["team"]["name"] == self.team(m, s["team"])]
        if "player" in s:
            pid = self.pid(m["match_id"], s["player"])
            rows = [e for e in rows if e["player"]["id"] == pid]
        if s.get("field") == "xg":
            if not rows or any("statsbomb_xg" not in e["shot"] for e in rows):
                fail("xG missing for a shot in %s" % s)
            return ["%g" % round(sum(e["shot"]["statsbomb_xg"] for e in rows), 2)]
        if s.get("field") == "shooters":
            return sorted({self.name(m["match_id"], e["player"]["id"]) for e in rows})
        if s.get("field") in ("body_part", "shot_type"):
            key = {"body_part": "body_part", "shot_type": "type"}[s["field"]]
            e = one(rows, "shot %s" % s)
            if key not in e["shot"]:
                fail("shot lacks %s" % key)
            return [e["shot"][key]["name"]]
        return [str(len(rows))]

    def op_sb_passes(self, s):
        m = self.match(s)
        rows = [e for e in self.events[m["match_id"]] if e["type"]["name"] == "Pass"]
        if "player" in s:
            pid = self.pid(m["match_id"], s["player"])
            rows = [e for e in rows if e["player"]["id"] == pid]
        if "team" in s:
            rows = [e for e in rows if e["team"]["name"] == self.team(m, s["team"])]
        if s.get("kick_off"):
            return [one({self.name(m["match_id"], e["player"]["id"]) for e in rows
                         if e["pass"].get("type", {}).get("name") == "Kick Off"}, "kick-off %s" % s)]
        if s.get("most"):
            per = collections.Counter(e["player"]["id"] for e in rows)
            best = max(per.values())
            return [self.name(m["match_id"], one((p for p, n in per.items() if n == best), "most passes %s" % s))]
        return [str(len(rows))]


# ---------------------------------------------------------------- driver

def main(argv):
    if len(argv) != 4:
        sys.exit("usage: %s WORLDCUP_DIR OPENFOOTBALL_DIR STATSBOMB_DATA_DIR" % argv[0])
    sources = [WorldCup(argv[1]), OpenFootball(argv[2]), StatsBomb(argv[3])]
    out, seen = [], set()
    with open(SOURCE, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        try:
            if not qid or qid in seen:
                fail("missing or duplicate id on line %d" % n)
            seen.add(qid)
            if q.get("kind") not in KINDS:
                fail("unknown kind %r" % q.get("kind"))
            row = {"id": qid, "question": q["question"]}
            if q.get("unanswerable"):
                if not q.get("note") or "spec" in q:
                    fail("an unanswerable question needs a note and no spec")
                row.update(answers=[], kind=q["kind"], note=q["note"])
            else:
                spec = q["spec"]
                op = "op_" + spec["op"]
                src = one((s for s in sources if hasattr(s, op)), "source of %s" % op)
                answers = getattr(src, op)(spec)
                if not answers or any(not isinstance(a, str) or not a for a in answers):
                    fail("empty answer %r" % answers)
                if "expect_count" in q and len(answers) != q["expect_count"]:
                    fail("expected %d answers, got %d" % (q["expect_count"], len(answers)))
                row.update(answers=answers, kind=q["kind"])
                if q.get("match") == "contains":
                    row["match"] = "contains"
                    if "sample" in q:
                        missing = [x for x in q["sample"] if x not in answers]
                        if missing:
                            fail("sample not in squad: %s" % missing)
                        row["answers"] = q["sample"]
        except (SpecError, KeyError) as e:
            sys.exit("question %s: %s" % (qid, e))
        out.append(row)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d questions (%d unanswerable) to %s"
          % (len(out), sum(1 for r in out if not r["answers"]), os.path.relpath(OUTPUT)))


if __name__ == "__main__":
    main(sys.argv)
