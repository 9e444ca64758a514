package dev.groundwork.ingest.tickets.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.groundwork.graph.testing.Table;
import dev.groundwork.ingest.tickets.Fixtures;
import dev.groundwork.ingest.tickets.TicketRecord;
import dev.groundwork.ingest.tickets.sections.Section;
import dev.groundwork.ingest.tickets.sections.SectionSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

    private static TicketRecord ticket(String description) {
        return new TicketRecord("HADOOP-7", "S3A write fails", "", "", "", "", "", null, null,
                List.of("fs/s3"), List.of("3.3.1"), List.of("3.4.0"), List.of("aws"), description, List.of(), List.of(), "t.csv", 1);
    }

    private static List<Mention> mentions(String description) {
        TicketRecord t = ticket(description);
        List<Section> sections = SectionSplitter.split(t);
        return MentionExtractor.extract(t, sections);
    }

    @Test
    void tiesFieldMentionsToTheFieldsSection() {
        assertThat(mentions("")).extracting(Mention::kind, Mention::value, Mention::section).containsExactly(
                tuple(MentionKind.COMPONENT, "fs/s3", 1),
                tuple(MentionKind.VERSION, "3.3.1", 1),
                tuple(MentionKind.VERSION, "3.4.0", 1),
                tuple(MentionKind.LABEL, "aws", 1));
    }

    @Test
    void findsExceptionsErrorCodesAndOtherTicketsInText() {
        List<Mention> found = mentions(Fixtures.text("mentions/errors.txt")).stream().filter(m -> m.section() == 2).toList();

        assertThat(found).extracting(m -> m.kind().name(), Mention::value).containsExactly(Table.rows("""
                EXCEPTION   | java.nio.file.AccessDeniedException
                EXCEPTION   | NullPointerException
                ERROR_CODE  | HTTP 403
                ERROR_CODE  | HTTP 503
                ERROR_CODE  | ORA-00942
                ERROR_CODE  | EACCES
                ERROR_CODE  | errno 13
                ERROR_CODE  | exit code 143
                ERROR_CODE  | ERROR_NO_SUCH_METHOD
                ERROR_CODE  | SlowDown
                TICKET_KEY  | HADOOP-1234
                TICKET_KEY  | YARN-99
                """));
    }

    @Test
    void reportsEachMentionOncePerSection() {
        assertThat(mentions("HDFS-1 then HDFS-1 again")).filteredOn(m -> m.kind() == MentionKind.TICKET_KEY)
                .extracting(Mention::value).containsExactly("HDFS-1");
    }

    @Test
    void takesTheTopFramesOfEachStackTraceAndConfigurationKeys() {
        String text = """
                Setting dfs.namenode.name.dir to a missing path (see core-site.xml, org.apache.hadoop.fs and s3.amazonaws.com) fails:
                java.io.IOException: no such directory
                \tat org.apache.hadoop.hdfs.server.namenode.FSImage.recoverStorageDirs(FSImage.java:391)
                \tat org.apache.hadoop.hdfs.server.namenode.FSImage.recoverTransitionRead(FSImage.java:227)
                \tat org.apache.hadoop.hdfs.server.namenode.FSNamesystem.loadFSImage(FSNamesystem.java:1090)
                \tat org.apache.hadoop.hdfs.server.namenode.FSNamesystem.loadFromDisk(FSNamesystem.java:712)
                Caused by: java.lang.IllegalStateException: closed
                \tat org.example.Store.<init>(Store.java:5)
                """;
        assertThat(mentions(text)).filteredOn(m -> m.kind() == MentionKind.FRAME || m.kind() == MentionKind.CONFIG_KEY)
                .extracting(m -> m.kind().name(), Mention::value).containsExactlyInAnyOrder(Table.rows("""
                        FRAME       | org.apache.hadoop.hdfs.server.namenode.FSImage.recoverStorageDirs
                        FRAME       | org.apache.hadoop.hdfs.server.namenode.FSImage.recoverTransitionRead
                        FRAME       | org.apache.hadoop.hdfs.server.namenode.FSNamesystem.loadFSImage
                        FRAME       | org.example.Store.<init>
                        CONFIG_KEY  | dfs.namenode.name.dir
                        """));
    }
}
