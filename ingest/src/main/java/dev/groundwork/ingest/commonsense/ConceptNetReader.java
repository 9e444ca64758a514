package dev.groundwork.ingest.commonsense;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        Lines.read(file, sink, (text, n) -> parse(text, n, sink));
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
            JsonNode info = JSON.readTree(cols[4]);
            JsonNode weight = info.path("weight");
            if (!weight.isMissingNode() && !weight.isNumber()) {
                sink.badRecord(n, "expected a numeric \"weight\" in the JSON column, got " + weight);
                return;
            }
            sink.assertion(new Assertion(Assertion.relationType(cols[1]), ConceptRef.conceptNet(cols[2]),
                    ConceptRef.conceptNet(cols[3]), weight.asDouble(1.0), info.path("dataset").asText(""), n));
        } catch (JsonProcessingException e) {
            sink.badRecord(n, "the JSON column is not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            sink.badRecord(n, e.getMessage());
        }
    }
}
