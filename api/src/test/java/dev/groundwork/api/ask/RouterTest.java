package dev.groundwork.api.ask;

import dev.groundwork.graph.model.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the router reads from the domains: cue words and stop words (no model, no graph). */
class RouterTest {
    private static AnswerDomain domain(String name, Set<String> cues, Set<String> stop) {
        return new AnswerDomain() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String countCypher() {
                throw new UnsupportedOperationException("not read here");
            }

            @Override
            public String namesCypher() {
                throw new UnsupportedOperationException("not read here");
            }

            @Override
            public Set<String> cueWords() {
                return cues;
            }

            @Override
            public Set<String> stopWords() {
                return stop;
            }

            @Override
            public double entityWeight() {
                return 1;
            }

            @Override
            public Answer answer(String question, int k) {
                throw new UnsupportedOperationException("not asked here");
            }
        };
    }

    @Test
    void aCueWordOfOneDomainNeverCountsAsAnEntityNameOfAnyDomain() {
        Map<String, Set<String>> stop = Router.stopWords(List.of(domain("sports", Set.of("cup"), Set.of()),
                domain("commonsense", Set.of(), Set.of("thing"))));
        List<String> tokens = Router.tokens("Who won the cup? Is it a thing or a cat?");
        Set<String> names = Set.of("cup", "thing", "cat", "the");

        assertThat(Router.hits(tokens, names, stop.get("commonsense"))).as("cat only").isEqualTo(1);
        assertThat(Router.hits(tokens, names, stop.get("sports"))).as("thing and cat: commonsense's stop word is its own").isEqualTo(2);
    }

    @Test
    void theShippedDomainsDeclareTheWordsTheRouterOnceHardCoded() {
        Map<String, Set<String>> stop = Router.stopWords(Asker.DOMAINS.stream().map(d -> d.apply(null)).toList());

        assertThat(stop.keySet()).containsExactlyInAnyOrder("tickets", "sports", "commonsense");
        stop.values().forEach(words -> assertThat(words).contains("world", "cup", "win", "won", "ticket", "tickets", "bug", "issue", "the"));
    }

    @Test
    void everyShippedDomainHasExampleQuestions() {
        Asker.DOMAINS.stream().map(d -> d.apply(null)).forEach(d -> assertThat(d.exampleQuestions()).as(d.name()).hasSizeGreaterThan(10));
        assertThat(Router.examples(Router.NONE)).hasSizeGreaterThan(10);
    }
}
