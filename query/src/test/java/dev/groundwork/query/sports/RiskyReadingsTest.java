package dev.groundwork.query.sports;

/**
 * Readings of a question that have two meanings, or a part no template honours, over {@code /sports/stranger-graph.cypher}
 * plus {@code /sports/risky-readings-extra.cypher} (a 2014 semi-final decided by a shoot-out): each is declined with what
 * was understood and what is missing, or answered only where both meanings agree. The questions and what each must get
 * are the lines of {@code /sports/risky-readings.jsonl}, one test case a line.
 */
class RiskyReadingsTest extends SportsQuestionTableTest {
    RiskyReadingsTest() {
        super("/sports/risky-readings.jsonl", "/sports/stranger-graph.cypher", "/sports/risky-readings-extra.cypher");
    }
}
