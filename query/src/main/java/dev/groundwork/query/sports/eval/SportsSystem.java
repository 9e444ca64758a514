package dev.groundwork.query.sports.eval;

/**
 * A question-answering system under evaluation on the soccer gold set: the plain-RAG baseline,
 * the template-based graph system, or a test double. It sees only the question text, never the
 * gold family or slots. The runner measures latency around {@link #answer}.
 *
 * <p>Implementations say whether they are thread-safe; the runner calls them from one thread.
 * Usage: {@code SportsEval.evaluate(question -> SportsAnswer.cannotAnswer(), gold)}.
 */
@FunctionalInterface
public interface SportsSystem {

    /** The answer, or {@link SportsAnswer#cannotAnswer()} when the question is unanswerable, ambiguous or not understood. */
    SportsAnswer answer(String question);
}
