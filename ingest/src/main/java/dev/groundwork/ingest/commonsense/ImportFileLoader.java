package dev.groundwork.ingest.commonsense;

import dev.groundwork.graph.Provenance;
import dev.groundwork.graph.batch.WriteCounts;
import dev.groundwork.graph.bulk.BulkLoad;
import dev.groundwork.graph.bulk.EdgeSet;
import dev.groundwork.graph.bulk.KeyIds;
import dev.groundwork.graph.bulk.ImportCsv;
import dev.groundwork.graph.bulk.ImportFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes chunks of assertions into files in the {@code neo4j-admin database import} format, with
 * exactly what {@link ChunkLoader} would write through transactions into an empty store: one
 * {@code Concept} node per URI ({@code uri name lang pos gwRun gwSource gwRecord}, the first mention
 * in the same order, RDF literals as properties, the last value of a key winning), one relationship
 * per (head, relation, tail) with the first line's {@code weight} and {@code source} and the run's
 * {@code gwRun}; repeats counted as skipped. Node ids are the concepts' numbers in order of first
 * mention, so the files are imported with {@code --id-type=actual} into a new database.
 * Relationships are streamed to their file; concepts are kept in memory (about 100 bytes each plus
 * their strings) and written by {@link #finish()}.
 *
 * <p>Not thread-safe: one thread (the pipeline's writer) per run.
 */
final class ImportFileLoader {
    private static final String LABEL = "Concept";
    private static final List<String> NODE_COLUMNS = List.of(":ID", "uri", "lang", "pos", Provenance.RUN, Provenance.SOURCE,
            Provenance.RECORD + ":long");
    private static final List<String> RELATIONSHIP_COLUMNS = List.of(":START_ID", ":END_ID", ":TYPE", "weight:double", "source",
            Provenance.RUN);

    private static final List<String> NAME_ONLY = List.of("name");
    private static final TreeMap<String, Object> EMPTY = new TreeMap<>();

    private final Path dir;
    private final String runId;
    private final ImportCsv relationships;
    private final KeyIds uris = new KeyIds();
    private final List<String> names = new ArrayList<>();
    private final List<String> langs = new ArrayList<>();
    private final List<String> poses = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private int[] sourceOf = new int[1024];
    private long[] recordOf = new long[1024];
    /** Literal properties by node id, in the order their keys were first set. */
    private final Map<Integer, Map<String, Object>> properties = new HashMap<>();
    private final EdgeSet edges = new EdgeSet();
    private final Map<String, Integer> relations = new LinkedHashMap<>();
    private long records;
    private long relationshipCount;
    private long updated;
    private long skipped;
    private long errors;
    /** Concepts a literal created that no assertion has named yet: ChunkLoader merges them again (one updated row) when one does. */
    private final java.util.BitSet literalOnly = new java.util.BitSet();

    ImportFileLoader(Path dir, String runId) {
        this.dir = dir;
        this.runId = runId;
        this.relationships = ImportCsv.create(dir.resolve("relationships.csv"));
    }

    void load(ChunkLoader.Chunk chunk) {
        skipped += chunk.skipped();
        errors += chunk.errors();
        // As ChunkLoader: the chunk's concepts first (heads and tails in line order), then its relationships, then its literals.
        int[] heads = new int[chunk.assertions().size()];
        int[] tails = new int[heads.length];
        for (int i = 0; i < heads.length; i++) {
            Assertion a = chunk.assertions().get(i);
            heads[i] = assertionConcept(a.head(), chunk.file(), a.line());
            tails[i] = assertionConcept(a.tail(), chunk.file(), a.line());
        }
        for (int i = 0; i < heads.length; i++) {
            Assertion a = chunk.assertions().get(i);
            int relation = relations.computeIfAbsent(a.relation(), t -> relations.size());
            if (!edges.add(heads[i], relation, tails[i])) {
                skipped++;
                continue;
            }
            relationships.value(heads[i]).value(tails[i]).value(a.relation()).value(a.weight()).string(a.dataset())
                    .value(runId).endRow();
            relationshipCount++;
            records++;
        }
        for (ChunkLoader.Literal l : chunk.literals()) {
            int before = uris.size();
            int id = concept(l.subject(), null, null, chunk.file(), l.line());
            // The literal statement counts its own rows; a row that created its node is not an update.
            if (id < before) {
                records++;
                updated++;
            } else {
                literalOnly.set(id);
            }
            properties.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(l.key(), l.value());
        }
    }

    private int assertionConcept(ConceptRef c, String file, long line) {
        int id = concept(c, c.lang(), c.pos(), file, line);
        if (literalOnly.get(id)) {
            literalOnly.clear(id);
            records++;
            updated++;
        }
        return id;
    }

    /** The node id of the concept, numbering it (and counting its row) if this run has not seen it. */
    private int concept(ConceptRef c, String lang, String pos, String file, long line) {
        int known = uris.get(c.uri());
        if (known >= 0) {
            return known;
        }
        int id = uris.add(c.uri());
        names.add(c.name());
        langs.add(lang);
        poses.add(pos);
        if (id == sourceOf.length) {
            sourceOf = Arrays.copyOf(sourceOf, id * 2);
            recordOf = Arrays.copyOf(recordOf, id * 2);
        }
        sourceOf[id] = fileIndex.computeIfAbsent(file, f -> {
            files.add(f);
            return files.size() - 1;
        });
        recordOf[id] = line;
        records++;
        return id;
    }

    /**
     * Writes the concepts (one node file per set of literal keys and types, since a header is fixed) and the
     * header files, and closes the relationship file.
     */
    BulkLoad.Written finish() {
        relationships.close();
        ImportCsv.header(dir.resolve("relationships-header.csv"), RELATIONSHIP_COLUMNS);
        boolean multiline = relationships.multiline();
        Map<List<String>, ImportCsv> groups = new LinkedHashMap<>();
        List<ImportFiles.Group> nodeGroups = new ArrayList<>();
        try {
            for (int id = 0; id < uris.size(); id++) {
                Map<String, Object> props = properties.get(id);
                // The name first (an rdfs:label literal replaces the local name), then the other keys sorted.
                TreeMap<String, Object> extra = props == null ? EMPTY : new TreeMap<>(props);
                Object name = extra.containsKey("name") ? extra.remove("name") : names.get(id);
                List<String> signature;
                if (props == null) {
                    // Most concepts have no literal: no signature to build and hash for them.
                    signature = NAME_ONLY;
                } else {
                    List<String> columns = new ArrayList<>();
                    columns.add(column("name", name));
                    extra.forEach((k, v) -> columns.add(column(k, v)));
                    signature = columns;
                }
                ImportCsv csv = groups.computeIfAbsent(signature, s -> {
                    String base = groups.isEmpty() ? "concepts" : "concepts-" + groups.size();
                    List<String> header = new ArrayList<>(NODE_COLUMNS);
                    header.addAll(s);
                    Path headerFile = dir.resolve(base + "-header.csv");
                    ImportCsv.header(headerFile, header);
                    Path data = dir.resolve(base + ".csv");
                    nodeGroups.add(new ImportFiles.Group(LABEL, headerFile, List.of(data)));
                    return ImportCsv.create(data);
                });
                csv.value(id).string(uris.key(id)).string(langs.get(id)).string(poses.get(id)).value(runId)
                        .string(files.get(sourceOf[id])).value(recordOf[id]);
                field(csv, name);
                extra.values().forEach(v -> field(csv, v));
                csv.endRow();
            }
        } finally {
            for (ImportCsv csv : groups.values()) {
                csv.close();
                multiline |= csv.multiline();
            }
        }
        ImportFiles importFiles = new ImportFiles(nodeGroups,
                List.of(new ImportFiles.Group(null, dir.resolve("relationships-header.csv"), List.of(relationships.path()))),
                multiline, "actual");
        WriteCounts counts = new WriteCounts(records, uris.size(), relationshipCount, updated, skipped, errors);
        return new BulkLoad.Written(importFiles, counts, uris.size() == 0 ? List.of() : List.of(LABEL), List.copyOf(new TreeSet<>(relations.keySet())));
    }

    private static String column(String key, Object value) {
        return switch (value) {
            case Long l -> key + ":long";
            case Double d -> key + ":double";
            case Boolean b -> key + ":boolean";
            default -> key;
        };
    }

    private static void field(ImportCsv csv, Object value) {
        if (value instanceof String s) {
            csv.string(s);
        } else {
            csv.value(value);
        }
    }
}
