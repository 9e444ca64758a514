package dev.groundwork.api.ask;

import java.util.Set;

/**
 * The part every built-in {@link AnswerDomain} shares: the {@link DomainEngines} its retrieval runs on, and what the
 * router reads, given once to the constructor instead of one method a value. A subclass adds its own
 * {@link #answer(String, int)} (and, where it has them, examples or paths). Immutable; thread-safe as the engines are.
 *
 * <pre>{@code
 * SportsDomain(DomainEngines engines) {
 *     super(engines, "sports", SportsQuestionAnswering.COUNT, SportsQuestionAnswering.ENTITY_NAMES, Set.of("world", "cup"), 1.0);
 * }
 * }</pre>
 */
abstract sealed class EngineDomain implements AnswerDomain permits CommonsenseDomain, SportsDomain, TicketsDomain {
    /** The engines of the store asked; each domain takes its own from it. */
    protected final DomainEngines engines;
    private final String name;
    private final String countCypher;
    private final String namesCypher;
    private final Set<String> cueWords;
    private final double entityWeight;

    EngineDomain(DomainEngines engines, String name, String countCypher, String namesCypher, Set<String> cueWords,
                 double entityWeight) {
        this.engines = engines;
        this.name = name;
        this.countCypher = countCypher;
        this.namesCypher = namesCypher;
        this.cueWords = Set.copyOf(cueWords);
        this.entityWeight = entityWeight;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String countCypher() {
        return countCypher;
    }

    @Override
    public final String namesCypher() {
        return namesCypher;
    }

    @Override
    public final Set<String> cueWords() {
        return cueWords;
    }

    @Override
    public final double entityWeight() {
        return entityWeight;
    }
}
