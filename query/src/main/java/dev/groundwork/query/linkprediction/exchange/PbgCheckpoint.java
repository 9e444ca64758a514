package dev.groundwork.query.linkprediction.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A PyTorch-BigGraph checkpoint directory ({@code checkpoint_path}) read as a model, following PBG's
 * "I/O format" and "Dynamic relations" documentation and its {@code checkpoint_storage.py}:
 * {@code checkpoint_version.txt} names version N; {@code config.json} is the training config;
 * {@code embeddings_<type>_<part>.vN.h5} holds dataset {@code embeddings} (entities x dimension);
 * {@code model.vN.h5} holds {@code model/relations/<idx>/operator/<side>/<param>} and, with
 * {@code global_emb}, {@code model/entities/<type>/global_embedding}. Entity names come from the
 * importer's {@code entity_names_<type>_<part>.json} and dynamic relation names from
 * {@code dynamic_rel_names.json}, both in {@code entity_path}.
 *
 * <p>PBG scores an edge {@code (x, r, y)} as {@code m(x, g_r(y))}: the relation operator {@code g_r}
 * transforms the right-hand side and the comparator {@code m} compares ("From entity embeddings to
 * relation scores"). Groundwork's query form transforms the head, so the forward relation is the
 * operator's exact reciprocal ({@code complex_diagonal}: the conjugate; {@code diagonal}: itself;
 * {@code translation}: its negation) and the derived reciprocal slot is PBG's own right-hand operator.
 * Stateless.
 */
final class PbgCheckpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PbgCheckpoint() {}

    static LinkPredictor read(Path dir, Optional<ModelType> requested, OptionalDouble gamma) {
        JsonNode config = json(require(dir.resolve("config.json"), "PBG's training config (checkpoint_path/config.json)"));
        int version = version(require(dir.resolve("checkpoint_version.txt"), "PBG's checkpoint_version.txt"));
        if (config.path("bias").asBoolean(false)) {
            throw new BadInputException(dir.resolve("config.json") + " has \"bias\": true (the first coordinate is a bias added"
                    + " outside the comparator); Groundwork serves PBG embeddings trained without bias");
        }
        String comparator = config.path("comparator").asText("cos");
        boolean dynamic = config.path("dynamic_relations").asBoolean(false);
        JsonNode relationConfigs = config.path("relations");
        if (!relationConfigs.isArray() || relationConfigs.isEmpty()) {
            throw new BadInputException(dir.resolve("config.json") + " has no \"relations\" list");
        }
        String operator = relationConfigs.get(0).path("operator").asText("none");
        for (JsonNode r : relationConfigs) {
            if (!r.path("operator").asText("none").equals(operator)) {
                throw new BadInputException(dir.resolve("config.json") + " mixes operators (" + operator + ", "
                        + r.path("operator").asText("none") + "); Groundwork serves one scoring function for all relations");
            }
        }
        ModelType type = modelType(dir, operator, comparator);
        if (requested.isPresent() && requested.get() != type) {
            throw new BadInputException("--type " + requested.get().name().toLowerCase(Locale.ROOT) + " disagrees with "
                    + dir.resolve("config.json") + ", whose operator '" + operator + "' and comparator '" + comparator + "' are "
                    + type.name().toLowerCase(Locale.ROOT));
        }
        Path entityPath = entityPath(dir, config);

        List<String> entities = new ArrayList<>();
        List<float[]> blocks = new ArrayList<>();
        int width = config.path("dimension").asInt(0);
        try (HdfFile model = hdf(dir.resolve("model.v" + version + ".h5"))) {
            for (Iterator<Map.Entry<String, JsonNode>> it = config.path("entities").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entity = it.next();
                String name = entity.getKey();
                if (entity.getValue().path("featurized").asBoolean(false)) {
                    throw new BadInputException(dir.resolve("config.json") + ": entity type '" + name
                            + "' is featurized (an entity is the mean of its features); Groundwork serves one embedding per entity");
                }
                if (entity.getValue().path("dimension").isInt() && entity.getValue().path("dimension").asInt() != width) {
                    throw new BadInputException(dir.resolve("config.json") + ": entity type '" + name + "' has dimension "
                            + entity.getValue().path("dimension").asInt() + " but the model " + width
                            + "; Groundwork serves one width for all entities");
                }
                float[] global = config.path("global_emb").asBoolean(false)
                        ? floats(model, "model/entities/" + name + "/global_embedding", 1, width) : null;
                int parts = entity.getValue().path("num_partitions").asInt(1);
                for (int part = 0; part < parts; part++) {
                    List<String> names = names(entityPath.resolve("entity_names_" + name + "_" + part + ".json"));
                    Path file = dir.resolve("embeddings_" + name + "_" + part + ".v" + version + ".h5");
                    float[] rows;
                    try (HdfFile embeddings = hdf(file)) {
                        rows = floats(embeddings, "embeddings", names.size(), width);
                    }
                    if (global != null) {
                        // PBG's adjust_embs adds the type's global embedding before the operator and the comparator.
                        for (int i = 0; i < rows.length; i++) {
                            rows[i] += global[i % width];
                        }
                    }
                    entities.addAll(names);
                    blocks.add(rows);
                }
            }
            List<String> relations = new ArrayList<>();
            if (dynamic) {
                relations.addAll(names(entityPath.resolve("dynamic_rel_names.json")));
            } else {
                for (JsonNode r : relationConfigs) {
                    relations.add(r.path("name").asText());
                }
            }
            float[] relationTable = new float[relations.size() * width];
            for (int r = 0; r < relations.size(); r++) {
                String prefix = "model/relations/" + (dynamic ? 0 : r) + "/operator/rhs/";
                forwardRelation(model, prefix, dynamic, dynamic ? r : 0, dynamic ? relations.size() : 1, operator, type, width,
                        relationTable, r * width);
            }
            float[] entityTable = new float[entities.size() * width];
            int at = 0;
            for (float[] block : blocks) {
                System.arraycopy(block, 0, entityTable, at, block.length);
                at += block.length;
            }
            Set<String> seen = new HashSet<>();
            for (String e : entities) {
                if (!seen.add(e)) {
                    throw new BadInputException("entity '" + e + "' occurs twice in " + entityPath
                            + "'s entity_names files; Groundwork needs one embedding a name");
                }
            }
            float margin = TrainerExchange.margin(type, gamma, OptionalDouble.of(0), dir);
            return LinkPredictor.fromEmbeddings(type, margin, width, entities, entityTable, relations, relationTable);
        }
    }

    /** PBG's (operator, comparator) pairs that are a Groundwork model. */
    private static ModelType modelType(Path dir, String operator, String comparator) {
        if (comparator.equals("dot") && operator.equals("complex_diagonal")) {
            return ModelType.COMPLEX;
        }
        if (comparator.equals("dot") && (operator.equals("diagonal") || operator.equals("none"))) {
            return ModelType.DISTMULT;
        }
        if (comparator.equals("l2") && (operator.equals("translation") || operator.equals("none"))) {
            return ModelType.TRANSE_L2;
        }
        throw new BadInputException(dir.resolve("config.json") + " has operator '" + operator + "' with comparator '" + comparator
                + "'; Groundwork serves complex_diagonal or diagonal with dot (ComplEx, DistMult) and translation with l2 (TransE)");
    }

    /**
     * Writes relation {@code row}'s forward form (the reciprocal of its right-hand operator) at
     * {@code out[at]}. Dynamic operators hold all relations in one parameter of {@code rows} rows
     * ({@code real}, {@code imag}, {@code diagonals}, {@code translations}); a static one holds its
     * own 1-D parameter ({@code real}, {@code imag}, {@code diagonal}, {@code translation}).
     */
    private static void forwardRelation(HdfFile model, String prefix, boolean dynamic, int row, int rows, String operator,
            ModelType type, int width, float[] out, int at) {
        switch (operator) {
            case "complex_diagonal" -> {
                int half = width / 2;
                float[] real = floats(model, prefix + "real", rows, half);
                float[] imag = floats(model, prefix + "imag", rows, half);
                for (int i = 0; i < half; i++) {
                    out[at + i] = real[row * half + i];
                    out[at + half + i] = -imag[row * half + i];
                }
            }
            case "diagonal" -> System.arraycopy(floats(model, prefix + (dynamic ? "diagonals" : "diagonal"), rows, width),
                    row * width, out, at, width);
            case "translation" -> {
                float[] t = floats(model, prefix + (dynamic ? "translations" : "translation"), rows, width);
                for (int i = 0; i < width; i++) {
                    out[at + i] = -t[row * width + i];
                }
            }
            // The identity: a diagonal of ones, or a translation by zero.
            case "none" -> java.util.Arrays.fill(out, at, at + width, type.isDistance() ? 0f : 1f);
            default -> throw new IllegalStateException("operator " + operator + " passed modelType");
        }
    }

    /**
     * Where the importer's name files are: the checkpoint directory itself, else the config's
     * {@code entity_path} (absolute; or relative to the directory training ran in, found by taking
     * the config's relative {@code checkpoint_path} off {@code dir}; else to the current directory).
     */
    private static Path entityPath(Path dir, JsonNode config) {
        List<Path> tried = new ArrayList<>();
        tried.add(dir);
        String configured = config.path("entity_path").asText("");
        if (!configured.isEmpty()) {
            Path entityPath = Path.of(configured);
            if (!entityPath.isAbsolute()) {
                Path checkpointPath = Path.of(config.path("checkpoint_path").asText(""));
                Path absolute = dir.toAbsolutePath().normalize();
                if (!checkpointPath.isAbsolute() && checkpointPath.getNameCount() > 0 && absolute.endsWith(checkpointPath.normalize())) {
                    Path base = absolute;
                    for (int i = 0; i < checkpointPath.normalize().getNameCount(); i++) {
                        base = base.getParent();
                    }
                    tried.add(base.resolve(entityPath));
                }
            }
            tried.add(entityPath);
        }
        for (Path candidate : tried) {
            try (var files = Files.list(candidate)) {
                if (files.anyMatch(f -> f.getFileName().toString().startsWith("entity_names_"))) {
                    return candidate;
                }
            } catch (IOException e) {
                // Not a directory or not readable: try the next place.
            }
        }
        throw new NotFoundException("no entity_names_<type>_<part>.json (written by PBG's importer into entity_path) in any of "
                + tried + "; copy them and dynamic_rel_names.json into " + dir);
    }

    private static Path require(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no " + what + " at " + file + "; give the directory PBG trained into (checkpoint_path)");
        }
        return file;
    }

    private static int version(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Integer.parseInt(text);
        } catch (IOException | NumberFormatException e) {
            throw new BadInputException(file + ": expected the checkpoint version, a positive integer, got an unreadable value ("
                    + e.getMessage() + ")");
        }
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + " is not valid JSON: " + e.getMessage());
        }
    }

    private static List<String> names(Path file) {
        JsonNode array = json(require(file, "names file"));
        if (!array.isArray()) {
            throw new BadInputException(file + ": expected a JSON list of names, got " + array.getNodeType());
        }
        List<String> names = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw new BadInputException(file + ": item " + i + " is " + array.get(i) + ", expected a string");
            }
            names.add(array.get(i).asText());
        }
        return names;
    }

    private static HdfFile hdf(Path file) {
        require(file, "HDF5 file");
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (HdfException e) {
            throw new BadInputException(file + " is not a readable HDF5 file: " + e.getMessage());
        }
        Attribute format = hdf.getAttribute("format_version");
        if (format != null && format.getData() instanceof Number n && n.longValue() != 1) {
            hdf.close();
            throw new BadInputException(file + " has PBG format_version " + n + "; PBG's checkpoint format 1 is read");
        }
        return hdf;
    }

    /** A float dataset of {@code rows} x {@code columns} (a 1-D one of {@code columns} when {@code rows} is 1), row-major. */
    private static float[] floats(HdfFile hdf, String path, int rows, int columns) {
        Node node;
        try {
            node = hdf.getByPath(path);
        } catch (HdfException e) {
            throw new BadInputException(hdf.getFile() + " has no dataset '" + path + "' (" + e.getMessage() + ")");
        }
        if (!(node instanceof Dataset dataset)) {
            throw new BadInputException(hdf.getFile() + ": '" + path + "' is a group, expected a dataset");
        }
        int[] dims = dataset.getDimensions();
        long size = 1;
        for (int d : dims) {
            size *= d;
        }
        boolean shaped = dims.length == 2 ? dims[0] == rows && dims[1] == columns : dims.length == 1 && rows == 1 && dims[0] == columns;
        if (!shaped || size != (long) rows * columns) {
            throw new BadInputException(hdf.getFile() + ": dataset '" + path + "' has shape " + java.util.Arrays.toString(dims)
                    + ", expected " + (rows == 1 ? "[" + columns + "] or " : "") + "[" + rows + ", " + columns + "]");
        }
        Object data = dataset.getDataFlat();
        return switch (data) {
            case float[] f -> f;
            case double[] d -> {
                float[] f = new float[d.length];
                for (int i = 0; i < d.length; i++) {
                    f[i] = (float) d[i];
                }
                yield f;
            }
            default -> throw new BadInputException(hdf.getFile() + ": dataset '" + path + "' holds " + dataset.getJavaType()
                    + ", expected float32 or float64");
        };
    }
}
