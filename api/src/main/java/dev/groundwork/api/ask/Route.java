package dev.groundwork.api.ask;

/**
 * How well a question fits one domain.
 *
 * @param domain the domain's name, or {@code none} for the off-topic class
 * @param score the routing score: {@code similarity} plus the entity bonus
 * @param similarity mean cosine of the question to the domain's three nearest example questions
 * @param entities entity names of the domain found in the question, weighted by {@link AnswerDomain#entityWeight()}
 * @param loaded whether the graph holds data of the domain
 */
public record Route(String domain, double score, double similarity, double entities, boolean loaded) {}
