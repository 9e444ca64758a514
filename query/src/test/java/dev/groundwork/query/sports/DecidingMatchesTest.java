package dev.groundwork.query.sports;

/**
 * The matches that decide a tournament's places, named as people name them (session 15): "the third place playoff" is the
 * match that decided third place, "the Qatar final" the final of the tournament Qatar hosted. Over
 * {@code /sports/stranger-graph.cypher}, {@code /sports/risky-readings-extra.cypher}, {@code /sports/roles-extra.cypher} and
 * {@code /sports/session15-extra.cypher}; the questions and what each must get are the lines of
 * {@code /sports/deciding-matches.jsonl}.
 */
class DecidingMatchesTest extends SportsQuestionTableTest {
    DecidingMatchesTest() {
        super("/sports/deciding-matches.jsonl", "/sports/stranger-graph.cypher", "/sports/risky-readings-extra.cypher",
                "/sports/roles-extra.cypher", "/sports/session15-extra.cypher");
    }
}
