package dev.groundwork.query.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void findsConfigurationKeysPathsClassNamesMembersAndVersions() {
        Map<String, Integer> ids = Identifiers.counts(
                "DataNode ignores dfs.datanode.data.dir in etc/hadoop/hdfs-site.xml since 3.3.1; getFileStatus fails. DataNode again.");

        assertThat(ids).containsEntry("datanode", 2).containsEntry("dfs.datanode.data.dir", 1)
                .containsEntry("etc/hadoop/hdfs-site.xml", 1).containsEntry("3.3.1", 1).containsEntry("getfilestatus", 1)
                .doesNotContainKeys("ignores", "since", "fails");
    }

    @Test
    void aRareSharedIdentifierScoresAboveACommonOneAndNoneSharedScoresZero() {
        Identifiers ids = Identifiers.of(Map.of(
                "rare", "The NameNode reads dfs.namenode.fs-limits.max-component-length",
                "common", "The NameNode restarts",
                "other", "The NameNode is slow",
                "none", "plain words only"), 4);
        Map<String, Integer> question = Identifiers.counts("NameNode rejects paths longer than dfs.namenode.fs-limits.max-component-length");

        assertThat(ids.score(question, "rare")).isGreaterThan(ids.score(question, "common"));
        assertThat(ids.score(question, "common")).isPositive();
        assertThat(ids.score(question, "none")).isZero();
        assertThat(ids.score(question, "unknown")).isZero();
    }
}
