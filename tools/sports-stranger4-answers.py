#!/usr/bin/env python3
"""Computes the answers of the fourth stranger soccer question set (session 11) and freezes them.

Usage:
  python3 tools/sports-stranger4-answers.py [--data ../shared/data/sports] \
      [--statsbomb ingest/src/test/resources/sports/statsbomb-fixture/data] \
      [--out query/src/test/resources/sports/dev-stranger/stranger4-questions.jsonl] [--check]

The questions were written before any was run against the system, from the schema tables of
docs/sports.md and the data files alone, the way different people type them: slang ("reffed",
"goalies", "boss"), typos ("wolrd", "brazill"), lower case, indirect names of tournaments ("the
tournament in Qatar", "'98", "the showpiece", "the last World Cup", "the very first World Cup"),
questions that combine constraints ("Which England player was sent off at the 1998 World Cup?"),
the gaps known at the start of session 11 (cities, the opening match, shirt numbers asked the
other way round, hyphenated team pairs) and questions that must be declined. "World Cup" with no
gender and no year is the men's, as in the gold set. Every answer is computed here from the raw
data with the data readers of tools/sports-dev-stranger-answers.py (reused, not copied); only the
questions that must be declined (answers []) are typed in, each with a note saying why. Nothing
here reads the Java code. Standard library only.
"""
import collections
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("dev_answers", os.path.join(HERE, "sports-dev-stranger-answers.py"))
dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev)
one, nonempty, fail = dev.one, dev.nonempty, dev.fail


class Facts:
    """The computations this set needs beyond the dev reader's, over the same raw files."""

    def __init__(self, wc):
        self.wc = wc
        self.referees = wc.table("referees")

    def tournament_of(self, year):
        return [m for m in self.wc.matches if m["tournament_id"] == self.wc.tid(year)]

    def first_match(self, year):
        ms = self.tournament_of(year)
        first = min((m["match_date"], m["match_time"]) for m in ms)
        return one([m["match_id"] for m in ms if (m["match_date"], m["match_time"]) == first], f"first match {year}")

    def count_bookings(self, year, flag):
        return str(sum(b[flag] == "1" for b in self.wc.bookings_in(year=year)))

    def shootouts(self, year):
        return str(sum(m["penalty_shootout"] == "1" for m in self.tournament_of(year)))

    def titles(self, team, gender="men"):
        return sorted({r["tournament_id"][3:] for r in self.wc.standings if r["team_name"] == team and r["position"] == "1"
                       and ("Women's" in r["tournament_name"]) == (gender == "women")})

    def hosted(self, team, gender="men"):
        return sorted({r["tournament_id"][3:] for r in self.wc.hosts if r["team_name"] == team
                       and ("Women's" in r["tournament_name"]) == (gender == "women")})

    def own_goals(self, year):
        return str(sum(g["own_goal"] == "1" for g in self.wc.goals if g["tournament_id"] == self.wc.tid(year)))

    def city_matches(self, city):
        return str(len(nonempty([m for m in self.wc.matches if m["city_name"] == city], city)))

    def stadium_matches(self, stadium):
        return str(len(nonempty([m for m in self.wc.matches if m["stadium_name"] == stadium], stadium)))

    def performance(self, team, year):
        return one([r["performance"] for r in self.wc.qualified if r["team_name"] == team
                    and r["tournament_id"] == self.wc.tid(year)], f"performance {team} {year}")

    def no_shootout(self, team, year):
        if any(r["penalty_shootout"] == "1" for r in self.wc.team_rows(team, year)):
            fail(f"{team} {year}: a shoot-out makes 'draw' two readings")

    def referee_country(self, match_id):
        rid = one([r["referee_id"] for r in self.wc.refs if r["match_id"] == match_id], f"referee {match_id}")
        return one([r["country_name"] for r in self.referees if r["referee_id"] == rid], rid)

    def referee_matches(self, name, year=None):
        return str(len(nonempty([r for r in self.wc.refs if self.wc.person(r) == name
                                 and (year is None or r["tournament_id"] == self.wc.tid(year))], name)))

    def shirt(self, team, year, number):
        return one([self.wc.person(s) for s in self.wc.squads if s["team_name"] == team
                    and s["tournament_id"] == self.wc.tid(year) and s["shirt_number"] == str(number)], f"shirt {number} {team} {year}")

    def goalkeepers(self, team, year):
        return nonempty([self.wc.person(s) for s in self.wc.squads if s["team_name"] == team
                         and s["tournament_id"] == self.wc.tid(year) and s["position_name"] == "goal keeper"], f"goalkeepers {team} {year}")

    def sent_off_for(self, team, year):
        return nonempty([self.wc.person(b) for b in self.wc.bookings_in(year=year)
                         if b["team_name"] == team and b["sending_off"] == "1"], f"sent off {team} {year}")

    def hat_trick_scorers(self, match_id):
        c = collections.Counter(g["player_id"] for g in self.wc.goals_in(match_id) if g["own_goal"] == "0")
        return nonempty([self.wc.person(p) for p in self.wc.players if c.get(p["player_id"], 0) >= 3], f"hat-trick {match_id}")

    def hat_tricks(self, year):
        tid = self.wc.tid(year)
        c = collections.Counter((g["match_id"], g["player_id"]) for g in self.wc.goals if g["tournament_id"] == tid and g["own_goal"] == "0")
        return str(sum(v >= 3 for v in c.values()))

    def first_goal(self, match_id):
        gs = nonempty(self.wc.goals_in(match_id), f"goals {match_id}")
        key = lambda g: (int(g["minute_regulation"]), int(g["minute_stoppage"]))
        first = min(key(g) for g in gs)
        g = one([g for g in gs if key(g) == first], f"first goal {match_id}")
        if g["own_goal"] == "1":
            fail(f"{match_id}: the first goal is an own goal")
        return self.wc.person(g)

    def team_top_scorers(self, team, year):
        c = collections.Counter(g["player_id"] for g in self.wc.goals if g["tournament_id"] == self.wc.tid(year)
                                and g["team_name"] == team and g["own_goal"] == "0")
        best = max(c.values())
        return sorted({self.wc.person(p) for p in self.wc.players if c.get(p["player_id"]) == best})

    def final_count(self, team, gender="men"):
        return str(len([m for m in self.wc.matches if m["stage_name"] == "final" and team in (m["home_team_name"], m["away_team_name"])
                        and self.wc.gender(m) == gender]))

    def wins_in(self, team, year):
        return str(sum(r["result"] == "win" for r in nonempty(self.wc.team_rows(team, year), f"{team} {year}")))

    def manager_tournaments(self, name):
        return nonempty(sorted({r["team_name"] for r in self.wc.mgr_appt if self.wc.person(r) == name}), f"teams of {name}")

    def count_teams(self, year):
        return one([t["count_teams"] for t in self.wc.tournaments if t["tournament_id"] == self.wc.tid(year)], f"teams {year}")

    def start_date(self, year):
        return one([t["start_date"] for t in self.wc.tournaments if t["tournament_id"] == self.wc.tid(year)], f"start {year}")

    def first_year(self, gender):
        return min(t["year"] for t in self.wc.tournaments if ("Women's" in t["tournament_name"]) == (gender == "women"))

    def last_year(self, gender):
        return max(t["year"] for t in self.wc.tournaments if ("Women's" in t["tournament_name"]) == (gender == "women"))

    def player_all_goals(self, name):
        pid = self.wc.pid(name)
        return str(sum(g["player_id"] == pid and g["own_goal"] == "0" for g in self.wc.goals))


def league_team_stat(lg, league, season, team, key):
    return str(lg.table(league, season)[team][key])


def questions(wc, f, lg, sb):
    Q = dev.QuestionList()
    q, decline = Q.q, Q.decline
    final = lambda year: wc.match(year, "final")

    # team: indirect names of tournaments, slang, typos
    q("team", "who lifted the cup in the tournament in qatar?", wc.winner(2022))
    q("team", "which side won the '86 world cup", wc.winner(1986))
    q("team", "Who won the showpiece in 2014?", wc.winner_of_match(final(2014)))
    q("team", "who were the beaten finalists in 1990", wc.position(1990, 2))
    q("team", "which country finished 3rd at USA 94", wc.position(1994, 3))
    q("team", "Who hosted the 1978 tournament?", wc.host(1978))
    q("team", "Who won the World Cup that was held in South Africa?", wc.winner(2010))
    q("team", "Who did France beat in the '98 final?", wc.position(1998, 2))
    q("team", "Who knocked England out of the 2002 World Cup?",
      wc.winner_of_match(wc.match(2002, "quarter-finals", ("England", "Brazil"))))
    q("team", "which team won group A at the 2018 world cup", one(
        [r["team_name"] for r in wc.group_st if r["tournament_id"] == wc.tid(2018) and r["group_name"] == "Group A"
         and r["position"] == "1"], "group A 2018"))
    q("team", "Who finished fourth at the Brazil 2014 World Cup?", wc.position(2014, 4))
    q("team", "wich country won the wolrd cup in 1966", wc.winner(1966))
    q("team", "Who won the third place play-off in 2006?", wc.position(2006, 3))
    q("team", "Who won the last World Cup?", wc.winner(int(f.last_year("men"))))
    q("team", "Which country hosted the very first World Cup?", wc.host(int(f.first_year("men"))))
    q("team", "Which team did Brazil beat in the 2002 final?", wc.position(2002, 2))
    q("team", "Which team scored the most goals at Russia 2018?", wc.best_team(2018, "goals_for"))
    q("team", "who won the 2015 womens world cup", wc.winner(2015))
    # player
    q("player", "who was top scorer at the 2002 wc", wc.top_scorers(2002))
    q("player", "Who scored in the 1998 final?", wc.scorers(final(1998)))
    q("player", "which players scored for Argentina in the 1986 final", wc.scorers(final(1986), "Argentina"))
    q("player", "who got a red card in the 2010 final", wc.sent_off(final(2010)))
    q("player", "which goalies did Italy take to the 2006 world cup", f.goalkeepers("Italy", 2006))
    q("player", "Who missed in the shoot-out of the 2006 final?", wc.missed_shootout(final(2006)))
    q("player", "who scored a hat trick in the 2022 final", f.hat_trick_scorers(final(2022)))
    q("player", "Which player opened the scoring in the 2022 final?", f.first_goal(final(2022)))
    q("player", "Who wore number 10 for Argentina in 1986?", f.shirt("Argentina", 1986, 10))
    q("player", "Top scorer of the 2011 women's World Cup?", wc.top_scorers(2011))
    q("player", "Which England player was sent off at the 1998 World Cup?", f.sent_off_for("England", 1998))
    q("player", "Who scored the most goals for France at the 2018 World Cup?", f.team_top_scorers("France", 2018))
    q("player", "Who scored the first goal of the 2018 World Cup?", f.first_goal(f.first_match(2018)))
    # award
    q("award", "Who got the golden boot in 2010?", wc.award("Golden Boot", 2010))
    q("award", "Who won the Golden Ball at the Qatar World Cup?", wc.award("Golden Ball", 2022))
    q("award", "best young player award 2014?", wc.award("Best Young Player", 2014))
    q("award", "who won the golden glove in qatar", wc.award("Golden Glove", 2022))
    q("award", "Which award did Kylian Mbappé win at the 2018 World Cup?",
      one([r["award_name"] for r in wc.awards if wc.person(r) == "Kylian Mbappé" and r["tournament_id"] == wc.tid(2018)], "Mbappé 2018"))
    q("award", "golden boot 2006 winnr?", wc.award("Golden Boot", 2006))
    # number
    q("number", "How many goals did Mbappe score at the 2018 WC?", wc.player_goals("Kylian Mbappé", 2018))
    q("number", "How many titles do Italy have?", str(len(f.titles("Italy"))))
    q("number", "How many players were sent off at the 2006 World Cup?", str(len({b["player_id"] for b in wc.bookings_in(year=2006) if b["sending_off"] == "1"})))
    q("number", "How many matches were played at the 2014 World Cup?", str(len(f.tournament_of(2014))))
    q("number", "how many teams were at the 1930 world cup", f.count_teams(1930))
    q("number", "How many goals did Brazil score at the 1970 World Cup?", wc.team_goals("Brazil", 1970))
    q("number", "How many goals did Germany concede at the 2014 tournament?", wc.team_goals("Germany", 2014, against=True))
    q("number", "how many penalty shootouts were there in 1990", f.shootouts(1990))
    q("number", "How many times has Mexico hosted the World Cup?", str(len(f.hosted("Mexico"))))
    q("number", "How many World Cup goals has Marta scored?", f.player_all_goals("Marta"))
    q("number", "How many games did Brazil win at the 2002 World Cup?", f.wins_in("Brazil", 2002))
    q("number", "How many hat-tricks were scored at the 1982 World Cup?", f.hat_tricks(1982))
    q("number", "How many goals were scored in the group stage of the 2022 World Cup?", wc.tournament_goals(2022, "group stage"))
    q("number", "how many own goals were there at WC 2014", f.own_goals(2014))
    q("number", "How many yellow cards were shown at the 2018 World Cup?", f.count_bookings(2018, "yellow_card"))
    q("number", "How many times have Argentina played in a World Cup final?", f.final_count("Argentina"))
    q("number", "How many goals did Gerd Müller score at World Cups?", wc.player_goals("Gerd Müller"))
    q("number", "How many matches did Pierluigi Collina referee at the 2002 World Cup?", f.referee_matches("Pierluigi Collina", 2002))
    q("number", "How many penalties did Harry Kane score at the 2018 World Cup?", wc.player_goals("Harry Kane", 2018, penalty=True))
    q("number", "How many World Cup games were played in Rome?", f.city_matches("Rome"))
    q("number", "How many World Cup matches has the Estadio Azteca hosted?", f.stadium_matches("Estadio Azteca"))
    # score
    q("score", "What was the score in the '70 final?", wc.score(final(1970)))
    q("score", "final score of the 2014 showpiece?", wc.score(final(2014)))
    q("score", "What was the shoot-out score when Russia knocked out Spain in 2018?",
      wc.shootout(wc.match(2018, "round of 16", ("Spain", "Russia"))))
    q("score", "What was the score of Portugal against Spain at the 2018 World Cup?",
      wc.score(wc.match(2018, teams=("Portugal", "Spain")), "Portugal"))
    q("score", "Barcelona-Girona, what was the final score?", sb.score(sb.mid("Barcelona", "Girona")))
    q("score", "What was the half-time score when Arsenal hosted Liverpool in 2022/23?",
      lg.score("Premier League", "2022/23", "Arsenal FC", "Liverpool FC", "ht"))
    q("score", "What was the score when Manchester United hosted Manchester City in the 2023/24 Premier League?",
      lg.score("Premier League", "2023/24", "Manchester United FC", "Manchester City FC"))
    # venue and city
    q("venue", "Which ground staged the 2014 final?", wc.final_field(2014, "stadium_name"))
    q("venue", "Which stadium hosted the final in '94?", wc.final_field(1994, "stadium_name"))
    q("venue", "Which stadium did Portugal play Spain in at the 2018 World Cup?",
      wc.mrow(wc.match(2018, teams=("Portugal", "Spain")))["stadium_name"])
    q("city", "In which city was the 1990 final?", wc.final_field(1990, "city_name"))
    q("city", "Which city hosted the opening game of Qatar 2022?", wc.mrow(f.first_match(2022))["city_name"])
    # date and year
    q("date", "When did the Qatar World Cup final take place?", wc.final_field(2022, "match_date"))
    q("date", "what date was the 1966 final", wc.final_field(1966, "match_date"))
    q("date", "When did the 2014 World Cup kick off?", f.start_date(2014))
    q("date", "When did Argentina play England at the 1986 World Cup?", wc.mrow(wc.match(1986, teams=("Argentina", "England")))["match_date"])
    q("year", "what year did brazil first win the world cup", f.titles("Brazil")[0])
    q("year", "In which years did Uruguay win the World Cup?", f.titles("Uruguay"))
    q("year", "When did Italy last win the World Cup?", f.titles("Italy")[-1])
    q("year", "When was the first women's World Cup?", f.first_year("women"))
    # stage
    q("stage", "How far did Germany get at the 2018 World Cup?", f.performance("Germany", 2018))
    q("stage", "In what round did Spain go out at the 2018 World Cup?", f.performance("Spain", 2018))
    q("stage", "At what stage did France and Croatia meet in 2018?", wc.mrow(wc.match(2018, teams=("France", "Croatia")))["stage_name"])
    # referee
    q("referee", "Who reffed the 2014 final?", wc.referee(final(2014)))
    q("referee", "Which referee was in charge of the 2006 final?", wc.referee(final(2006)))
    q("referee", "who was the referee when Turkey played Italy at Euro 2020", sb.matches[sb.mid("Turkey", "Italy")]["referee"]["name"])
    q("referee", "Where was the referee of the 1998 final from?", f.referee_country(final(1998)))
    # manager
    q("manager", "Who was France's boss at the 2018 World Cup?", wc.manager("France", 2018))
    q("manager", "who coached brazil in 2002", wc.manager("Brazil", 2002))
    q("manager", "Who managed the team that won the 2010 World Cup?", wc.manager(wc.winner(2010), 2010))
    q("manager", "Which national teams did Guus Hiddink manage at World Cups?", f.manager_tournaments("Guus Hiddink"))
    # win-draw-loss records
    f.no_shootout("Germany", 2014)
    q("record", "What was Germany's W/D/L at the 2014 WC?", wc.record("Germany", year=2014))
    q("record", "Liverpool's record in the 2023/24 Premier League?", lg.record("Premier League", "2023/24", "Liverpool FC"))
    # league seasons
    q("league", "Who won the bundesliga in 2023/24?", lg.extreme("Bundesliga", "2023/24", "pts"))
    q("league", "Which team finished bottom of the 2022/23 Premier League?", lg.extreme("Premier League", "2022/23", "pts", most=False))
    q("league", "How many points did Arsenal get in the 2023/24 Premier League?", league_team_stat(lg, "Premier League", "2023/24", "Arsenal FC", "pts"))
    q("league", "how many matches did Bayern lose in the 2023/24 Bundesliga", league_team_stat(lg, "Bundesliga", "2023/24", "FC Bayern München", "l"))
    q("league", "How many goals did Leverkusen score in the 2023/24 Bundesliga?", league_team_stat(lg, "Bundesliga", "2023/24", "Bayer 04 Leverkusen", "gf"))
    q("league", "How many goals were scored in the 2022/23 Premier League?", lg.goals("Premier League", "2022/23"))
    # StatsBomb
    ti, bg = sb.mid("Turkey", "Italy"), sb.mid("Barcelona", "Girona")
    q("statsbomb", "Which Italy players scored against Turkey at Euro 2020?", sb.goals(ti, "Italy"))
    q("statsbomb", "Who got booked for Turkey against Italy?", sb.cards(ti, "Yellow Card", "Turkey"))
    q("statsbomb", "Who was sent off in Barcelona vs Girona?", sb.cards(bg, "Red Card"))
    q("statsbomb", "How many goals did Messi score against Girona?", str(sb.goals(bg).count("Lionel Messi")))
    # to decline: future, not in the data, statistics no source holds, ambiguous, opinions
    decline("who's gonna win the next world cup", "future")
    decline("What was the possession split in the 2022 final?", "possession")
    decline("How many assists did Messi have at the 2022 World Cup?", "assists")
    decline("Who scored for Arsenal against Liverpool in 2022/23?", "openfootball holds scores only")
    decline("Who won La Liga in 2020/21?", "season not in the data")
    decline("Who is the greatest player of all time?", "opinion")
    decline("How many people watched the 2014 final on TV?", "viewers are not in the data")
    decline("How tall is Peter Crouch?", "heights are not in the data")
    decline("What was the score of Argentina vs Germany?", "they met in several World Cups")
    decline("Who won the World Cup in 1942?", "no World Cup that year")
    decline("Who scored in the final?", "no year")
    decline("How many corners did England get in the 1966 final?", "corners are not in the data")
    decline("Who refereed Arsenal vs Chelsea in 2023/24?", "openfootball holds no referees")
    decline("Who won the Euro 2020 final?", "the graph holds one match of Euro 2020")
    decline("What's the weather like in Doha today?", "off-topic")
    decline("How many yellow cards did Bayern get in the 2023/24 Bundesliga?", "openfootball holds scores only")
    decline("Which Manchester City player scored the most goals in 2022/23?", "openfootball holds no scorers")
    decline("Who will host the 2034 World Cup?", "future")
    return Q


if __name__ == "__main__":
    dev.freeze_with_sources(__doc__, "stranger4-questions.jsonl", "s4", lambda wc, lg, sb: questions(wc, Facts(wc), lg, sb))
