package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;

/**
 * One domain the {@link Asker} can route a question to: its name, how to tell that the graph holds
 * its data, the names the router looks for in a question, and its own retrieval. A new domain
 * (say, a generic graph loaded from triples) plugs in by adding an implementation to
 * {@link Asker#open}. Implementations must be thread-safe; they may build their engines on first use.
 */
public interface AnswerDomain {
    /** The value of {@code domain} that selects it, e.g. {@code tickets}. */
    String name();

    /** Cypher returning {@code n}: how many nodes of this domain the graph holds (0 = not loaded). */
    String countCypher();

    /** Cypher returning one column {@code name}: the entity names a question may mention. */
    String namesCypher();

    /**
     * Cypher returning one column {@code text}, a few hundred texts at most, that the router adds to
     * this domain's example questions (e.g. ticket titles: questions about tickets are about what
     * they say), or null for none.
     */
    default String examplesCypher() {
        return null;
    }

    /**
     * How much one entity name found in a question counts for this domain, 0 to 1: low where names
     * are everyday words (commonsense concepts), high where they are rare (team names, ticket keys).
     */
    double entityWeight();

    /** Answers {@code question} from this domain's graph with at most {@code k} top results. */
    Answer answer(String question, int k);
}
