package dev.groundwork.ingest.triples;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.batch.WriteCounts;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.bulk.EdgeSet;
import dev.groundwork.graph.bulk.ImportCsv;
import dev.groundwork.graph.bulk.ImportFiles;
import dev.groundwork.graph.bulk.KeyIds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes triples into files in the {@code neo4j-admin database import} format with exactly what
 * {@link TripleIngest#ingest} writes through transactions into an empty store: one {@code Entity} per
 * key ({@code key}, {@code dataset} when given, {@code gwRun}, {@code gwLastRun}, and the
 * {@code gwSource}/{@code gwRecord} of the last line that names it, since every merge sets them), one
 * relationship per (head, type, tail) with the last such line's {@code name}, {@code gwSource} and
 * {@code gwRecord}. Everything is kept in compact arrays until {@link #finish()}, because a repeat
 * changes what the first line wrote. Node ids are the keys' numbers ({@code --id-type=actual}).
 *
 * <p>Not thread-safe: one per run.
 */
final class TripleImportFiles implements TripleReader.Handler {
    private static final String LABEL = "Entity";
    // What the transactional merge sets (WriteStatement.mergeNode / mergeRelationship), so a bulk load looks the same.
    private static final List<String> PROVENANCE_COLUMNS = List.of(Provenance.RUN, Provenance.LAST_RUN, Provenance.SOURCE,
            Provenance.RECORD + ":long");

    private final Path dir;
    private final String runId;
    private final String dataset;
    /** Triples read, and malformed lines skipped. */
    private long triples;
    private long bad;
    private final KeyIds keys = new KeyIds();
    private final EdgeSet edges = new EdgeSet();
    private final KeyIds sources = new KeyIds();
    private final KeyIds types = new KeyIds();
    private final KeyIds names = new KeyIds();
    private int[] nodeSource = new int[1024];
    private long[] nodeRecord = new long[1024];
    private int[] edgeHead = new int[1024];
    private int[] edgeTail = new int[1024];
    private int[] edgeType = new int[1024];
    private int[] edgeName = new int[1024];
    private int[] edgeSource = new int[1024];
    private long[] edgeRecord = new long[1024];

    TripleImportFiles(Path dir, String runId, String dataset) {
        this.dir = dir;
        this.runId = runId;
        this.dataset = dataset;
    }

    @Override
    public void triple(Path file, long line, TripleReader.Triple t) {
        triples++;
        int source = id(sources, file.getFileName().toString());
        int head = entity(t.head(), source, line);
        int tail = entity(t.tail(), source, line);
        int type = id(types, t.type());
        int n = edges.number(head, type, tail);
        if (n == edgeHead.length) {
            edgeHead = Arrays.copyOf(edgeHead, n * 2);
            edgeTail = Arrays.copyOf(edgeTail, n * 2);
            edgeType = Arrays.copyOf(edgeType, n * 2);
            edgeName = Arrays.copyOf(edgeName, n * 2);
            edgeSource = Arrays.copyOf(edgeSource, n * 2);
            edgeRecord = Arrays.copyOf(edgeRecord, n * 2);
        }
        // A repeat overwrites: the transactional SET r += row.props, r.gwSource, r.gwRecord keeps the last line.
        edgeHead[n] = head;
        edgeTail[n] = tail;
        edgeType[n] = type;
        edgeName[n] = id(names, t.relation());
        edgeSource[n] = source;
        edgeRecord[n] = line;
    }

    @Override
    public void bad() {
        bad++;
    }

    private int entity(String key, int source, long line) {
        int id = id(keys, key);
        if (id == nodeSource.length) {
            nodeSource = Arrays.copyOf(nodeSource, id * 2);
            nodeRecord = Arrays.copyOf(nodeRecord, id * 2);
        }
        nodeSource[id] = source;
        nodeRecord[id] = line;
        return id;
    }

    private static int id(KeyIds ids, String key) {
        int id = ids.get(key);
        return id >= 0 ? id : ids.add(key);
    }

    /** Writes the node and relationship files and their headers. */
    BulkLoad.Written finish() {
        List<String> nodeColumns = new ArrayList<>(List.of(":ID", "key"));
        if (!dataset.isEmpty()) {
            nodeColumns.add("dataset");
        }
        nodeColumns.addAll(PROVENANCE_COLUMNS);
        Path nodeHeader = dir.resolve("entities-header.csv");
        ImportCsv.header(nodeHeader, nodeColumns);
        boolean multiline;
        try (ImportCsv csv = ImportCsv.create(dir.resolve("entities.csv"))) {
            for (int id = 0; id < keys.size(); id++) {
                csv.value(id).string(keys.key(id));
                if (!dataset.isEmpty()) {
                    csv.string(dataset);
                }
                csv.string(runId).string(runId).string(sources.key(nodeSource[id])).value(nodeRecord[id]).endRow();
            }
            multiline = csv.multiline();
        }
        Path relationshipHeader = dir.resolve("links-header.csv");
        ImportCsv.header(relationshipHeader, Stream.concat(Stream.of(":START_ID", ":END_ID", ":TYPE", "name"),
                PROVENANCE_COLUMNS.stream()).toList());
        try (ImportCsv csv = ImportCsv.create(dir.resolve("links.csv"))) {
            for (int n = 0; n < edges.size(); n++) {
                csv.value(edgeHead[n]).value(edgeTail[n]).value(types.key(edgeType[n])).string(names.key(edgeName[n]))
                        .string(runId).string(runId).string(sources.key(edgeSource[n])).value(edgeRecord[n]).endRow();
            }
            multiline |= csv.multiline();
        }
        ImportFiles files = new ImportFiles(List.of(new ImportFiles.Group(LABEL, nodeHeader, List.of(dir.resolve("entities.csv")))),
                List.of(new ImportFiles.Group(null, relationshipHeader, List.of(dir.resolve("links.csv")))), multiline, "actual");
        // As BatchWriter counts them: three rows per triple (two entity merges, one link), a row that created nothing
        // counts as updated; a bad line is skipped and an error.
        long records = 3 * triples;
        WriteCounts counts = new WriteCounts(records, keys.size(), edges.size(), records - keys.size() - edges.size(), bad, bad);
        List<String> typeNames = new TreeSet<>(java.util.stream.IntStream.range(0, types.size()).mapToObj(types::key).toList())
                .stream().toList();
        return new BulkLoad.Written(files, counts, keys.size() == 0 ? List.of() : List.of(LABEL), typeNames);
    }
}
