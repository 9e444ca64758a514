package dev.groundwork.ingest.tickets.sections;

import dev.groundwork.graph.tickets.SectionKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.groundwork.graph.testing.Table;
import dev.groundwork.ingest.tickets.TicketComment;
import dev.groundwork.ingest.tickets.Fixtures;
import dev.groundwork.ingest.tickets.TicketRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    private static TicketRecord ticket(String description, List<TicketComment> comments) {
        return new TicketRecord("HADOOP-1", "NameNode fails", "Open", "Major", "Bug", "", "HADOOP", null, null,
                List.of("namenode"), List.of("3.2.2"), List.of(), List.of(), description, comments, List.of(), "t.json", 1);
    }

    private static List<Section> split(String description) {
        return SectionSplitter.split(ticket(description, List.of()));
    }

    @Test
    void startsWithSummaryAndFields() {
        List<Section> sections = split("");

        assertThat(sections).extracting(Section::kind, Section::text).containsExactly(
                tuple(SectionKind.SUMMARY, "NameNode fails"),
                tuple(SectionKind.FIELDS, "Type: Bug\nStatus: Open\nPriority: Major\nProject: HADOOP\nComponents: namenode\nAffects versions: 3.2.2"));
    }

    @Test
    void searchableFieldsLeaveOutTheOutcomeFieldsAndKeepTheRest() {
        String fields = "Type: Bug\nStatus: Resolved\nPriority: Major\nResolution: Duplicate\nProject: HADOOP\nFix versions: 3.3.1"
                + "\nAffects versions: 3.2.2";

        assertThat(SectionSplitter.searchableFields(fields)).isEqualTo("Type: Bug\nPriority: Major\nProject: HADOOP\nAffects versions: 3.2.2");
    }

    @Test
    void splitsJiraWikiHeadingsBoldAndLabelledLines() {
        List<Section> sections = split(Fixtures.text("sections/jira-wiki.txt"));

        assertThat(sections.subList(2, sections.size())).extracting(s -> s.kind().name(), s -> Integer.toString(s.parent()), Section::title)
                .containsExactly(Table.rows("""
                        DESCRIPTION         | -1 |
                        STEPS_TO_REPRODUCE  |  2 | Steps to reproduce
                        EXPECTED            |  2 | Expected result
                        ACTUAL              |  2 | Actual
                        STACK_TRACE         |  5 |
                        CODE                |  5 |
                        ROOT_CAUSE          |  2 | Root cause
                        """));
        assertThat(sections.get(2).text()).isEqualTo("The NameNode does not come up after the upgrade.");
        assertThat(sections.get(3).text()).isEqualTo("# Upgrade a cluster from 3.2.2\n# Start the NameNode");
        assertThat(sections.get(5).text()).isEqualTo("it exits at once.");
        assertThat(sections.get(6).text()).startsWith("2021-09-30 17:20:01,123 ERROR").endsWith("(NameNode.java:689)");
        assertThat(sections.get(7).text()).isEqualTo("dfs.namenode.name.dir=/data/nn");
    }

    @Test
    void splitsStackTraceOutOfDescriptionWithoutFences() {
        List<Section> sections = split(Fixtures.text("sections/markdown.md"));

        Section trace = sections.stream().filter(s -> s.kind() == SectionKind.STACK_TRACE).findFirst().orElseThrow();
        assertThat(trace.text()).startsWith("Exception in thread \"main\" java.io.IOException: stream closed").endsWith("... 12 more");
        assertThat(sections.get(trace.parent()).kind()).isEqualTo(SectionKind.EXPECTED);
    }

    @Test
    void splitsLogLinesIntoTheirOwnSectionAndLeavesALoneLevelWordInProse() {
        List<Section> sections = split("""
                The DataNode stops heartbeating.
                2021-09-30 17:20:01,123 WARN datanode.DataNode: Slow BlockReceiver write packet to mirror took 31000ms
                2021-09-30 17:20:05,456 ERROR datanode.DataNode: Exception in BPOfferService
                java.io.IOException: Connection reset by peer
                \tat org.apache.hadoop.hdfs.server.datanode.BPServiceActor.offerService(BPServiceActor.java:712)
                ERROR is what the operator saw first.
                {noformat}
                15/03/02 10:11:12 INFO mapreduce.Job: map 0% reduce 0%
                15/03/02 10:11:40 INFO mapreduce.Job: Task Id : attempt_1, Status : FAILED
                {noformat}
                """);

        assertThat(sections.subList(2, sections.size())).extracting(Section::kind).containsExactly(
                SectionKind.DESCRIPTION, SectionKind.LOG, SectionKind.STACK_TRACE, SectionKind.LOG);
        assertThat(sections.get(3).text()).startsWith("2021-09-30 17:20:01,123 WARN").endsWith("ERROR datanode.DataNode: Exception in BPOfferService");
        assertThat(sections.get(2).text()).isEqualTo("The DataNode stops heartbeating.\nERROR is what the operator saw first.");
    }

    @Test
    void splitsMarkdownHeadingsAndFences() {
        List<Section> sections = split(Fixtures.text("sections/markdown.md"));

        assertThat(sections.subList(2, sections.size())).extracting(s -> s.kind().name(), Section::title).containsExactly(Table.rows("""
                DESCRIPTION         |
                ENVIRONMENT         | Environment
                STEPS_TO_REPRODUCE  | Steps to reproduce
                EXPECTED            | Expected behavior
                STACK_TRACE         |
                OTHER               | Notes from triage
                CODE                |
                """));
        assertThat(sections.get(5).text()).isEqualTo("the upload finishes.");
        assertThat(sections.get(8).text()).isEqualTo("<name>fs.s3a.fast.upload</name>");
    }

    @Test
    void makesEachCommentARootOfItsOwnSections() {
        TicketComment comment = new TicketComment("Ana", null, "Root cause: a race.\n{code}\nsynchronized (lock) {}\n{code}");

        List<Section> sections = SectionSplitter.split(ticket("", List.of(comment)));

        assertThat(sections.subList(2, sections.size())).extracting(Section::kind, Section::parent, Section::title, Section::text).containsExactly(
                tuple(SectionKind.COMMENT, -1, "Ana", ""),
                tuple(SectionKind.ROOT_CAUSE, 2, "Root cause", "a race."),
                tuple(SectionKind.CODE, 3, "", "synchronized (lock) {}"));
    }

    @Test
    void leavesProseWithColonsThatNameNoSectionAlone() {
        List<Section> sections = split("Note: this only happens on Tuesdays.\nSee HADOOP-2.");

        assertThat(sections).hasSize(3);
        assertThat(sections.get(2).text()).isEqualTo("Note: this only happens on Tuesdays.\nSee HADOOP-2.");
    }

    @Test
    void readsHeadingPhrasesAsJiraUsersWriteThem() {
        List<Section> sections = split("h2. How to reproduce (Hadoop-2.8.5)?\nrun it\n*How-to-Fix:*\npatch it\n"
                + "h3. Where's the bug?\nhere\nh3. Test Environment:\nUbuntu\nh3. Steps to reproduce on a secure cluster\nkinit\n"
                + "h3. Stepsister\nnot a heading phrase");

        assertThat(sections.subList(3, sections.size())).extracting(Section::kind).containsExactly(
                SectionKind.STEPS_TO_REPRODUCE, SectionKind.RESOLUTION, SectionKind.ROOT_CAUSE, SectionKind.ENVIRONMENT,
                SectionKind.STEPS_TO_REPRODUCE, SectionKind.OTHER);
    }
}
