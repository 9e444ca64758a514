package dev.groundwork.ingest.commonsense;

import java.io.IOException;
import java.nio.file.Path;

/**
 * CN-100K (Li et al. 2016): {@code relation<TAB>head<TAB>tail}, relation first, concepts as free
 * text, optionally a fourth column with the weight. All concepts are English.
 */
final class Cn100kReader implements CommonsenseReader {
    static final String DATASET = "cn100k";
    private final String lang;

    Cn100kReader(String lang) {
        this.lang = lang;
    }

    @Override
    public void read(Path file, Sink sink) throws IOException {
        Lines.read(file, sink, this::parse);
    }

    private void parse(String text, long n, Sink sink) {
        String[] cols = text.split("\t", -1);
        if (cols.length != 3 && cols.length != 4) {
            sink.badRecord(n, "expected relation<TAB>head<TAB>tail[<TAB>weight], got " + cols.length + " column(s): '"
                    + abbreviate(text) + "'");
            return;
        }
        try {
            double weight = cols.length == 4 ? Double.parseDouble(cols[3].strip()) : 1.0;
            sink.assertion(new Assertion(Assertion.relationType(cols[0].strip()), ConceptRef.fromName(cols[1], lang),
                    ConceptRef.fromName(cols[2], lang), weight, DATASET, n));
        } catch (IllegalArgumentException e) {
            sink.badRecord(n, e.getMessage() + " in '" + abbreviate(text) + "'");
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
