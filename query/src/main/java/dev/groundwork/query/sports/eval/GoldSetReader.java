package dev.groundwork.query.sports.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.file.Utf8Lines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the gold set, and question files with their answers: one JSON object a line; blank lines
 * are skipped, everything else must parse.
 */
final class GoldSetReader {
    /** The family a question file's questions are filed under: the file gives answers, not families. */
    static final String FILE_FAMILY = "question-file";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSetReader() {}

    static List<GoldQuestion> parse(String source, String text) {
        return lines(source, text, GoldSetReader::question, GoldQuestion::id);
    }

    /**
     * A question file: {@code {"question": "...", "answers": ["..."]}} a line (a byte-order mark at the start is
     * skipped), {@code "answers": []}
     * meaning the right answer is to decline, {@code "match": "contains"} meaning each answer need
     * only be among the values; {@code id} is optional (the line number stands in), other keys are ignored.
     */
    static List<GoldItem> parseAnswered(String source, String text) {
        return lines(source, text, GoldSetReader::answered, item -> item.question().id());
    }

    private static <T> List<T> lines(String source, String text, java.util.function.BiFunction<String, String, T> read,
                                     java.util.function.Function<T, String> id) {
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = Utf8Lines.withoutByteOrderMark(text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            T item = read.apply(where, lines[i]);
            if (!ids.add(id.apply(item))) {
                throw new BadInputException(where + ": expected a unique id, '" + id.apply(item) + "' is used before");
            }
            out.add(item);
        }
        return List.copyOf(out);
    }

    private static GoldItem answered(String where, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new BadInputException(where + ": expected one JSON object per line, got " + line);
            }
            JsonNode answers = node.get("answers");
            if (answers == null || !answers.isArray()) {
                throw new BadInputException(where + ": expected an array field 'answers' ([] when the right answer is to decline)");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode a : answers) {
                if (!a.isValueNode() || a.isNull() || a.asText().isBlank()) {
                    throw new BadInputException(where + ": expected 'answers' to hold non-blank strings or numbers, got " + a);
                }
                values.add(a.asText());
            }
            JsonNode match = node.get("match");
            String how = match == null || match.isNull() ? "exact" : match.asText();
            if (!how.equals("exact") && !how.equals("contains")) {
                throw new BadInputException(where + ": expected 'match' to be \"contains\" or absent, got '" + how + "'");
            }
            JsonNode id = node.get("id");
            String name = id == null || id.isNull() ? where.substring(where.lastIndexOf(':') + 1) : id.asText();
            boolean answerable = !values.isEmpty();
            GoldQuestion q = new GoldQuestion(name, text(node, "question", where), FILE_FAMILY, Map.of(), answerable,
                    answerable ? null : "the file's answer is to decline");
            return new GoldItem(q, answerable ? SportsAnswer.of(values) : SportsAnswer.cannotAnswer(), how.equals("contains"));
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + ": expected one JSON object per line: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static GoldQuestion question(String where, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            Map<String, String> args = new LinkedHashMap<>();
            node.path("args").properties().forEach(e -> args.put(e.getKey(), e.getValue().asText()));
            JsonNode reason = node.get("reason");
            return new GoldQuestion(text(node, "id", where), text(node, "question", where), text(node, "family", where), args,
                    bool(node, "answerable", where), reason == null ? null : reason.asText());
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + ": expected one JSON object per line: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static boolean bool(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new BadInputException(where + ": expected a true/false field '" + field + "'");
        }
        return value.asBoolean();
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadInputException(where + ": expected a text field '" + field + "'");
        }
        return value.asText();
    }
}
