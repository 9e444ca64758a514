package dev.groundwork.query.sports;

/**
 * The classes of the ninth blind set (session 15, second parser round): a title or a role said in other words ("the scoring
 * title", "the man in the middle"), "tied" for drew, a score asked as how a match ended, and the match-naming and frame
 * readings added after them, over {@code /sports/stranger-graph.cypher}, {@code /sports/tables-extra.cypher},
 * {@code /sports/session13-extra.cypher}, {@code /sports/session14-extra.cypher} and {@code /sports/stranger-nine-extra.cypher}. The questions and what each must get are
 * the lines of {@code /sports/stranger-nine-classes.jsonl}.
 */
class StrangerNineClassesTest extends SportsQuestionTableTest {
    StrangerNineClassesTest() {
        super("/sports/stranger-nine-classes.jsonl", "/sports/stranger-graph.cypher", "/sports/tables-extra.cypher",
                "/sports/session13-extra.cypher", "/sports/session14-extra.cypher", "/sports/stranger-nine-extra.cypher");
    }
}
