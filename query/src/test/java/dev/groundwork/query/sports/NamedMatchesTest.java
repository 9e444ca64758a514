package dev.groundwork.query.sports;

/**
 * Matches named as people name them (session 15): "the third place playoff" is the match that decided third place, "barca v
 * girona" a match between two clubs named by their short names. Over {@code /sports/stranger-graph.cypher},
 * {@code /sports/risky-readings-extra.cypher}, {@code /sports/roles-extra.cypher} and {@code /sports/session15-extra.cypher};
 * the questions and what each must get are the lines of {@code /sports/named-matches.jsonl}.
 */
class NamedMatchesTest extends SportsQuestionTableTest {
    NamedMatchesTest() {
        super("/sports/named-matches.jsonl", "/sports/stranger-graph.cypher", "/sports/risky-readings-extra.cypher",
                "/sports/roles-extra.cypher", "/sports/session15-extra.cypher");
    }
}
