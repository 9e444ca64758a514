package dev.groundwork.query.sports;

/**
 * Yes/no questions answered through the question that asks for their subject, demonyms read as teams (narrowed by the
 * tournament's teams, a nationality before a role declined), the team of a tournament's biggest win, an award winner's team,
 * the manager who led a team to a title and captains declined, over {@code /sports/stranger-graph.cypher},
 * {@code /sports/tables-extra.cypher} and {@code /sports/session13-extra.cypher}. The questions and what each must get are
 * the lines of {@code /sports/yes-no-and-demonyms.jsonl}.
 */
class YesNoAndDemonymsTest extends SportsQuestionTableTest {
    YesNoAndDemonymsTest() {
        super("/sports/yes-no-and-demonyms.jsonl", "/sports/stranger-graph.cypher", "/sports/tables-extra.cypher",
                "/sports/session13-extra.cypher");
    }
}
