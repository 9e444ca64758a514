package dev.groundwork.query.sports;

import dev.groundwork.graph.embedding.TextEmbedder;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * All templates, and the choice of one for a question: each template scores the best cosine
 * similarity of the masked question to its example questions; templates whose slots the question
 * cannot fill are out; a template that leaves a named entity unused loses {@value #UNUSED_PENALTY}
 * per kind of entity. Below {@value #MIN_SIMILARITY} nothing fits. Thread-safe after construction.
 */
final class TemplateLibrary {
    static final double UNUSED_PENALTY = 0.1;
    /** The refusal for questions about a competition; {@link SportsQuestionAnswering} words it after what the graph holds. */
    static final String OTHER_COMPETITIONS = "other_competitions";
    /** For a template none of whose examples asks for the kind of answer the question asks for (see {@link Cue}). */
    static final double CUE_PENALTY = 0.1;
    static final double MIN_SIMILARITY = 0.45;
    /** Refusals use no slot, so names count less against them: a question about attendance at a named match is still one. */
    static final double REFUSAL_UNUSED_PENALTY = 0;
    private static final java.util.regex.Pattern PLACEHOLDERS = java.util.regex.Pattern.compile("\\b(Team|Player|Year|Award|Group|Stadium|City|Referee|Manager)('s)?\\b");

    /** The template chosen, its similarity, and the runner-up for messages. */
    record Choice(Template template, double similarity, double score) {}

    private final List<Template> templates;
    private final List<float[]> exampleVectors = new ArrayList<>();
    private final List<Integer> exampleTemplate = new ArrayList<>();
    private final List<java.util.Set<Cue>> cues = new ArrayList<>();
    private final TextEmbedder embedder;

    TemplateLibrary(TextEmbedder embedder) {
        this.embedder = embedder;
        this.templates = Stream.of(TournamentTemplates.all(), MatchTemplates.all(), PlayerTemplates.all(), TeamTemplates.all(), PeopleTemplates.all(), refusals())
                .flatMap(List::stream).toList();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            cues.add(templates.get(i).examples().stream().map(Cue::of).flatMap(java.util.Optional::stream)
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Cue.class))));
            for (String e : templates.get(i).examples()) {
                examples.add(intent(e));
                exampleTemplate.add(i);
            }
        }
        exampleVectors.addAll(embedder.embedAll(examples));
    }

    /**
     * The question without its names: what it asks, not about whom. Names are matched by the
     * slots; left in, they dominate the similarity of short questions.
     */
    static String intent(String masked) {
        return PLACEHOLDERS.matcher(masked).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    List<Template> templates() {
        return templates;
    }

    /** The best template the question's slots can fill, or empty when none is similar enough. */
    java.util.Optional<Choice> choose(QuestionFrame frame) {
        List<Choice> ranked = rank(frame);
        return ranked.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ranked.getFirst());
    }

    /** The templates the question's slots can fill, best score first; empty when the best is not similar enough. */
    List<Choice> rank(QuestionFrame frame) {
        float[] q = embedder.embed(intent(frame.masked()));
        double[] best = new double[templates.size()];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < exampleVectors.size(); i++) {
            int t = exampleTemplate.get(i);
            best[t] = Math.max(best[t], TextEmbedder.dot(q, exampleVectors.get(i)));
        }
        java.util.Optional<Cue> cue = Cue.of(Lexicon.canonical(frame.question()));
        List<Choice> choices = new ArrayList<>();
        for (int t = 0; t < templates.size(); t++) {
            Template template = templates.get(t);
            if (!template.slots().stream().allMatch(frame::has)) {
                continue;
            }
            double score = best[t] - (template.isRefusal() ? REFUSAL_UNUSED_PENALTY : UNUSED_PENALTY) * frame.unused(template.slots());
            if (!template.isRefusal() && cue.isPresent() && !cues.get(t).contains(cue.get())) {
                score -= CUE_PENALTY;
            }
            choices.add(new Choice(template, best[t], score));
        }
        choices.sort(java.util.Comparator.comparingDouble(Choice::score).reversed());
        if (choices.isEmpty() || choices.getFirst().similarity() < MIN_SIMILARITY) {
            return List.of();
        }
        // Only templates similar enough on their own may be tried after the best one.
        return choices.stream().filter(c -> c == choices.getFirst() || c.similarity() >= MIN_SIMILARITY).toList();
    }

    /** Questions about what the data does not record, answered by saying so. */
    static List<Template> refusals() {
        return List.of(
                Template.refusal("attendance", "the data has no attendance figures", "How many spectators attended the Year final?",
                        "What was the attendance at Team vs Team?", "How many fans watched the match in the stadium?"),
                Template.refusal("assists", "the data does not record assists", "How many assists did Player make?",
                        "Who provided the assist for the winning goal?", "Who had the most assists at the Year World Cup?"),
                Template.refusal("player_appearances", java.util.Set.of(Slot.PLAYER), "the data does not record which players played in a match",
                        "How many World Cup matches did Player play?", "How many appearances did Player make at World Cups?",
                        "In how many games did Player play?", "How many minutes did Player play?"),
                Template.refusal(OTHER_COMPETITIONS, "the graph holds no data on that competition",
                        "Who won the European Championship in Year?", "Who won the Copa America?", "Who won the Champions League final?",
                        "How many goals did Player score in the Premier League?", "Who won the Olympic football tournament?"),
                Template.refusal("opinion_or_future", "it asks for an opinion or a prediction, not a recorded fact",
                        "Who is the best player of all time?", "Who will win the next World Cup?", "Which team plays the most beautiful football?",
                        "Is Player better than Player?"),
                Template.refusal("match_statistics", "the data has no match statistics beyond goals, cards, substitutions and shoot-outs",
                        "What was the possession in Team vs Team?", "How many shots on target did Team have in the Year final?",
                        "How many corners were there in the match?", "How many fouls did Team commit?", "How many offsides were given?"),
                Template.refusal("player_attributes", "the data does not record players' height, weight, clubs or salaries",
                        "How tall is Player?", "Which club did Player play for?", "What is Player's salary?", "Who is the heaviest player?",
                        "What was the transfer fee for Player?"),
                Template.refusal("captains", "the sources record no captains (the World Cup squads and the StatsBomb line-ups name none)",
                        "Who captained Team at the Year World Cup?", "Who was Team's captain in the Year final?",
                        "Who wore the captain's armband for Team?", "Which player was the skipper of Team in Year?"),
                Template.refusal("off_topic", "it is not about World Cup football", "What is the capital of France?",
                        "How tall is the Eiffel Tower?", "What is the weather like today?", "Who wrote Hamlet?"));
    }
}
