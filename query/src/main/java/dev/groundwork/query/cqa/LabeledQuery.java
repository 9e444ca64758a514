package dev.groundwork.query.cqa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.graph.file.AtomicFile;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A query with its answers, one line of a query file: {@code answers} are all answers on the full
 * graph (used to filter the ranking), {@code hardAnswers} those that need at least one held-out
 * edge (the ones ranked). For training queries both are the answers on the training graph.
 * Immutable value.
 *
 * <p>Files are JSON lines, gzip-compressed when the name ends in {@code .gz}:
 * {@code {"type", "query", "answers", "hard_answers"}}.
 */
public record LabeledQuery(QueryType type, Query query, List<String> answers, List<String> hardAnswers) {
    public LabeledQuery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(query, "query");
        answers = List.copyOf(answers);
        hardAnswers = List.copyOf(hardAnswers);
    }

    /**
     * Reads a query file.
     *
     * @throws NotFoundException if the file does not exist
     * @throws BadInputException naming the file and line of a malformed line
     */
    public static List<LabeledQuery> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("query file " + file + " does not exist");
        }
        List<LabeledQuery> queries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    queries.add(parseLine(line, file + " line " + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return queries;
    }

    /** Writes a query file atomically (a temporary file, then a rename). */
    public static void write(Path file, List<LabeledQuery> queries) {
        AtomicFile.write(file, raw -> {
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw, StandardCharsets.UTF_8))) {
                for (LabeledQuery q : queries) {
                    out.write(q.toJson());
                    out.write('\n');
                }
            }
        });
    }

    /** One line of a query file. */
    public String toJson() {
        ObjectNode node = QueryJson.MAPPER.createObjectNode();
        node.put("type", type.label());
        node.set("query", QueryJson.toNode(query));
        answers.forEach(node.putArray("answers")::add);
        hardAnswers.forEach(node.putArray("hard_answers")::add);
        return node.toString();
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static LabeledQuery parseLine(String line, String where) {
        JsonNode node;
        try {
            node = QueryJson.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new BadInputException(where + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        try {
            Query query = QueryJson.fromJson(node.get("query"), "query");
            return new LabeledQuery(QueryType.of(query), query, names(node, "answers"), names(node, "hard_answers"));
        } catch (BadInputException e) {
            throw new BadInputException(where + ": " + e.getMessage());
        }
    }

    private static List<String> names(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new BadInputException(field + " must be an array of entity names");
        }
        List<String> names = new ArrayList<>(array.size());
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
