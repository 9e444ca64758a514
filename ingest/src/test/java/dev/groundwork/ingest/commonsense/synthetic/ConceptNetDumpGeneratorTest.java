package dev.groundwork.ingest.commonsense.synthetic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptNetDumpGeneratorTest {

    @Test
    void conceptDegreesFollowAPowerLawWithHubs(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("cn.csv");
        ConceptNetDumpGenerator.write(dump, 5_000, 1);

        Map<String, Integer> degree = new HashMap<>();
        for (String line : Files.readAllLines(dump)) {
            String[] cols = line.split("\t");
            degree.merge(cols[2].replaceFirst("/[nva]$", ""), 1, Integer::sum);
            degree.merge(cols[3], 1, Integer::sum);
        }
        List<Integer> sorted = degree.values().stream().sorted().toList();
        int median = sorted.get(sorted.size() / 2);

        assertThat(sorted.getLast()).isGreaterThan(50 * median);
    }

    @Test
    void theSameSeedWritesTheSameDumpInConceptNetsColumns(@TempDir Path dir) throws Exception {
        ConceptNetDumpGenerator.write(dir.resolve("a.csv"), 100, 9);
        ConceptNetDumpGenerator.write(dir.resolve("b.csv"), 100, 9);

        List<String> lines = Files.readAllLines(dir.resolve("a.csv"));
        assertThat(lines).hasSize(100).isEqualTo(Files.readAllLines(dir.resolve("b.csv")));
        assertThat(lines.getFirst().split("\t")).hasSize(5);
        assertThat(lines.getFirst().split("\t")[1]).startsWith("/r/");
        assertThat(lines.getFirst().split("\t")[4]).contains("\"weight\": ");
    }
}
