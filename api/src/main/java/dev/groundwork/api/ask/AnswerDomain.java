package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import dev.groundwork.query.commonsense.CommonsenseGrounding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One domain the {@link Asker} can route a question to: its name, how to tell that the graph holds
 * its data, what the router compares a question with (example questions, entity names, cue words),
 * and its own retrieval. The router reads all of it from the domains, so a new domain (say, a
 * generic graph loaded from triples) plugs in by implementing this interface and adding it to
 * {@link Asker#DOMAINS}, the one registry; its example questions go in
 * {@code ask/routing/NAME.txt}. Implementations must be thread-safe; they may build their engines
 * on first use.
 *
 * <pre>{@code
 * final class TriplesDomain implements AnswerDomain {
 *     public String name() { return "triples"; }
 *     public String countCypher() { return TripleGraph.COUNT; }      // constants of the module that owns the Cypher
 *     public String namesCypher() { return TripleGraph.NAMES; }
 *     public Set<String> cueWords() { return Set.of("triple"); }
 *     public double entityWeight() { return 0.5; }
 *     public Answer answer(String question, int k) { ... }
 * }
 * }</pre>
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
     * The example questions the router's nearest-neighbour classifier compares a question with; by
     * default the lines of the resource {@code /ask/routing/NAME.txt} ({@code #} starts a comment).
     * Keep them apart from the evaluation questions ({@code ask/eval-questions.tsv}).
     */
    default List<String> exampleQuestions() {
        return Router.examples(name());
    }

    /**
     * Words that ask for this domain rather than name one of its entities ("ticket", "bug"; "world", "cup"): the
     * router never counts one of them alone as an entity name of any domain (a concept named "cup" is not what "Who
     * won the World Cup?" asks about). Lower case.
     */
    default Set<String> cueWords() {
        return Set.of();
    }

    /**
     * Words that never count alone as one of this domain's entity names, besides the router's English function words
     * and every domain's {@link #cueWords()}. Lower case.
     */
    default Set<String> stopWords() {
        return Set.of();
    }

    /**
     * How much one entity name found in a question counts for this domain, 0 to 1: low where names
     * are everyday words (commonsense concepts), high where they are rare (team names, ticket keys).
     */
    double entityWeight();

    /** Answers {@code question} from this domain's graph with at most {@code k} top results. */
    Answer answer(String question, int k);

    /**
     * The grounding paths of {@code question} in this domain's graph: the sub-graph joining the concepts it names (to
     * those of {@code answer}, a candidate answer, when not null) and the paths in it, best first; empty where the
     * domain has no such paths (only commonsense has them today).
     */
    default Optional<CommonsenseGrounding.Result> paths(String question, String answer, CommonsenseGrounding.Request request) {
        return Optional.empty();
    }
}
