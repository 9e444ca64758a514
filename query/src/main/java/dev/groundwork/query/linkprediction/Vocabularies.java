package dev.groundwork.query.linkprediction;

import dev.groundwork.graph.BadInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity and relation vocabularies of one model, and the translation of string triples into
 * ids. Names the model does not know are errors, never a silent wrong score. Immutable.
 */
record Vocabularies(Vocabulary entities, Vocabulary relations) {

    /** Vocabularies of every name in all three splits, in order of first appearance. */
    static Vocabularies of(TripleSplits splits) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> relations = new LinkedHashSet<>();
        for (Split split : Split.values()) {
            for (Triple triple : splits.get(split)) {
                entities.add(triple.head());
                relations.add(triple.relation());
                entities.add(triple.tail());
            }
        }
        if (entities.isEmpty()) {
            throw new BadInputException("triples must not be empty; got no triple in train, valid or test");
        }
        return new Vocabularies(new Vocabulary(List.copyOf(entities)), new Vocabulary(List.copyOf(relations)));
    }

    int entity(String name) {
        int id = entities.idOrMinusOne(name);
        if (id < 0) {
            throw new BadInputException("entity '" + name + "' is not in the model (trained on " + entities.size() + " entities); retrain");
        }
        return id;
    }

    int relation(String name) {
        int id = relations.idOrMinusOne(name);
        if (id < 0) {
            throw new BadInputException("relation '" + name + "' is not in the model (trained on " + relations.size() + " relations); retrain");
        }
        return id;
    }

    /** The triples as ids; fails on the first name the model does not know. */
    IndexedTriples index(List<Triple> triples) {
        int[] heads = new int[triples.size()];
        int[] relationIds = new int[triples.size()];
        int[] tails = new int[triples.size()];
        for (int i = 0; i < triples.size(); i++) {
            Triple triple = triples.get(i);
            heads[i] = entity(triple.head());
            relationIds[i] = relation(triple.relation());
            tails[i] = entity(triple.tail());
        }
        return new IndexedTriples(heads, relationIds, tails);
    }
}
