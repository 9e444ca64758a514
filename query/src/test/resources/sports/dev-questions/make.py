"""Writes dev-questions.jsonl: development questions for the sports parser, phrased as a stranger would ask them,
with answers computed here from the Fjelstul World Cup Database CSVs (argument 1) and, for the StatsBomb questions,
from the StatsBomb fixture of this repository (argument 2). Usage:
  python3 make.py /work/shared/data/sports/worldcup ingest/src/test/resources/sports/statsbomb-fixture/data > dev-questions.jsonl
"""
import csv, json, os, sys
from collections import Counter, defaultdict

WC, SB = sys.argv[1], sys.argv[2]
def rows(name):
    with open(os.path.join(WC, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))
def person(r):
    g = r["given_name"]
    return r["family_name"] if g in ("not applicable", "") else g + " " + r["family_name"]
matches, goals, bookings, kicks = rows("matches.csv"), rows("goals.csv"), rows("bookings.csv"), rows("penalty_kicks.csv")
tournaments, refs, mgrs = rows("tournaments.csv"), rows("referee_appearances.csv"), rows("manager_appointments.csv")
def wc(year, women=False):
    t = [r for r in tournaments if r["year"] == str(year) and ("Women" in r["tournament_name"]) == women]
    assert len(t) == 1, (year, women)
    return t[0]
def final(year, women=False):
    tid = wc(year, women)["tournament_id"]
    m = [r for r in matches if r["tournament_id"] == tid and r["stage_name"] == "final"]
    assert len(m) == 1, year
    return m[0]
def score(m):
    h, a = int(m["home_team_score"]), int(m["away_team_score"])
    return f"{max(h, a)}–{min(h, a)}"
def in_match(table, m):
    return [r for r in table if r["match_id"] == m["match_id"]]
def team_goals(tid):
    c = Counter()
    for m in matches:
        if m["tournament_id"] == tid:
            c[m["home_team_name"]] += int(m["home_team_score"]); c[m["away_team_name"]] += int(m["away_team_score"])
    top = max(c.values())
    return sorted(t for t, n in c.items() if n == top)
def total_goals(tid):
    return sum(int(m["home_team_score"]) + int(m["away_team_score"]) for m in matches if m["tournament_id"] == tid)
def player_goals(family, given, tid=None):
    return sum(1 for g in goals if g["family_name"] == family and g["given_name"] == given and g["own_goal"] == "0"
               and (tid is None or g["tournament_id"] == tid))
def top_scorers(tid):
    c = Counter(person(g) for g in goals if g["tournament_id"] == tid and g["own_goal"] == "0")
    top = max(c.values())
    return sorted(p for p, n in c.items() if n == top)

out = []
def q(qid, question, answers, note=None, match=None):
    d = {"id": qid, "question": question, "answers": answers}
    if match: d["match"] = match
    if note: d["note"] = note
    out.append(d)

f06 = final(2006)
q("issue-sent-off-2006-final", "Which player was sent off in the 2006 World Cup final?",
  sorted({person(b) for b in in_match(bookings, f06) if b["sending_off"] == "1"}), "quoted in issue 15")
q("issue-deciding-match-2014", "In which stadium was the deciding match of the 2014 World Cup played?", [final(2014)["stadium_name"]], "quoted in issue 15")
q("issue-goals-2018-russia", "How many goals were scored during the 2018 World Cup in Russia?", [str(total_goals(wc(2018)["tournament_id"]))], "quoted in issue 15")
q("issue-most-goals-team-2018", "Which team scored the most goals at the 2018 World Cup?", team_goals(wc(2018)["tournament_id"]), "quoted in issue 15")
f22 = final(2022)
hat = [p for p, n in Counter(person(g) for g in in_match(goals, f22) if g["own_goal"] == "0").items() if n >= 3]
q("issue-hat-trick-2022-final", "Who scored a hat-trick in the 2022 men's final?", sorted(hat), "quoted in issue 15")
f94 = final(1994)
q("issue-missed-1994-shootout", "Which players failed to convert their kicks in the 1994 final shoot-out?",
  sorted(person(k) for k in in_match(kicks, f94) if k["converted"] == "0"), "quoted in issue 15")
q("issue-held-2010", "Where was the 2010 men's tournament held?", [wc(2010)["host_country"]], "quoted in issue 15")
q("lifted-1998", "Who lifted the trophy in 1998?", [wc(1998)["winner"]])
q("champions-1966", "Which country were champions at the 1966 tournament?", [wc(1966)["winner"]])
f10 = final(2010)
q("officiated-2010-final", "Who officiated the 2010 final?", sorted({person(r) for r in refs if r["match_id"] == f10["match_id"]}))
q("in-charge-italy-2006", "Who was in charge of Italy at the 2006 World Cup?",
  sorted({person(r) for r in mgrs if r["tournament_id"] == wc(2006)["tournament_id"] and r["team_name"] == "Italy"}))
q("city-2002-final", "Which city staged the 2002 final?", [final(2002)["city_name"]])
q("klose-netted", "How many goals did Miroslav Klose net across all World Cups?", [str(player_goals("Klose", "Miroslav"))])
q("brazil-titles", "How many times has Brazil won the World Cup?",
  [str(sum(1 for t in tournaments if t["winner"] == "Brazil" and "Women" not in t["tournament_name"]))])
q("score-1970-final", "What was the score in the 1970 final?", [score(final(1970))])
f18 = final(2018)
q("bagged-2018-final", "Who bagged goals in the 2018 final?", sorted({person(g) for g in in_match(goals, f18)}),
  "own goals included, as the match_scorers template counts them")
q("date-2014-final", "When was the 2014 final played?", [final(2014)["match_date"]])
q("future-2030", "Who will win the 2030 World Cup?", [], "principled decline: a future tournament")
q("attendance-2014-final", "How many spectators watched the 2014 final?", [], "principled decline: no attendance in the data")
q("hosted-2022", "Who hosted the 2022 World Cup?", [wc(2022)["host_country"]])
q("wc-2010-short", "Who won WC 2010?", [wc(2010)["winner"]])
q("apostrophe-98", "Who won the '98 World Cup?", [wc(1998)["winner"]])
q("mexico-1986", "Who won Mexico 1986?", [wc(1986)["winner"]])
q("tournament-in-qatar", "Who won the tournament in Qatar?", [wc(2022)["winner"]])
q("reds-2006-final", "How many red cards were shown in the 2006 final?",
  [str(sum(1 for b in in_match(bookings, f06) if b["sending_off"] == "1"))])
f14 = final(2014)
q("beaten-2014-final", "Which team did Germany beat in the 2014 final?",
  [f14["away_team_name"] if f14["home_team_name"] == "Germany" else f14["home_team_name"]])
q("spain-scorer-2010-final", "Who scored for Spain in the 2010 final?",
  sorted({person(g) for g in in_match(goals, f10) if g["team_name"] == "Spain"}))
q("teams-1930", "How many teams took part in the 1930 World Cup?", [wc(1930)["count_teams"]])
q("kane-2018", "How many goals did Harry Kane score at the 2018 World Cup?", [str(player_goals("Kane", "Harry", wc(2018)["tournament_id"]))])
q("top-scorer-2018", "Who was the top scorer at the 2018 World Cup?", top_scorers(wc(2018)["tournament_id"]))
q("messi-2022", "How many goals did Lionel Messi score at the 2022 World Cup?",
  [str(player_goals("Messi", "Lionel", wc(2022)["tournament_id"]))], "issue 15: ambiguous after a StatsBomb ingest before the merge rule")
q("tall-messi", "How tall is Lionel Messi?", [], "principled decline: no heights in the data")
q("ballon-dor", "Who won the 2018 Ballon d'Or?", [], "not in the data")
q("women-2019", "Who won the Women's World Cup in 2019?", [wc(2019, True)["winner"]])
q("coached-argentina-1986", "Who coached Argentina at the 1986 World Cup?",
  sorted({person(r) for r in mgrs if r["tournament_id"] == wc(1986)["tournament_id"] and r["team_name"] == "Argentina"}))
q("uruguay-hosted", "In what year did Uruguay host the World Cup?",
  sorted({t["year"] for t in tournaments if t["host_country"] == "Uruguay"}))
q("result-2002-final", "What was the result of the 2002 final?", [score(final(2002))])
q("matches-2014", "How many matches were played at the 2014 World Cup?",
  [str(sum(1 for m in matches if m["tournament_id"] == wc(2014)["tournament_id"]))])
f66 = final(1966)
q("england-netted-1966-final", "Who netted for England in the 1966 final?",
  sorted({person(g) for g in in_match(goals, f66) if g["team_name"] == "England" and g["own_goal"] == "0"}))

# StatsBomb fixture (competitions other than the World Cups)
def sb(path):
    with open(os.path.join(SB, path), encoding="utf-8") as f:
        return json.load(f)
bg = sb("matches/11/4.json")[0]
q("sb-score-barca-girona", "What was the score of Barcelona against Girona?", [f"{bg['home_score']}–{bg['away_score']}"], "issue 15")
ti = sb("matches/55/43.json")[0]
nick = {p["player_id"]: p["player_nickname"] or p["player_name"] for side in sb("lineups/3788741.json") for p in side["lineup"]}
ev = sb("events/3788741.json")
scorers = sorted({nick[e["player"]["id"]] for e in ev if e["type"]["name"] == "Own Goal Against"
                  or (e["type"]["name"] == "Shot" and e["shot"]["outcome"]["name"] == "Goal")})
q("sb-scorers-turkey-italy", "Who scored in Turkey vs Italy?", scorers, "issue 15; the own goal counts, as match_scorers does")
bge = sb("events/15986.json")
bgn = {p["player_id"]: p["player_nickname"] or p["player_name"] for side in sb("lineups/15986.json") for p in side["lineup"]}
q("sb-sent-off-barca-girona", "Who got his marching orders in Barcelona vs Girona?",
  sorted({bgn[e["player"]["id"]] for e in bge if e.get("foul_committed", {}).get("card", {}).get("name") == "Red Card"}))
q("sb-referee-turkey-italy", "Who refereed Turkey against Italy?", [ti["referee"]["name"]])
q("sb-venue-barca-girona", "Which stadium hosted Barcelona vs Girona?", [bg["stadium"]["name"]])
q("sb-subs-turkey-italy", "Who came on as a substitute in Turkey vs Italy?",
  sorted({nick[e["substitution"]["replacement"]["id"]] for e in ev if e["type"]["name"] == "Substitution"}))
q("of-scorers-season", "Who scored in Liverpool FC against Chelsea FC in 2023/24?", [],
  "openfootball holds scores only (and the teams met twice that season): declining is right")
for d in out:
    print(json.dumps(d, ensure_ascii=False))
