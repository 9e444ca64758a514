package dev.groundwork.ingest.tickets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Flattens Atlassian Document Format (Jira Cloud's rich text) to plain text. Headings and code blocks become Jira wiki
 * markup ({@code h2. Title}, {@code {code}...{code}}) so that the section splitter sees the same structure whichever form
 * a description came in.
 */
final class AdfText {
    private AdfText() {}

    /** The text of {@code value}: a plain string as it is, an ADF document flattened, anything else as "". */
    static String of(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (!value.isObject()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(value, out);
        return out.toString().strip();
    }

    private static void append(JsonNode node, StringBuilder out) {
        switch (node.path("type").asText()) {
            case "text" -> out.append(node.path("text").asText());
            case "hardBreak" -> out.append('\n');
            case "mention", "emoji", "status", "date" -> out.append(node.path("attrs").path("text").asText(node.path("attrs").path("shortName").asText()));
            case "inlineCard", "blockCard" -> out.append(node.path("attrs").path("url").asText());
            case "heading" -> block(node, out, "h" + node.path("attrs").path("level").asInt(1) + ". ", "");
            case "codeBlock" -> block(node, out, "{code}\n", "\n{code}");
            case "listItem" -> block(node, out, "- ", "");
            case "paragraph", "blockquote", "panel", "rule", "table", "tableRow" -> block(node, out, "", "");
            case "tableCell", "tableHeader" -> {
                children(node, out);
                out.append(" | ");
            }
            default -> children(node, out);
        }
    }

    private static void block(JsonNode node, StringBuilder out, String before, String after) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        out.append(before);
        children(node, out);
        out.append(after).append('\n');
    }

    private static void children(JsonNode node, StringBuilder out) {
        for (JsonNode child : node.path("content")) {
            append(child, out);
        }
    }
}
