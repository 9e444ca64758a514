package dev.groundwork.query.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkPredictorUmlsTest {
    @TempDir
    Path temp;

    @Test
    void complExReachesPublishedQualityOnUmlsTest() {
        EvaluationResult test = Umls.model().evaluate(Umls.data(), Split.TEST);

        assertThat(test.split()).isEqualTo("test");
        assertThat(test.n()).isEqualTo(661);
        assertThat(test.mrr()).isGreaterThanOrEqualTo(0.85);
        assertThat(test.hits1()).isLessThanOrEqualTo(test.hits3());
        assertThat(test.hits3()).isLessThanOrEqualTo(test.hits10());
        assertThat(test.mrr()).isBetween(test.hits1(), 1.0);
    }

    @Test
    void topTailsEqualABruteForceReferenceScorer() {
        LinkPredictor model = Umls.model();
        Triple triple = Umls.data().test().get(0);

        List<Prediction> fast = model.topTails(triple.head(), triple.relation(), 10);
        List<Prediction> reference = bruteForce(model, triple.head(), triple.relation(), 10);

        assertThat(fast).extracting(Prediction::entity).containsExactlyElementsOf(reference.stream().map(Prediction::entity).toList());
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.get(i).score()).isCloseTo(reference.get(i).score(), within(1e-4f));
        }
    }

    @Test
    void topHeadsFindTheOnlyKnownHeadOfMostTestQueries() {
        LinkPredictor model = Umls.model();
        Map<String, Set<String>> heads = new HashMap<>();
        for (Split split : Split.values()) {
            Umls.data().get(split).forEach(t -> heads.computeIfAbsent(t.relation() + "|" + t.tail(), key -> new HashSet<>()).add(t.head()));
        }
        List<Triple> unique = Umls.data().test().stream().filter(t -> heads.get(t.relation() + "|" + t.tail()).size() == 1).toList();

        long found = unique.stream()
                .filter(t -> model.topHeads(t.relation(), t.tail(), 10).stream().anyMatch(p -> p.entity().equals(t.head())))
                .count();

        assertThat(unique).hasSizeGreaterThan(10);
        assertThat((double) found / unique.size()).isGreaterThan(0.8);
    }

    @Test
    void modelFileRoundTripKeepsEveryAnswer() throws IOException {
        LinkPredictor model = Umls.model();
        Path file = temp.resolve("umls.model");
        model.save(file);

        LinkPredictor loaded = LinkPredictor.load(file);

        Triple triple = Umls.data().test().get(5);
        assertThat(loaded.type()).isEqualTo(ModelType.COMPLEX);
        assertThat(loaded.rank()).isEqualTo(64);
        assertThat(loaded.entityCount()).isEqualTo(model.entityCount());
        assertThat(loaded.relationCount()).isEqualTo(46);
        assertThat(loaded.topTails(triple.head(), triple.relation(), 5)).isEqualTo(model.topTails(triple.head(), triple.relation(), 5));
        assertThat(loaded.score(triple.head(), triple.relation(), triple.tail())).isEqualTo(model.score(triple.head(), triple.relation(), triple.tail()));
        assertThat(loaded.evaluate(Umls.data(), Split.VALID)).isEqualTo(model.evaluate(Umls.data(), Split.VALID));
        Path again = temp.resolve("again.model");
        loaded.save(again);
        assertThat(Files.mismatch(file, again)).isEqualTo(-1L);
    }

    @Test
    void calibratedProbabilityIsHigherForTrueTriplesThanForCorruptedOnes() {
        LinkPredictor model = Umls.model();
        List<String> entities = Umls.data().train().stream().map(Triple::tail).distinct().toList();
        double positives = 0;
        double negatives = 0;
        List<Triple> test = Umls.data().test();
        for (int i = 0; i < test.size(); i++) {
            Triple t = test.get(i);
            positives += model.score(t.head(), t.relation(), t.tail()).probability();
            negatives += model.score(t.head(), t.relation(), entities.get((i * 31) % entities.size())).probability();
        }

        assertThat(positives / test.size()).isGreaterThan(0.7);
        assertThat(negatives / test.size()).isLessThan(0.3);
    }

    @Test
    void unknownEntityIsAnErrorNamingTheModelSize() {
        assertThatThrownBy(() -> Umls.model().topTails("no_such_thing", "isa", 3))
                .isInstanceOf(BadInputException.class)
                .hasMessage("entity 'no_such_thing' is not in the model (trained on 135 entities); retrain");
    }

    @Test
    void unknownRelationIsAnErrorNamingTheModelSize() {
        assertThatThrownBy(() -> Umls.model().score("alga", "eats", "alga"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("relation 'eats' is not in the model (trained on 46 relations); retrain");
    }

    @Test
    void evaluatingTriplesWithAnUnknownEntityFailsInsteadOfScoringThem() {
        TripleSplits other = new TripleSplits(Umls.data().train(), List.of(), List.of(new Triple("alga", "isa", "unicorn")));

        assertThatThrownBy(() -> Umls.model().evaluate(other, Split.TEST))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("entity 'unicorn' is not in the model");
    }

    @Test
    void nonPositiveKIsRejected() {
        assertThatThrownBy(() -> Umls.model().topTails("alga", "isa", 0))
                .isInstanceOf(BadInputException.class)
                .hasMessage("k must be positive, got 0");
    }

    @Test
    void loadingAMissingFileIsNotFound() {
        Path missing = temp.resolve("missing.model");
        loadingFails(missing, NotFoundException.class)
                .hasMessage("model file '" + missing + "' does not exist");
    }

    @Test
    void loadingAFileOfAnotherKindNamesTheMagic() throws IOException {
        Path file = temp.resolve("other.model");
        Files.writeString(file, "NOTAMODEL and some more bytes");

        loadingFails(file, BadInputException.class)
                .hasMessage("file '" + file + "' is not a Groundwork link-prediction model file (magic 'NOTAMODE', expected 'GWLPMODL')");
    }

    @Test
    void aSaveThatFailsPartWayLeavesTheOldModelIntactAndLoadable() throws IOException {
        Path file = temp.resolve("kept.model");
        LinkPredictor model = Umls.model();
        model.save(file);
        byte[] before = Files.readAllBytes(file);
        ModelFile.Contents good = ModelFile.read(file);
        Embeddings e = good.embeddings();
        // The relation table is missing, so the write fails after the header and the entity table went out.
        ModelFile.Contents broken = new ModelFile.Contents(good.vocabularies(),
                new Embeddings(e.type(), e.rank(), e.entityCount(), e.relationCount(), e.entities(), null), good.calibration());

        assertThatThrownBy(() -> ModelFile.write(file, broken)).isInstanceOf(NullPointerException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(LinkPredictor.load(file).entityCount()).isEqualTo(model.entityCount());
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("kept.model");
        }
    }

    @Test
    void loadingATruncatedModelFileIsBadInput() throws IOException {
        Path file = temp.resolve("full.model");
        Umls.model().save(file);
        Path truncated = temp.resolve("truncated.model");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        loadingFails(truncated, BadInputException.class)
                .hasMessageContaining("is truncated or corrupt");
    }

    /** Loading {@code file} fails with a {@code type}; the assertions on its message follow. */
    private static AbstractThrowableAssert<?, ? extends Throwable> loadingFails(Path file, Class<? extends Throwable> type) {
        return assertThatThrownBy(() -> LinkPredictor.load(file)).isInstanceOf(type);
    }

    /**
     * Scores every entity straight from the ComplEx definition Re(sum h_i r_i conj(t_i)) in double
     * precision, on the tables read back from a model file: independent of the serving code path.
     */
    private List<Prediction> bruteForce(LinkPredictor model, String head, String relation, int k) {
        Path file = temp.resolve("reference.model");
        model.save(file);
        ModelFile.Contents contents = ModelFile.read(file);
        Embeddings e = contents.embeddings();
        int rank = e.rank();
        int width = 2 * rank;
        int h = contents.vocabularies().entities().names().indexOf(head) * width;
        int r = contents.vocabularies().relations().names().indexOf(relation) * width;
        List<Prediction> all = new ArrayList<>();
        for (int tail = 0; tail < e.entityCount(); tail++) {
            int t = tail * width;
            double score = 0;
            for (int i = 0; i < rank; i++) {
                double hr = e.entities()[h + i], hi = e.entities()[h + rank + i];
                double rr = e.relations()[r + i], ri = e.relations()[r + rank + i];
                double tr = e.entities()[t + i], ti = -e.entities()[t + rank + i];
                // Re((hr + i hi)(rr + i ri)(tr + i ti))
                double pr = hr * rr - hi * ri, pi = hr * ri + hi * rr;
                score += pr * tr - pi * ti;
            }
            all.add(new Prediction(contents.vocabularies().entities().name(tail), (float) score));
        }
        all.sort(Comparator.comparing(Prediction::score).reversed());
        return all.subList(0, k);
    }
}
