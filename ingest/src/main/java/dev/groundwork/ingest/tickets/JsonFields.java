package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.graph.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** Reads the shapes of field that Jira and GitHub share: text, {@code {name}} objects and arrays of either. */
final class JsonFields {
    private JsonFields() {}

    /** The text at {@code path} (field names, descending), or "" when any step is missing or null. */
    static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String field : path) {
            n = n.path(field);
        }
        return n.isValueNode() && !n.isNull() ? n.asText() : "";
    }

    /** The {@code property} of each object in the array {@code field} (strings are taken as they are); missing means empty. */
    static List<String> list(JsonNode node, String field, String property) {
        JsonNode array = node.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new BadInputException("field " + field + ": expected an array, got " + array.getNodeType().name().toLowerCase());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            String value = item.isTextual() ? item.asText() : text(item, property);
            if (!value.isBlank()) {
                out.add(value);
            }
        }
        return out;
    }

    /** The required string {@code field}, e.g. an issue's key. */
    static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() && !value.isNumber() || value.asText().isBlank()) {
            throw new BadInputException("expected a non-empty field '" + field + "', got " + (value.isMissingNode() ? "none" : value.toString()));
        }
        return value.asText();
    }
}
