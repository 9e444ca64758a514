package dev.groundwork.query.sports;

/**
 * Questions written the way people ask them, over {@code /sports/stranger-graph.cypher} (a World Cup slice, a whole
 * league season where each pair met twice, StatsBomb-style substitutions): each building block answers, and each
 * part it cannot honour makes it decline rather than answer another question. The questions and what each must get
 * are the lines of {@code /sports/stranger-questions.jsonl}, one test case a line.
 */
class StrangerQuestionsTest extends SportsQuestionTableTest {
    StrangerQuestionsTest() {
        super("/sports/stranger-questions.jsonl", "/sports/stranger-graph.cypher");
    }
}
