package dev.groundwork.query.sports;

/**
 * Line-up positions ("in goal"), unused squad players, a player's shirt number and goals in one match, the match named by a
 * player and the one team he faced, each side's manager and formation in a match, and awards counted in the plural, over
 * {@code /sports/stranger-graph.cypher}, {@code /sports/session13-extra.cypher} and {@code /sports/session14-extra.cypher}.
 * The questions and what each must get are the lines of {@code /sports/line-ups-and-match-people.jsonl}.
 */
class LineUpsAndMatchPeopleTest extends SportsQuestionTableTest {
    LineUpsAndMatchPeopleTest() {
        super("/sports/line-ups-and-match-people.jsonl", "/sports/stranger-graph.cypher", "/sports/tables-extra.cypher",
                "/sports/session13-extra.cypher", "/sports/session14-extra.cypher");
    }
}
