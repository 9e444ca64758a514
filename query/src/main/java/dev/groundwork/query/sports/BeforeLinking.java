package dev.groundwork.query.sports;

import dev.groundwork.query.sports.EntityLinker.Kind;
import dev.groundwork.query.sports.EntityLinker.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rewrites of a soccer question that change its names, and so run before they are linked: each is a step of
 * {@link #rewrite}, in the one order they apply, and a new rewrite of that kind is added there as a step of its own. The
 * rewrites of the question's wording alone ({@link Lexicon#canonical}) run later, when the question is read
 * ({@link QuestionFrame#read}). Thread-safe.
 */
final class BeforeLinking {
    private final EntityLinker linker;

    BeforeLinking(EntityLinker linker) {
        this.linker = linker;
    }

    /**
     * {@code question} as its names are linked, rewritten in this order:
     * <ol>
     * <li>a terse prompt said as the question it stands for ({@link Lexicon#spelledOut}: "Referee, 1990 final." is "who was
     *     the referee of the 1990 final?");</li>
     * <li>a remark after the question dropped, the World Cup's names in other languages, FIFA's team codes and a famous
     *     match's nickname rewritten to the names the graph knows ({@link Lexicon#nicknamed}: "the Hand of God game" is
     *     "Argentina vs England at the 1986 World Cup", the teams in the order the rest of the question names them);</li>
     * <li>the teams of a sentence that says what the asker believed or asks whether it is so replaced by "they", when another
     *     sentence follows (withoutBeliefs), on the names the steps before wrote.</li>
     * </ol>
     */
    String rewrite(String question) {
        String out = Lexicon.spelledOut(question);
        out = Lexicon.nicknamed(out, this::inNamedOrder);
        return withoutBeliefs(out);
    }

    /**
     * {@code question} without the teams of a sentence that says what the asker believed or asks whether it is so ("I thought
     * Brazil hosted the 2010 World Cup. Who actually hosted it?", "Italy beat Brazil in 1994, didn't they? Who won that final
     * then?"), when another sentence follows that asks: the belief is being corrected, so its teams are no constraint.
     */
    private String withoutBeliefs(String question) {
        List<Sentence> sentences = Sentence.of(question);
        if (sentences.size() < 2) {
            return question;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).in(question);
            if (i < sentences.size() - 1 && sentences.get(i).believed(question)) {
                List<Mention> teams = linker.link(sentence).stream().filter(m -> m.kind() == Kind.TEAM)
                        .sorted(Comparator.comparingInt(Mention::start).reversed()).toList();
                StringBuilder without = new StringBuilder(sentence);
                teams.forEach(m -> without.replace(m.start(), m.end(), "they"));
                sentence = without.toString();
            }
            out.append(i == 0 ? "" : " ").append(sentence);
        }
        return out.toString();
    }

    /**
     * {@code teams} (names a nickname of a match stands for) in the order {@code rest} of the question names them: a team
     * whose ground it names first (it was at home), then the teams it links, by position; the others after, as given.
     */
    private List<String> inNamedOrder(String rest, List<String> teams) {
        List<Mention> mentions = new ArrayList<>(linker.link(rest));
        QuestionFrame.Ground ground = QuestionFrame.Ground.of(rest, mentions, new ArrayList<>());
        Map<String, Integer> at = new HashMap<>();
        for (String team : teams) {
            String name = linker.link(team).stream().filter(m -> m.kind() == Kind.TEAM).map(m -> m.candidates().getFirst().name())
                    .findFirst().orElse(team);
            int where = ground != null && ground.club().equals(name) ? -1 : mentions.stream().filter(m -> m.kind() == Kind.TEAM
                    && m.candidates().getFirst().name().equals(name)).mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
            at.put(team, where);
        }
        return teams.stream().sorted(Comparator.comparingInt(at::get)).toList();
    }
}
