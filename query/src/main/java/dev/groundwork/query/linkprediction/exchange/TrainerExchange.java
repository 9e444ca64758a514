package dev.groundwork.query.linkprediction.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.AtomicFile;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.Split;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The bridge to distributed trainers: writes a graph's triples in the layouts DGL-KE and
 * PyTorch-BigGraph read, and turns the embeddings they (or any trainer writing a plain TSV) saved
 * into a Groundwork {@link LinkPredictor} that serves predictions, complex queries and evaluation.
 * Train a graph of hundreds of millions of edges on a GPU cluster; serve it here.
 *
 * <p>Stateless and thread-safe; every file is written whole or not at all ({@link AtomicFile}).
 *
 * <pre>{@code
 * TrainerExchange.Export e = TrainerExchange.exportTriples(splits, TrainerFormat.DGLKE, dir, ModelType.COMPLEX, 400);
 * System.out.println(e.nextStep());                     // the dglke_train command to run
 * LinkPredictor m = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, savedDir, Optional.empty());
 * m.save(Path.of("fb15k.model"));
 * }</pre>
 */
public final class TrainerExchange {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Split, String> SPLIT_STEM = Map.of(Split.TRAIN, "train", Split.VALID, "valid", Split.TEST, "test");

    /**
     * What an export wrote.
     *
     * @param files the files written, in order
     * @param entities distinct entities
     * @param relations distinct relations
     * @param triples triples per split ({@code train}, {@code valid}, {@code test}; empty splits have no file)
     * @param nextStep the command that trains (DGL-KE) or imports (PBG) the files, to run where the trainer is installed
     */
    public record Export(List<Path> files, int entities, int relations, Map<String, Integer> triples, String nextStep) {
        public Export {
            files = List.copyOf(files);
            triples = Map.copyOf(triples);
        }
    }

    private TrainerExchange() {}

    /**
     * Writes {@code data} into {@code dir} in {@code format}'s layout. {@code type} and
     * {@code dimension} only shape the suggested training (the DGL-KE command, PBG's config).
     *
     * @throws BadInputException if a name holds a tab or a line break (no TSV layout can carry it),
     *     or {@code dimension} is not positive
     */
    public static Export exportTriples(TripleSplits data, TrainerFormat format, Path dir, ModelType type, int dimension) {
        if (dimension <= 0) {
            throw new BadInputException("dimension must be positive, got " + dimension);
        }
        if (format == TrainerFormat.PBG && type == ModelType.TRANSE_L1) {
            throw new BadInputException("--type transe_l1 cannot be trained by PyTorch-BigGraph, whose comparators are"
                    + " dot, cos, l2 and squared_l2; use transe_l2 (translation with l2) or --format dglke");
        }
        List<String> entities = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        Map<String, Integer> entityIds = new LinkedHashMap<>();
        Map<String, Integer> relationIds = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            for (Triple t : data.get(split)) {
                id(entityIds, entities, t.head(), t);
                id(relationIds, relations, t.relation(), t);
                id(entityIds, entities, t.tail(), t);
            }
        }
        List<Path> files = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> splitFiles = new ArrayList<>();
        String extension = format == TrainerFormat.TSV ? ".txt" : ".tsv";
        if (format == TrainerFormat.DGLKE) {
            files.add(writeLines(dir.resolve("entities.dict"), w -> writeIdMap(w, entities)));
            files.add(writeLines(dir.resolve("relations.dict"), w -> writeIdMap(w, relations)));
        }
        for (Split split : Split.values()) {
            List<Triple> triples = data.get(split);
            if (triples.isEmpty()) {
                continue;
            }
            String name = SPLIT_STEM.get(split) + extension;
            files.add(writeLines(dir.resolve(name), w -> {
                for (Triple t : triples) {
                    if (format == TrainerFormat.DGLKE) {
                        w.write(entityIds.get(t.head()) + "\t" + relationIds.get(t.relation()) + "\t" + entityIds.get(t.tail()) + "\n");
                    } else {
                        w.write(t.head() + "\t" + t.relation() + "\t" + t.tail() + "\n");
                    }
                }
            }));
            splitFiles.add(name);
            counts.put(SPLIT_STEM.get(split), triples.size());
        }
        String next = switch (format) {
            case DGLKE -> "dglke_train --model_name " + dglKeModel(type) + " --dataset groundwork --data_path " + dir
                    + " --format udd_hrt --delimiter '\\t' --data_files entities.dict relations.dict " + String.join(" ", splitFiles)
                    + " --hidden_dim " + dimension + " --save_path " + dir.resolve("ckpts")
                    + "   # then: groundwork import embeddings --format dglke " + dir.resolve("ckpts") + "/<run> --out FILE.model";
            case PBG -> {
                files.add(writeLines(dir.resolve("config.py"), w -> w.write(pbgConfig(dir, splitFiles, type, dimension))));
                yield "torchbiggraph_import_from_tsv --lhs-col=0 --rel-col=1 --rhs-col=2 " + dir.resolve("config.py") + " "
                        + String.join(" ", splitFiles.stream().map(f -> dir.resolve(f).toString()).toList())
                        + " && torchbiggraph_train " + dir.resolve("config.py") + " -p edge_paths=" + dir.resolve("train_partitioned");
            }
            case TSV -> "any trainer that reads head<TAB>relation<TAB>tail files (PyKEEN: TriplesFactory.from_path), then "
                    + "groundwork import embeddings --format tsv DIR (entity_embeddings.tsv, relation_embeddings.tsv) --type "
                    + type.name().toLowerCase(Locale.ROOT) + " --out FILE.model";
        };
        return new Export(files, entities.size(), relations.size(), counts, next);
    }

    /**
     * Reads embeddings a trainer saved in {@code dir} as a model. For DGL-KE, {@code dir} holds one
     * {@code *_entity.npy} and one {@code *_relation.npy}, the id maps ({@code entities.tsv} /
     * {@code relations.tsv}, or the {@code .dict} files of the data set, copied beside them) and, if
     * present, {@code config.json}, whose {@code model} must agree with {@code type} or stands for it
     * when {@code type} is empty. For TSV, {@code dir} holds {@code entity_embeddings.tsv} and
     * {@code relation_embeddings.tsv}, and {@code type} is required.
     *
     * <p>For PBG, {@code dir} is the checkpoint directory ({@code checkpoint_path}: {@code config.json},
     * {@code checkpoint_version.txt}, {@code embeddings_<type>_<part>.vN.h5}, {@code model.vN.h5}); the
     * importer's {@code entity_names_<type>_<part>.json} and {@code dynamic_rel_names.json} are read
     * from {@code dir} or from the config's {@code entity_path}. The model type follows from the
     * config's operator and comparator; {@code type}, if given, must agree.
     *
     * <p>A TransE model needs its margin {@code gamma} ({@code score = gamma - ||h + r - t||_p}):
     * DGL-KE's {@code config.json} holds it ({@code "gamma"}); otherwise, or to override it, pass
     * {@code gamma}. The bilinear models ignore it.
     *
     * @throws BadInputException naming the file and what was expected when a file is missing,
     *     malformed, of another model, or of sizes that do not agree
     */
    public static LinkPredictor importEmbeddings(TrainerFormat format, Path dir, Optional<ModelType> type, OptionalDouble gamma) {
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("embeddings directory '" + dir + "' does not exist");
        }
        return switch (format) {
            case DGLKE -> importDglKe(dir, type, gamma);
            case TSV -> {
                ModelType t = type.orElseThrow(() -> new BadInputException(
                        "--type is required for --format tsv (complex, distmult, transe_l1 or transe_l2): a TSV table does not say its model"));
                EmbeddingTsv.Table e = EmbeddingTsv.read(dir.resolve("entity_embeddings.tsv"));
                EmbeddingTsv.Table r = EmbeddingTsv.read(dir.resolve("relation_embeddings.tsv"));
                if (e.width() != r.width()) {
                    throw new BadInputException("entity rows have " + e.width() + " values but relation rows " + r.width()
                            + "; both tables must have the same width for " + t.name().toLowerCase(Locale.ROOT));
                }
                yield LinkPredictor.fromEmbeddings(t, margin(t, gamma, OptionalDouble.empty(), dir), e.width(), e.names(), e.values(),
                        r.names(), r.values());
            }
            case PBG -> PbgCheckpoint.read(dir, type, gamma);
        };
    }

    private static LinkPredictor importDglKe(Path dir, Optional<ModelType> requested, OptionalDouble gamma) {
        Path entityFile = single(dir, "_entity.npy");
        Path relationFile = single(dir, "_relation.npy");
        Optional<JsonNode> config = dglKeConfig(dir.resolve("config.json"));
        Optional<ModelType> configured = config.flatMap(c -> dglKeConfigModel(dir.resolve("config.json"), c));
        if (requested.isPresent() && configured.isPresent() && requested.get() != configured.get()) {
            throw new BadInputException("--type " + requested.get().name().toLowerCase(Locale.ROOT) + " disagrees with "
                    + dir.resolve("config.json") + ", which says the embeddings are " + dglKeModel(configured.get()));
        }
        ModelType type = requested.or(() -> configured).orElseThrow(() -> new BadInputException(
                "no config.json in " + dir + " says which model made the embeddings; give --type complex, distmult, transe_l1 or transe_l2"));
        OptionalDouble configuredGamma = config.map(c -> c.path("gamma")).filter(JsonNode::isNumber)
                .map(g -> OptionalDouble.of(g.asDouble())).orElse(OptionalDouble.empty());
        float margin = margin(type, gamma, configuredGamma, dir);
        List<String> entities = IdMap.read(firstExisting(dir, "entities.tsv", "entities.dict"));
        List<String> relations = IdMap.read(firstExisting(dir, "relations.tsv", "relations.dict"));
        Npy.Matrix e = Npy.read(entityFile);
        Npy.Matrix r = Npy.read(relationFile);
        if (e.rows() != entities.size() || r.rows() != relations.size()) {
            throw new BadInputException("DGL-KE embeddings in " + dir + " have " + e.rows() + " entity and " + r.rows()
                    + " relation rows, but the id maps name " + entities.size() + " entities and " + relations.size() + " relations");
        }
        if (e.columns() != r.columns()) {
            throw new BadInputException(relationFile + " has " + r.columns() + " columns but " + entityFile + " has " + e.columns()
                    + "; " + dglKeModel(type) + " keeps entity and relation embeddings of one width");
        }
        return LinkPredictor.fromEmbeddings(type, margin, e.columns(), entities, e.values(), relations, r.values());
    }

    /**
     * The margin of a TransE model: the one given, else the trainer's, else an error; 0 for the
     * bilinear models, which have none.
     */
    static float margin(ModelType type, OptionalDouble given, OptionalDouble trainers, Path dir) {
        if (!type.isDistance()) {
            return 0f;
        }
        OptionalDouble gamma = given.isPresent() ? given : trainers;
        if (gamma.isEmpty()) {
            throw new BadInputException("TransE embeddings in " + dir + " need their margin: give --gamma G (the gamma they were trained"
                    + " with; score = gamma - ||h + r - t||), none was given and no trainer config in the directory holds it");
        }
        return (float) gamma.getAsDouble();
    }

    /** DGL-KE's {@code config.json}, if the file exists. */
    private static Optional<JsonNode> dglKeConfig(Path config) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(config.toFile()));
        } catch (IOException e) {
            throw new BadInputException(config + " is not valid JSON: " + e.getMessage());
        }
    }

    /** The model named by DGL-KE's {@code config.json} ({@code model}, as its {@code save_model} writes it). */
    private static Optional<ModelType> dglKeConfigModel(Path config, JsonNode root) {
        String model = root.path("model").asText(root.path("model_name").asText(""));
        return switch (model) {
            case "ComplEx" -> Optional.of(ModelType.COMPLEX);
            case "DistMult" -> Optional.of(ModelType.DISTMULT);
            // DGL-KE: "if model_name == 'TransE' or model_name == 'TransE_l2': TransEScore(gamma, 'l2')".
            case "TransE", "TransE_l2" -> Optional.of(ModelType.TRANSE_L2);
            case "TransE_l1" -> Optional.of(ModelType.TRANSE_L1);
            case "" -> Optional.empty();
            default -> throw new BadInputException(config + " names model '" + model
                    + "'; Groundwork serves ComplEx, DistMult, TransE_l1 and TransE_l2 embeddings (RotatE, RESCAL, TransR and SimplE are not supported)");
        };
    }

    private static String dglKeModel(ModelType type) {
        return switch (type) {
            case COMPLEX -> "ComplEx";
            case DISTMULT -> "DistMult";
            case TRANSE_L1 -> "TransE_l1";
            case TRANSE_L2 -> "TransE_l2";
        };
    }

    private static String pbgConfig(Path dir, List<String> splitFiles, ModelType type, int dimension) {
        // PBG's operators and comparators ("From entity embeddings to relation scores"); it has no L1 comparator.
        String operator = switch (type) {
            case COMPLEX -> "complex_diagonal";
            case DISTMULT -> "diagonal";
            case TRANSE_L2 -> "translation";
            case TRANSE_L1 -> throw new IllegalStateException("refused by exportTriples");
        };
        String comparator = type == ModelType.TRANSE_L2 ? "l2" : "dot";
        return """
                # PyTorch-BigGraph configuration written by `groundwork export triples --format pbg`.
                # Import the edges first (torchbiggraph_import_from_tsv), then train (torchbiggraph_train).
                def get_torchbiggraph_config():
                    return dict(
                        entity_path=%s,
                        edge_paths=[%s],
                        checkpoint_path=%s,
                        entities={"all": {"num_partitions": 1}},
                        relations=[{"name": "all_edges", "lhs": "all", "rhs": "all", "operator": %s}],
                        dynamic_relations=True,
                        dimension=%d,
                        global_emb=False,
                        comparator=%s,
                        loss_fn="softmax",
                        lr=0.1,
                        num_epochs=50,
                        regularization_coef=1e-3,
                        eval_fraction=0,
                    )
                """.formatted(python(dir.toString()),
                String.join(", ", splitFiles.stream().map(f -> python(dir.resolve(f.replace(".tsv", "_partitioned")).toString())).toList()),
                python(dir.resolve("model").toString()), python(operator), dimension, python(comparator));
    }

    private static String python(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void id(Map<String, Integer> ids, List<String> names, String name, Triple in) {
        if (!ids.containsKey(name)) {
            if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                throw new BadInputException("name '" + name.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                        + "' of triple (" + in.head() + ", " + in.relation() + ", " + in.tail()
                        + ") holds a tab or a line break, which no TSV layout can carry");
            }
            ids.put(name, names.size());
            names.add(name);
        }
    }

    private static void writeIdMap(Writer w, List<String> names) throws IOException {
        for (int i = 0; i < names.size(); i++) {
            w.write(i + "\t" + names.get(i) + "\n");
        }
    }

    @FunctionalInterface
    private interface Lines {
        void write(Writer w) throws IOException;
    }

    private static Path writeLines(Path file, Lines lines) {
        AtomicFile.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            lines.write(w);
            w.flush();
        });
        return file;
    }

    private static Path single(Path dir, String suffix) {
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list '" + dir + "'", e);
        }
        if (found.size() != 1) {
            throw new BadInputException("expected one *" + suffix + " file in " + dir + " (DGL-KE's <dataset>_<model>" + suffix
                    + "), found " + (found.isEmpty() ? "none" : found.stream().map(p -> p.getFileName().toString()).toList()));
        }
        return found.getFirst();
    }

    private static Path firstExisting(Path dir, String... names) {
        for (String n : names) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return dir.resolve(n);
            }
        }
        throw new NotFoundException("no id mapping file in " + dir + "; expected one of " + List.of(names)
                + " (copy the data set's .dict files beside the embeddings if dglke_train did not write .tsv maps)");
    }
}
