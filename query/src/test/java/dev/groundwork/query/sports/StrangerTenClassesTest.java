package dev.groundwork.query.sports;

/**
 * The classes of the tenth blind set (session 16): a famous match or a derby by its nickname ("the Mineirazo", "the north
 * London derby at Spurs"), over {@code /sports/stranger-graph.cypher}, {@code /sports/tables-extra.cypher},
 * {@code /sports/session13-extra.cypher}, {@code /sports/session14-extra.cypher}, {@code /sports/stranger-nine-extra.cypher}
 * and {@code /sports/stranger-ten-extra.cypher}. The questions and what each must get are the lines of
 * {@code /sports/stranger-ten-classes.jsonl}.
 */
class StrangerTenClassesTest extends SportsQuestionTableTest {
    StrangerTenClassesTest() {
        super("/sports/stranger-ten-classes.jsonl", "/sports/stranger-graph.cypher", "/sports/tables-extra.cypher",
                "/sports/session13-extra.cypher", "/sports/session14-extra.cypher", "/sports/stranger-nine-extra.cypher",
                "/sports/stranger-ten-extra.cypher");
    }
}
