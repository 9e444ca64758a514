package dev.groundwork.query.sports;

/**
 * League tables computed from a season's results (a place, a club's position, its points, the fewest or most wins, draws
 * or losses), a league match named by its club's ground or its home side, the bottom of a World Cup group, a record asked
 * as three counts, own goals kept apart from a match's scorers, a men's World Cup named for a women's-only year, a match's winning goal, a
 * tournament's end and its top scorer's tally, a stadium's city and a player's team at one tournament, over
 * {@code /sports/stranger-graph.cypher} and {@code /sports/tables-extra.cypher}. The questions are phrased apart from the
 * paraphrase set's; they and what each must get are the lines of {@code /sports/tables-and-grounds.jsonl}.
 */
class TablesAndGroundsTest extends SportsQuestionTableTest {
    TablesAndGroundsTest() {
        super("/sports/tables-and-grounds.jsonl", "/sports/stranger-graph.cypher", "/sports/tables-extra.cypher");
    }
}
