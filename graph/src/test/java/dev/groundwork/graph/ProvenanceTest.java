package dev.groundwork.graph;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvenanceTest {
    @Test
    void theFragmentsSetTheRunOnCreateAndTheLastRunSourceAndRecordOnEveryWrite() {
        assertThat(Provenance.created("n")).isEqualTo("n.gwRun = $run");
        assertThat(Provenance.written("r")).isEqualTo("r.gwLastRun = $run, r.gwSource = row.source, r.gwRecord = row.record");
        assertThat(Provenance.createdEntries()).isEqualTo("gwRun: $run, gwLastRun: $run, gwSource: row.source, gwRecord: row.record");
    }

    @Test
    void aVariableThatIsNotAPlainNameIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Provenance.written("n) DETACH DELETE (n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 'n) DETACH DELETE (n'");
    }

    @Test
    void stripLeavesOutEveryBookkeepingPropertyAndKeepsTheRestInOrder() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("name", "Uruguay");
        stored.put(Provenance.RUN, "run-1");
        stored.put(Provenance.LAST_RUN, "run-2");
        stored.put(Provenance.SOURCE, "file:///matches.csv");
        stored.put(Provenance.RECORD, 12L);
        stored.put("gwJournalRun", "run-2");
        stored.put("code", "URU");

        assertThat(Provenance.strip(stored)).containsExactly(Map.entry("name", "Uruguay"), Map.entry("code", "URU"));
        assertThat(stored).hasSize(7);
    }
}
