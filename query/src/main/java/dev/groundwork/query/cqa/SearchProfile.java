package dev.groundwork.query.cqa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;
import dev.groundwork.graph.file.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CQD search settings per query type. The CQD authors choose the beam, the t-norm and the squashing
 * of raw scores for each query type on validation queries (an intersection ranks best on
 * normalised scores, a union on sigmoids); {@link #select} does that over a grid, on queries
 * generated from the valid split ({@link QueryGenerator.Purpose#VALID}), never on test. Saved beside
 * the model ({@code m.model -> m.cqd.json}) and used by {@code eval cqa}, {@code ask --query} and
 * GraphQL when present. An immutable value; thread-safe.
 *
 * <pre>{@code
 * SearchProfile profile = SearchProfile.select(answerer, validQueries, SearchProfile.grid(List.of(16)));
 * profile.write(SearchProfile.besideModel(modelFile));
 * CqaEvaluation e = answerer.evaluate(testQueries, profile);
 * }</pre>
 *
 * @param fallback the settings of a type the profile does not name
 * @param perType  settings by query type
 */
public record SearchProfile(SearchOptions fallback, Map<QueryType, SearchOptions> perType) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SearchProfile {
        if (fallback == null || perType == null) {
            throw new BadInputException("a search profile needs fallback settings and a (possibly empty) map of types");
        }
        if (perType.containsKey(QueryType.OTHER)) {
            throw new BadInputException("a search profile names standard query types only, got " + QueryType.OTHER.label());
        }
        perType = Map.copyOf(perType);
    }

    /** The same settings for every type. */
    public static SearchProfile uniform(SearchOptions options) {
        return new SearchProfile(options, Map.of());
    }

    /** The settings for queries of {@code type}. */
    public SearchOptions forType(QueryType type) {
        return perType.getOrDefault(type, fallback);
    }

    /** This profile with CQD-A calibration switched on or off for every type. */
    public SearchProfile withCalibrated(boolean on) {
        Map<QueryType, SearchOptions> m = new EnumMap<>(QueryType.class);
        perType.forEach((t, o) -> m.put(t, o.withCalibrated(on)));
        return new SearchProfile(fallback.withCalibrated(on), m);
    }

    /** Every squashing with both t-norms at each of {@code beams}: the candidates {@link #select} compares. */
    public static List<SearchOptions> grid(List<Integer> beams) {
        List<SearchOptions> grid = new ArrayList<>();
        for (int beam : beams) {
            for (SearchOptions.Squash squash : SearchOptions.Squash.values()) {
                for (TNorm tnorm : TNorm.values()) {
                    grid.add(new SearchOptions(beam, tnorm, squash, false));
                }
            }
        }
        return grid;
    }

    /**
     * For each type among {@code validation}, the settings of {@code grid} with the best filtered
     * MRR on those queries (the first of equals); {@code grid.get(0)} is the fallback.
     *
     * @throws BadInputException if the grid or the queries are empty
     */
    public static SearchProfile select(ComplexQueryAnswerer answerer, List<LabeledQuery> validation, List<SearchOptions> grid) {
        if (grid.isEmpty() || validation.isEmpty()) {
            throw new BadInputException("choosing a search profile needs at least one setting and one validation query, got "
                    + grid.size() + " settings and " + validation.size() + " queries");
        }
        Map<QueryType, SearchOptions> best = new EnumMap<>(QueryType.class);
        Map<QueryType, Double> bestMrr = new EnumMap<>(QueryType.class);
        for (SearchOptions options : grid) {
            CqaEvaluation e = answerer.evaluate(validation, options);
            for (QueryType type : QueryType.standard()) {
                CqaMetrics m = e.types().get(type.label());
                if (m != null && m.mrr() > bestMrr.getOrDefault(type, -1.0)) {
                    bestMrr.put(type, m.mrr());
                    best.put(type, options);
                }
            }
        }
        return new SearchProfile(grid.get(0), best);
    }

    /** {@code m.model -> m.cqd.json}: where a model's profile lives. */
    public static Path besideModel(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".cqd.json");
    }

    /** Every standard type's settings as {@code {"2i": {"beam": 16, "tnorm": "product", "squash": "softmax"}, ...}}. */
    public Map<String, Map<String, Object>> describe() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (QueryType t : QueryType.standard()) {
            out.put(t.label(), describe(forType(t)));
        }
        return out;
    }

    private static Map<String, Object> describe(SearchOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("beam", o.beam());
        m.put("tnorm", o.tnorm().name().toLowerCase(Locale.ROOT));
        m.put("squash", o.squash().name().toLowerCase(Locale.ROOT));
        return m;
    }

    /** Writes {@code {"fallback": {...}, "types": {"2i": {"beam": 16, "tnorm": "product", "squash": "softmax"}, ...}}}. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.set("fallback", node(fallback));
        ObjectNode types = root.putObject("types");
        for (QueryType t : QueryType.standard()) {
            if (perType.containsKey(t)) {
                types.set(t.label(), node(perType.get(t)));
            }
        }
        try {
            AtomicFile.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UnavailableException("cannot write the search profile " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a profile written by {@link #write}.
     *
     * @throws BadInputException naming the file and the first field that is missing or wrong
     */
    public static SearchProfile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BadInputException("search profile " + file + " is not readable JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("fallback").isObject()) {
            throw new BadInputException("search profile " + file + ": expected an object with \"fallback\" settings");
        }
        Map<QueryType, SearchOptions> perType = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("types").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            perType.put(QueryType.of(e.getKey()), options(file, e.getKey(), e.getValue()));
        }
        return new SearchProfile(options(file, "fallback", root.get("fallback")), perType);
    }

    private static ObjectNode node(SearchOptions o) {
        return JSON.valueToTree(describe(o));
    }

    private static SearchOptions options(Path file, String where, JsonNode n) {
        if (!n.path("beam").canConvertToInt() || !n.path("tnorm").isTextual() || !n.path("squash").isTextual()) {
            throw new BadInputException("search profile " + file + ", " + where + ": expected {\"beam\": int, \"tnorm\": text, \"squash\": text}, got " + n);
        }
        return new SearchOptions(n.get("beam").asInt(), TNorm.of(n.get("tnorm").asText()), SearchOptions.Squash.of(n.get("squash").asText()), false);
    }
}
