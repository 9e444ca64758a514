package dev.groundwork.graph.model;

import dev.groundwork.graph.Provenance;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rule by which stored properties become the properties Groundwork returns: Groundwork's own
 * bookkeeping ({@link Provenance#isBookkeeping}: run, source file, record) and the ticket content hash are left out, nulls
 * are dropped, and temporal values become ISO-8601 strings, so one node looks the same through every
 * endpoint. Stateless.
 */
final class StoredProperties {
    private StoredProperties() {}

    static Map<String, Object> visible(Map<String, ?> stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        stored.forEach((k, v) -> {
            if (v != null && !internal(k)) {
                out.put(k, v instanceof TemporalAccessor t ? t.toString() : v);
            }
        });
        return out;
    }

    private static boolean internal(String name) {
        return Provenance.isBookkeeping(name) || name.equals("contentHash");
    }
}
