package dev.groundwork.query.cqa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.graph.BadInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads and writes the JSON form of {@link Query}; errors name the path of the bad node ({@code query.and[1].of}). Stateless. */
final class QueryJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> KINDS = List.of("entity", "rel", "and", "or", "not");

    private QueryJson() {}

    static Query parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException("query is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr());
        }
        if (node == null || node.isMissingNode()) {
            throw new BadInputException("query is empty; expected a JSON object such as {\"entity\": NAME}");
        }
        return fromJson(node, "query");
    }

    static Query fromJson(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(path + " must be a JSON object with one of " + KINDS + ", got " + describe(node));
        }
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (KINDS.contains(field)) {
                kinds.add(field);
            }
        }
        if (kinds.size() != 1) {
            throw new BadInputException(path + " must have exactly one of " + KINDS + ", got fields " + fieldNames(node));
        }
        String kind = kinds.get(0);
        return switch (kind) {
            case "entity" -> new Query.Anchor(text(node, "entity", path));
            case "rel" -> projection(node, path);
            case "and" -> new Query.And(operands(node.get("and"), path + ".and"));
            case "or" -> new Query.Or(operands(node.get("or"), path + ".or"));
            default -> new Query.Not(fromJson(node.get("not"), path + ".not"));
        };
    }

    private static Query projection(JsonNode node, String path) {
        String relation = text(node, "rel", path);
        JsonNode inverse = node.get("inverse");
        if (inverse != null && !inverse.isBoolean()) {
            throw new BadInputException(path + ".inverse must be true or false, got " + describe(inverse));
        }
        if (!node.has("of")) {
            throw new BadInputException(path + " (rel '" + relation + "') needs \"of\": the sub-query the relation starts from");
        }
        return new Query.Projection(relation, inverse != null && inverse.booleanValue(), fromJson(node.get("of"), path + ".of"));
    }

    private static List<Query> operands(JsonNode array, String path) {
        if (array == null || !array.isArray() || array.size() < 2) {
            throw new BadInputException(path + " must be an array of at least 2 sub-queries, got " + describe(array));
        }
        List<Query> operands = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            operands.add(fromJson(array.get(i), path + "[" + i + "]"));
        }
        return operands;
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadInputException(path + "." + field + " must be a non-empty string, got " + describe(value));
        }
        return value.asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    static String write(Query query) {
        return toNode(query).toString();
    }

    static ObjectNode toNode(Query query) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (query) {
            case Query.Anchor a -> node.put("entity", a.entity());
            case Query.Projection p -> {
                node.put("rel", p.relation());
                node.put("inverse", p.inverse());
                node.set("of", toNode(p.of()));
            }
            case Query.And a -> node.set("and", array(a.operands()));
            case Query.Or o -> node.set("or", array(o.operands()));
            case Query.Not n -> node.set("not", toNode(n.operand()));
        }
        return node;
    }

    private static ArrayNode array(List<Query> operands) {
        ArrayNode array = MAPPER.createArrayNode();
        operands.forEach(q -> array.add(toNode(q)));
        return array;
    }
}
