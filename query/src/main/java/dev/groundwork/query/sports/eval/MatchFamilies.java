package dev.groundwork.query.sports.eval;

import dev.groundwork.query.sports.eval.CsvTable.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Families about one match: score, winner, scorers, venue, date, referee, cards, shoot-outs, and the final. */
final class MatchFamilies {
    private final WorldCupData data;
    private final Matches matches;

    MatchFamilies(WorldCupData data) {
        this.data = data;
        this.matches = new Matches(data);
    }

    void register(Map<String, Family> families) {
        families.put("final_teams", a -> finalTeams(theFinal(a)));
        families.put("final_score", a -> SportsAnswer.of(Matches.score(theFinal(a), Optional.empty())));
        families.put("final_venue", a -> SportsAnswer.of(theFinal(a).get("stadium_name")));
        families.put("final_referee", a -> referee(theFinal(a)));
        families.put("match_score", a -> SportsAnswer.of(Matches.score(matches.find(a), a.optional("team"))));
        families.put("match_winner", a -> SportsAnswer.of(Matches.winner(matches.find(a))));
        families.put("match_venue", a -> SportsAnswer.of(matches.find(a).get("stadium_name")));
        families.put("match_date", a -> SportsAnswer.of(matches.find(a).get("match_date")));
        families.put("match_referee", a -> referee(matches.find(a)));
        // A player who put the ball into his own net is no scorer of the match (own_goal_scorers_in_match asks for him).
        families.put("match_scorers", a -> people(a, "goals", g -> !g.flag("own_goal")));
        families.put("own_goal_scorers_in_match", a -> people(a, "goals", g -> g.flag("own_goal")));
        families.put("sent_off_in_match", a -> people(a, "bookings", b -> b.flag("sending_off")));
        families.put("cards_in_match", this::cards);
        families.put("shootout_winner", a -> SportsAnswer.of(Matches.shootoutWinner(matches.find(a))));
        families.put("shootout_score", a -> SportsAnswer.of(Matches.shootoutScore(matches.find(a), a.optional("team"))));
    }

    private Row theFinal(GoldArgs args) {
        return matches.find(args, Optional.of("final"));
    }

    private static SportsAnswer finalTeams(Row match) {
        return SportsAnswer.of(List.of(match.get("home_team_name"), match.get("away_team_name")));
    }

    private SportsAnswer referee(Row match) {
        return SportsAnswer.of(inMatch("referee_appearances", match, r -> true).stream().map(WorldCupData::person).toList());
    }

    /** The distinct people of the match's rows in {@code table} that pass {@code filter}; none is an empty set. */
    private SportsAnswer people(GoldArgs args, String table, Predicate<Row> filter) {
        return SportsAnswer.of(inMatch(table, matches.find(args), filter).stream().map(WorldCupData::person).distinct().toList());
    }

    private List<Row> inMatch(String table, Row match, Predicate<Row> filter) {
        String matchId = match.get("match_id");
        return data.rows(table, r -> r.get("match_id").equals(matchId) && filter.test(r));
    }

    /** Yellow counts every yellow card (a second yellow too); red counts sendings-off; any counts booking rows. */
    private SportsAnswer cards(GoldArgs args) {
        Predicate<Row> card = args.oneOf("card", Map.<String, Predicate<Row>>of(
                "yellow", b -> b.flag("yellow_card"), "red", b -> b.flag("sending_off"), "any", b -> true));
        return SportsAnswer.of(inMatch("bookings", matches.find(args), card).size());
    }
}
