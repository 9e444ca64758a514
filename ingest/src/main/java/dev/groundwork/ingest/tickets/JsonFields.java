package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
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

    /**
     * The text of the first of {@code fields} (alternative names of one field, such as the REST API's {@code created_at}
     * and the GraphQL API's {@code createdAt}) that is present and not empty, or "".
     */
    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /**
     * The array {@code field}, also when a GraphQL connection wraps it as {@code {"nodes": [...]}}; missing, null or a
     * connection without nodes (such as {@code {"totalCount": 3}}) is an empty array.
     */
    static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isObject() && (value.has("nodes") || value.has("totalCount"))) {
            value = value.path("nodes");
        }
        if (value.isMissingNode() || value.isNull()) {
            return MissingNode.getInstance();
        }
        if (!value.isArray()) {
            throw new BadInputException("field " + field + ": expected an array, got " + value.getNodeType().name().toLowerCase());
        }
        return value;
    }

    /** The {@code property} of each object in the array {@code field} (strings are taken as they are); missing means empty. */
    static List<String> list(JsonNode node, String field, String property) {
        JsonNode array = array(node, field);
        if (array.isMissingNode()) {
            return List.of();
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
