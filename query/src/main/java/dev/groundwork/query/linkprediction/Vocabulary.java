package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An immutable, dense numbering of names (entity keys or relation types) from 0. Thread-safe. */
final class Vocabulary {
    private final List<String> names;
    private final Map<String, Integer> ids;

    Vocabulary(List<String> names) {
        this.names = List.copyOf(names);
        this.ids = HashMap.newHashMap(names.size());
        for (int i = 0; i < this.names.size(); i++) {
            if (ids.putIfAbsent(this.names.get(i), i) != null) {
                throw new BadInputException("vocabulary name '" + this.names.get(i) + "' occurs twice; names must be unique");
            }
        }
    }

    int size() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    List<String> names() {
        return names;
    }

    /** The id of {@code name}, or -1 if it is not in the vocabulary. */
    int idOrMinusOne(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }
}
