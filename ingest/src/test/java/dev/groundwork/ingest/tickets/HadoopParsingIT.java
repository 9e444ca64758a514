package dev.groundwork.ingest.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groundwork.ingest.tickets.mentions.Mention;
import dev.groundwork.ingest.tickets.mentions.MentionExtractor;
import dev.groundwork.ingest.tickets.sections.Section;
import dev.groundwork.graph.tickets.SectionKind;
import dev.groundwork.ingest.tickets.sections.SectionSplitter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Parses the real GitBugs Hadoop export, which a user's clone does not have, so it only runs when pointed at it:
 * {@code ./mvnw -o -pl graph,ingest verify -Dit.test=HadoopParsingIT -Dgroundwork.tickets.hadoop=DIR}. Counts go to the
 * test's output file.
 */
@EnabledIfSystemProperty(named = "groundwork.tickets.hadoop", matches = ".+")
class HadoopParsingIT {

    @Test
    void parsesEveryHadoopBugWithItsDuplicates() {
        Path dir = Path.of(System.getProperty("groundwork.tickets.hadoop"));
        Map<SectionKind, Integer> sections = new EnumMap<>(SectionKind.class);
        int[] mentionsAndLinks = new int[2];
        ParseSummary summary = TicketParser.parse(TicketFormat.CSV, List.of(dir.resolve("bugs.csv")),
                ParseOptions.defaults().withCsvLinks(dir.resolve("duplicates.csv")), ticket -> {
                    List<Section> split = SectionSplitter.split(ticket);
                    split.forEach(s -> sections.merge(s.kind(), 1, Integer::sum));
                    List<Mention> mentions = MentionExtractor.extract(ticket, split);
                    mentionsAndLinks[0] += mentions.size();
                    mentionsAndLinks[1] += ticket.links().size();
                });

        System.out.println(summary);
        System.out.println("sections " + sections + ", mentions " + mentionsAndLinks[0] + ", links " + mentionsAndLinks[1]);
        assertThat(summary.records()).isPositive();
        assertThat(summary.errors()).isEmpty();
    }
}
