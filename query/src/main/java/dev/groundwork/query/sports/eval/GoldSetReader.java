package dev.groundwork.query.sports.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.graph.BadInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the gold set: one JSON object a line; blank lines are skipped, everything else must parse. */
final class GoldSetReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSetReader() {}

    static List<GoldQuestion> parse(String source, String text) {
        List<GoldQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            GoldQuestion question = question(where, lines[i]);
            if (!ids.add(question.id())) {
                throw new BadInputException(where + ": expected a unique id, '" + question.id() + "' is used before");
            }
            questions.add(question);
        }
        return List.copyOf(questions);
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
