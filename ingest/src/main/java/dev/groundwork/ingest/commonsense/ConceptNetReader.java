package dev.groundwork.ingest.commonsense;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ConceptNet 5 assertions dump: {@code /a/[...]<TAB>/r/IsA<TAB>/c/en/dog/n<TAB>/c/en/animal<TAB>{json}}
 * where the JSON holds {@code weight} and {@code dataset}. Keeps the assertions whose two ends are
 * concepts in the wanted language; the rest (other languages, {@code ExternalURL} links) are skipped.
 */
final class ConceptNetReader implements CommonsenseReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String prefix;

    ConceptNetReader(String lang) {
        this.prefix = "/c/" + lang + "/";
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        Lines.read(file, sink, this::parse);
    }

    private void parse(String text, long n, Sink sink) {
        String[] cols = text.split("\t", -1);
        if (cols.length != 5) {
            sink.badRecord(n, "expected 5 tab-separated columns (assertion, relation, start, end, JSON), got "
                    + cols.length + ": '" + Cn100kReader.abbreviate(text) + "'");
            return;
        }
        if (!cols[2].startsWith(prefix) || !cols[3].startsWith(prefix)) {
            if (!cols[2].startsWith("/c/") || !(cols[3].startsWith("/c/") || cols[3].startsWith("http"))) {
                sink.badRecord(n, "expected concept URIs /c/LANG/..., got '" + cols[2] + "' and '" + cols[3] + "'");
            } else {
                sink.skip();
            }
            return;
        }
        if (!cols[1].startsWith("/r/")) {
            sink.badRecord(n, "expected a relation URI /r/..., got '" + cols[1] + "'");
            return;
        }
        try {
            Info info = info(cols[4]);
            if (info.badWeight() != null) {
                sink.badRecord(n, "expected a numeric \"weight\" in the JSON column, got " + info.badWeight());
                return;
            }
            sink.assertion(new Assertion(Assertion.relationType(cols[1]), ConceptRef.conceptNet(cols[2]),
                    ConceptRef.conceptNet(cols[3]), info.weight(), info.dataset(), n));
        } catch (JsonProcessingException e) {
            sink.badRecord(n, "the JSON column is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            sink.badRecord(n, "the JSON column cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            sink.badRecord(n, e.getMessage());
        }
    }

    /** The JSON column's {@code weight} (1.0 when absent; a non-numeric one in {@code badWeight}) and {@code dataset}. */
    private record Info(double weight, JsonNode badWeight, String dataset) {}

    /**
     * Reads only {@code weight} and {@code dataset} from the JSON column, skipping the rest without building a
     * tree (most of a line's parse time went into the tree), with what {@code readTree(json).path(key)} gives:
     * the last of repeated keys wins, a value that is not an object has neither, a dataset that is not a string
     * reads as its JSON text (as {@link JsonNode#asText(String)}).
     */
    private static Info info(String json) throws IOException {
        double weight = 1.0;
        JsonNode badWeight = null;
        String dataset = "";
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                // readTree of blank text gives a missing node: neither key.
                return new Info(weight, null, dataset);
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                return new Info(weight, null, dataset);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("weight")) {
                    if (v.isNumeric()) {
                        weight = p.getDoubleValue();
                        badWeight = null;
                    } else {
                        badWeight = JSON.readTree(p);
                    }
                } else if (key.equals("dataset")) {
                    dataset = v == JsonToken.VALUE_STRING ? p.getText() : JSON.<JsonNode>readTree(p).asText("");
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Info(weight, badWeight, dataset);
    }
}
