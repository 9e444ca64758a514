#!/usr/bin/env python3
"""Computes the answers of the second stranger soccer question set (risky readings) and freezes them.

Usage:
  python3 tools/sports-stranger2-answers.py [--data ../shared/data/sports] \
      [--statsbomb ingest/src/test/resources/sports/statsbomb-fixture/data] \
      [--out query/src/test/resources/sports/dev-stranger/risky-questions.jsonl] [--check]

The questions were written before any was run against the system. Every answer is computed here
from the raw data with the data readers of tools/sports-dev-stranger-answers.py (reused, not
copied); only the questions that must be declined (answers []) are typed in, each with a note
saying why (a reading with two answers, a statistic no source holds, a future tournament, a
competition or season the graph holds only one match of). Standard library only.
"""
import collections
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

_spec = importlib.util.spec_from_file_location("dev_answers", os.path.join(HERE, "sports-dev-stranger-answers.py"))
dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev)
one, nonempty, fail = dev.one, dev.nonempty, dev.fail


def finals_of(wc, team, gender="men"):
    """Final matches (the one match called 'final') a team played, by year."""
    return sorted({m["match_id"][2:6] for m in wc.matches if m["stage_name"] == "final"
                   and team in (m["home_team_name"], m["away_team_name"]) and wc.gender(m) == gender})


def finals_lost(wc, team, gender="men"):
    return sorted({m["match_id"][2:6] for m in wc.matches if m["stage_name"] == "final" and wc.gender(m) == gender
                   and team in (m["home_team_name"], m["away_team_name"]) and wc.winner_of_match(m["match_id"]) != team})


def titles(wc, team, gender="men"):
    return sorted({r["tournament_id"][3:] for r in wc.standings if r["team_name"] == team and r["position"] == "1"
                   and ("Women's" in r["tournament_name"]) == (gender == "women")})


def draws(wc, year):
    """Level after play in a tournament without shoot-outs (where both readings of 'draw' agree)."""
    ms = [m for m in wc.matches if m["tournament_id"] == wc.tid(year)]
    if any(m["penalty_shootout"] == "1" for m in ms):
        fail(f"{year} had shoot-outs: 'draw' has two readings")
    return str(sum(m["home_team_score"] == m["away_team_score"] for m in ms))


def knockout_goals(wc, year):
    ms = [m for m in wc.matches if m["tournament_id"] == wc.tid(year) and m["knockout_stage"] == "1"]
    return str(sum(int(m["home_team_score"]) + int(m["away_team_score"]) for m in nonempty(ms, "knockout")))


def city_matches(wc, city):
    return str(len(nonempty([m for m in wc.matches if m["city_name"] == city], city)))


def final_in_city(wc, city):
    return one([m["match_id"][2:6] for m in wc.matches if m["stage_name"] == "final" and m["city_name"] == city], city)


def referee_country(wc, match_id):
    return one([r["country_name"] for r in wc.refs if r["match_id"] == match_id], f"referee country {match_id}")


def referee_matches(wc, name):
    return str(len(nonempty([r for r in wc.refs if wc.person(r) == name], name)))


def stadium_capacity(wc, match_id):
    stadium = wc.mrow(match_id)["stadium_id"]
    return one([s["stadium_capacity"] for s in wc.table("stadiums") if s["stadium_id"] == stadium], stadium)


def opponent(wc, match_id, team):
    m = wc.mrow(match_id)
    return m["away_team_name"] if m["home_team_name"] == team else m["home_team_name"]


def stage_teams(wc, year, stage):
    return sorted({t for m in wc.matches if m["tournament_id"] == wc.tid(year) and m["stage_name"] == stage
                   for t in (m["home_team_name"], m["away_team_name"])})


def group_wins(wc, team, year):
    return str(sum(r["result"] == "win" for r in wc.team_rows(team, year, stage="group stage")))


def shootouts_lost(wc, team, gender="men"):
    return str(sum(1 for m in wc.matches if m["penalty_shootout"] == "1" and wc.gender(m) == gender
                   and team in (m["home_team_name"], m["away_team_name"]) and wc.winner_of_match(m["match_id"]) != team))


def own_goals(wc, year):
    return str(sum(g["own_goal"] == "1" for g in wc.goals if g["tournament_id"] == wc.tid(year)))


def league_meetings_won(lg, league, season, team, other):
    n = 0
    for m in lg.ms(league, season):
        h, a = m["score"]["ft"]
        if (m["team1"], m["team2"]) == (team, other) and h > a or (m["team1"], m["team2"]) == (other, team) and a > h:
            n += 1
    return str(n)


def league_bottom(lg, league, season):
    t = lg.table(league, season)
    worst = min(r["pts"] for r in t.values())
    return one([k for k, r in t.items() if r["pts"] == worst], f"bottom {league} {season}")


def statsbomb_manager(sb, mid, side):
    m = sb.matches[mid][f"{side}_team"]
    mg = one(m["managers"], f"manager {mid} {side}")
    return mg.get("nickname") or mg["name"]



def questions(wc, lg, sb):
    Q = dev.QuestionList()
    q, decline = Q.q, Q.decline

    # "World Cup finals": the final match, or the tournament's final stage (= the whole tournament)
    q("finals_reading", "Who won the 1990 World Cup finals?", wc.winner(1990))  # both readings agree
    decline("How many goals were scored at the 1998 World Cup finals?", "'finals': the tournament (171) or the final match (3)")
    decline("How many World Cup finals has Brazil played in?", "'finals': tournaments or final matches")
    q("finals_reading", "How many times has Argentina reached the final of the men's World Cup?", str(len(finals_of(wc, "Argentina"))))
    q("finals_reading", "How many times has France reached the World Cup final?", str(len(finals_of(wc, "France"))))
    q("finals_reading", "In which years did the Netherlands lose the men's World Cup final?", finals_lost(wc, "Netherlands"))
    # first / most recent, men's and women's
    q("order", "Which team won the most recent World Cup?", wc.winner(2022))  # 2022 is the latest year of either
    q("order", "Who hosted the first World Cup?", wc.host(1930))
    q("order", "Which country won the first Women's World Cup?", wc.winner(1991))
    q("order", "When was the most recent Women's World Cup final played?", wc.final_field(2019, "match_date"))
    q("gender", "Who won the 2019 World Cup?", wc.winner(2019))  # only a women's World Cup that year
    decline("Who won the women's World Cup in 2018?", "no women's World Cup in 2018")
    # draws against matches decided by a shoot-out
    q("draws", "How many matches at the 1970 World Cup were drawn?", draws(wc, 1970))
    decline("How many draws were there at the 2018 World Cup?", "shoot-outs: a draw after extra time or not")
    decline("How many World Cup matches has England drawn?", "shoot-outs: England had four")
    decline("What was England's win-draw-loss record at the 1990 World Cup?", "the semi-final shoot-out: a draw or a loss")
    q("draws", "Who won the 1994 World Cup final?", wc.winner_of_match(wc.match(1994, "final")))
    q("draws", "What was the score of the 2006 World Cup final?", wc.score(wc.match(2006, "final")))
    q("draws", "How many penalty shoot-outs has England lost at the men's World Cup?", shootouts_lost(wc, "England"))
    # A vs B / A against B
    decline("What was the score of Liverpool against Arsenal in the 2023/24 Premier League?", "two meetings, no home team said")
    decline("What was the score between Bayern and Leverkusen in the 2023/24 Bundesliga?", "two meetings, no home team said")
    q("versus", "What was the score when Chelsea played Liverpool at home in the 2023/24 Premier League?",
      lg.score("Premier League", "2023/24", "Chelsea FC", "Liverpool FC"))
    q("versus", "How many times did Arsenal beat Tottenham in the 2022/23 Premier League?",
      league_meetings_won(lg, "Premier League", "2022/23", "Arsenal FC", "Tottenham Hotspur FC"))
    q("versus", "Who won Germany vs Argentina at the 2014 World Cup?", wc.winner_of_match(wc.match(2014, "final", ("Germany", "Argentina"))))
    q("versus", "Brazil against Sweden in the 1958 final: who won?", wc.winner_of_match(wc.match(1958, "final")))
    # a player's goals and his team's
    q("goals", "How many goals did Brazil score at the 2002 World Cup?", wc.team_goals("Brazil", 2002))
    q("goals", "How many goals did England score in the 1966 World Cup final?",
      str(sum(1 for g in wc.goals_in(wc.match(1966, "final")) if g["team_name"] == "England")))
    q("goals", "How many goals did Geoff Hurst score in the 1966 final?", wc.player_goals("Geoff Hurst", match_id=wc.match(1966, "final")))
    q("goals", "How many goals did Thomas Müller score at the 2010 World Cup?", wc.player_goals("Thomas Müller", 2010))
    decline("How many World Cup goals did Müller score?", "several players named Müller scored")
    q("goals", "How many goals did Germany score against Brazil in 2014?",
      wc.score(wc.match(2014, "semi-finals", ("Brazil", "Germany"))).split("-")[1])
    q("goals", "How many goals did Cristiano Ronaldo score at World Cups?", wc.player_goals("Cristiano Ronaldo"))
    q("goals", "How many World Cup goals did Ronaldinho score?", wc.player_goals("Ronaldinho"))
    q("goals", "Who scored for Brazil in the 2002 final?", wc.scorers(wc.match(2002, "final"), "Brazil"))
    q("goals", "How many own goals were scored at the 2014 World Cup?", own_goals(wc, 2014))
    decline("Who scored an own goal in the 2010 World Cup final?", "there was none")
    # how many times against which years
    q("times_years", "How many times has Italy won the World Cup?", str(len(titles(wc, "Italy"))))
    q("times_years", "In which years did Italy win the World Cup?", titles(wc, "Italy"))
    q("times_years", "Which years did Uruguay win the World Cup?", titles(wc, "Uruguay"))
    # stages
    q("stage", "Who did Brazil play in the 2002 quarter-final?", opponent(wc, wc.match(2002, "quarter-finals", ("Brazil", "England")), "Brazil"))
    q("stage", "Which teams reached the semi-finals of the 2018 World Cup?", stage_teams(wc, 2018, "semi-finals"))
    q("stage", "Who knocked Spain out in the round of 16 of the 2018 World Cup?", wc.winner_of_match(wc.match(2018, "round of 16", ("Spain", "Russia"))))
    q("stage", "How many goals were scored in the knockout stage of the 2022 World Cup?", knockout_goals(wc, 2022))
    q("stage", "Which group was England in at the 1966 World Cup?",
      one([m["group_name"] for m in wc.matches if m["tournament_id"] == wc.tid(1966) and "England" in (m["home_team_name"], m["away_team_name"]) and m["group_stage"] == "1"], "group"))
    q("stage", "How many matches did Morocco win in the group stage of the 2022 World Cup?", group_wins(wc, "Morocco", 2022))
    q("stage", "Who scored for Croatia in the 2018 semi-final?", wc.scorers(wc.match(2018, "semi-finals", ("Croatia", "England")), "Croatia"))
    q("stage", "Who did Argentina beat in the 2022 quarter-final?", opponent(wc, wc.match(2022, "quarter-finals", ("Netherlands", "Argentina")), "Argentina"))
    # club against national team, city against country, competitions with one match in the graph
    decline("How many goals did Italy score at Euro 2020?", "the graph holds one match of Euro 2020")
    decline("Who won La Liga in the 2018/19 season?", "the graph holds one match of La Liga 2018/19")
    q("place", "How many World Cup matches were played in Rome?", city_matches(wc, "Rome"))
    q("place", "Which World Cup final was played in Paris?", final_in_city(wc, "Paris"))
    q("place", "How many World Cup matches were played in Mexico City?", city_matches(wc, "Mexico City"))
    q("place", "Which stadium in Moscow hosted the 2018 final?", wc.final_field(2018, "stadium_name"))
    q("place", "Who won the World Cup held in Brazil in 1950?", wc.winner(1950))
    q("place", "What was the capacity of the stadium where the 2014 final was played?", stadium_capacity(wc, wc.match(2014, "final")))
    # future tournaments and seasons
    decline("Who will host the 2026 World Cup?", "future")
    decline("How many teams will play at the 2026 World Cup?", "future")
    decline("Who won the 2024/25 Premier League?", "season not in the data")
    decline("Which team lost the 2023 women's final?", "not in the data")
    decline("What was the score of Bayern vs Dortmund in the 2022/23 Bundesliga?", "season not in the data")
    # statistics no source holds
    decline("How much possession did Spain have in the 2010 final?", "possession")
    decline("How many shots on target did Croatia have in the 2018 final?", "no shot data for that match")
    decline("What was the attendance at the 1950 final at the Maracanã?", "attendance")
    decline("How many corners did Brazil win in the 2014 semi-final?", "corners")
    decline("How many fouls were committed in the 2022 final?", "fouls")
    decline("Who was the tallest player at the 2018 World Cup?", "heights")
    decline("Who was Spain's goalkeeper in the 2010 World Cup final?", "no line-ups for that match")
    decline("How many World Cup goals did Ronaldo score?", "Ronaldo (Brazil) or Cristiano Ronaldo")
    # referees and managers
    q("referee", "Which country was the referee of the 2014 final from?", referee_country(wc, wc.match(2014, "final")))
    q("referee", "Who refereed the 2006 World Cup final?", wc.referee(wc.match(2006, "final")))
    q("referee", "How many World Cup matches did Pierluigi Collina referee?", referee_matches(wc, "Pierluigi Collina"))
    q("manager", "Who was England's manager at the 1966 World Cup?", wc.manager("England", 1966))
    q("manager", "Who managed France at the 2022 World Cup?", wc.manager("France", 2022))
    q("manager", "Who coached Brazil at the 2002 World Cup?", wc.manager("Brazil", 2002))
    q("manager", "Who managed the team that won the 2010 World Cup?", wc.manager(wc.winner(2010), 2010))
    # openfootball league seasons
    q("league", "How many goals did Manchester City score in the 2023/24 Premier League?", str(lg.table("Premier League", "2023/24")["Manchester City FC"]["gf"]))
    q("league", "Who finished bottom of the 2023/24 Bundesliga?", league_bottom(lg, "Bundesliga", "2023/24"))
    q("league", "How many matches did Bayern Munich lose in the 2023/24 Bundesliga?", str(lg.table("Bundesliga", "2023/24")["FC Bayern München"]["l"]))
    q("league", "Who were the Premier League champions in 2023/24?", lg.extreme("Premier League", "2023/24", "pts"))
    q("league", "How many points did Bayer Leverkusen finish the 2023/24 Bundesliga with?", str(lg.table("Bundesliga", "2023/24")["Bayer 04 Leverkusen"]["pts"]))
    q("league", "How many draws did Liverpool have in the 2023/24 Premier League?", str(lg.table("Premier League", "2023/24")["Liverpool FC"]["d"]))
    decline("Who scored for Arsenal against Chelsea in the 2022/23 Premier League?", "openfootball holds scores only")
    decline("Who refereed Arsenal vs Liverpool in the 2023/24 Premier League?", "openfootball holds no referees")
    # StatsBomb fixture
    pes = sb.mid("Portugal", "Spain")
    bg = sb.mid("Barcelona", "Girona")
    q("statsbomb", "Who started in goal for Spain against Portugal at the 2018 World Cup?", sb.starters(pes, "Spain", "Goalkeeper"))
    q("statsbomb", "Who scored Girona's goals against Barcelona?", sb.goals(bg, "Girona"))
    q("statsbomb", "Who was Barcelona's manager against Girona?", statsbomb_manager(sb, bg, "home"))
    q("statsbomb", "Who scored a hat-trick in Portugal vs Spain at the 2018 World Cup?",
      [n for n, c in collections.Counter(wc.person(g) for g in wc.goals_in(wc.match(2018, "group stage", ("Portugal", "Spain")))
                                         if g["own_goal"] == "0").items() if c >= 3])
    return Q


if __name__ == "__main__":
    dev.freeze_with_sources(__doc__, "risky-questions.jsonl", "risky", questions)
