package dev.groundwork.ingest.sports;

import static dev.groundwork.ingest.sports.SportsStatements.TEAM;
import static dev.groundwork.ingest.sports.SportsStatements.TEAM_ALIAS;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ingestors of a source that may overlap another (openfootball, StatsBomb) share: the writer, the
 * {@link Identities} that merge their records into what other sources hold, the progress, the rows read per file, and
 * the resolution of the source's teams. Not thread-safe; one per ingest run of a source.
 */
abstract class SourceIngestor {
    final Rows writer;
    final Identities ids;
    final FileProgress progress;
    /** The rows read per file, for the summary. */
    final Map<String, Long> rowsPerFile = new LinkedHashMap<>();
    /** Teams resolved so far: this source's id to the graph's. */
    private final Map<String, String> teams = new HashMap<>();

    SourceIngestor(Rows writer, Identities ids, FileProgress progress) {
        this.writer = writer;
        this.ids = ids;
        this.progress = progress;
    }

    /**
     * The graph's id of the team this source calls {@code ownId} and {@code name}. The first time it is seen it is
     * written: as a new Team with {@code props}, or, when another source holds it already, as {@code aliasProps} on
     * that Team.
     */
    String team(String ownId, String name, Map<String, Object> props, Map<String, Object> aliasProps, String source, long record) {
        String known = teams.get(ownId);
        if (known != null) {
            return known;
        }
        String id = ids.team(ownId, name);
        teams.put(ownId, id);
        boolean merged = !id.equals(ownId);
        writer.write(merged ? TEAM_ALIAS : TEAM, source, record, Map.of("key", id, "props", merged ? aliasProps : props));
        return id;
    }
}
