package dev.groundwork.query.linkprediction.exchange;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.Split;
import dev.groundwork.query.linkprediction.EvaluationResult;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.Prediction;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Embeddings trained elsewhere score exactly as their maths says, in both directions, and triples
 * go out in each trainer's layout and come back unchanged. The DGL-KE fixtures were written by
 * numpy.save itself ({@code make_fixtures.py} beside them): the values below are the ones it wrote.
 */
class TrainerExchangeTest {
    private static final List<String> ENTITIES = List.of("alga", "plant", "fungus", "cell", "tissue");
    private static final List<String> RELATIONS = List.of("isa", "part_of");
    private static final float[][] COMPLEX_RELATIONS = {{0.5f, -1.0f, 0.25f, 2.0f}, {-0.75f, 0.5f, 1.5f, -0.5f}};
    private static final float[][] DISTMULT_RELATIONS = {{1.0f, -2.0f, 0.5f}, {0.25f, 0.75f, -1.25f}};

    private static float complexEntity(int i, int j) {
        return (i * 4 + j - 7) / 5f;
    }

    private static float distMultEntity(int i, int j) {
        return (float) (-1 + 2.0 * (i * 3 + j) / 14);
    }

    /** Re(<h, r, conj(t)>) with rows [re | im], written out as DGL-KE's ComplExScore does. */
    private static double complexScore(int h, int r, int t) {
        double s = 0;
        for (int k = 0; k < 2; k++) {
            double reH = complexEntity(h, k), imH = complexEntity(h, k + 2);
            double reT = complexEntity(t, k), imT = complexEntity(t, k + 2);
            double reR = COMPLEX_RELATIONS[r][k], imR = COMPLEX_RELATIONS[r][k + 2];
            s += reH * reT * reR + imH * imT * reR + reH * imT * imR - imH * reT * imR;
        }
        return s;
    }

    private static double distMultScore(int h, int r, int t) {
        double s = 0;
        for (int k = 0; k < 3; k++) {
            s += (double) distMultEntity(h, k) * DISTMULT_RELATIONS[r][k] * distMultEntity(t, k);
        }
        return s;
    }

    // make_fixtures.py's dglke-transe: TransE_l1, gamma 12.
    private static final float[][] TRANSE_ENTITIES = {
            {0.5f, -1.0f, 2.0f}, {1.5f, 0.0f, -0.5f}, {-2.0f, 1.0f, 0.25f}, {0.0f, 0.0f, 0.0f}, {3.0f, -2.5f, 1.0f}};
    private static final float[][] TRANSE_RELATIONS = {{1.0f, 1.0f, -2.5f}, {-0.5f, 2.0f, 0.75f}};

    /** DGL-KE's TransEScore: gamma - th.norm(head + rel - tail, p). */
    private static double transE(double gamma, int p, int h, int r, int t) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            double d = (double) TRANSE_ENTITIES[h][k] + TRANSE_RELATIONS[r][k] - TRANSE_ENTITIES[t][k];
            sum += p == 1 ? Math.abs(d) : d * d;
        }
        return gamma - (p == 1 ? sum : Math.sqrt(sum));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TrainerExchangeTest.class.getResource("/linkprediction/exchange/" + name).toURI());
    }

    @Test
    void dglKeComplExEmbeddingsScoreEveryTripleAsTheirMathsSays() throws Exception {
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-complex"), Optional.empty(), OptionalDouble.empty());

        assertThat(model.type()).isEqualTo(ModelType.COMPLEX);
        assertThat(model.rank()).isEqualTo(2);
        for (int h = 0; h < ENTITIES.size(); h++) {
            for (int r = 0; r < RELATIONS.size(); r++) {
                for (int t = 0; t < ENTITIES.size(); t++) {
                    assertThat((double) model.score(ENTITIES.get(h), RELATIONS.get(r), ENTITIES.get(t)).score())
                            .as("(%s, %s, %s)", h, r, t).isCloseTo(complexScore(h, r, t), within(1e-5));
                }
            }
        }
    }

    @Test
    void headPredictionOfAnImportedModelRanksHeadsByTheForwardScore() throws Exception {
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-complex"), Optional.empty(), OptionalDouble.empty());

        for (int r = 0; r < RELATIONS.size(); r++) {
            for (int t = 0; t < ENTITIES.size(); t++) {
                List<Prediction> heads = model.topHeads(RELATIONS.get(r), ENTITIES.get(t), ENTITIES.size());
                assertThat(heads).extracting(Prediction::entity).as("heads of (?, %s, %s)", r, t)
                        .containsExactlyInAnyOrderElementsOf(ENTITIES);
                assertThat(heads).extracting(p -> (double) p.score()).isSortedAccordingTo(Comparator.reverseOrder());
                for (Prediction p : heads) {
                    assertThat((double) p.score()).isCloseTo(complexScore(ENTITIES.indexOf(p.entity()), r, t), within(1e-5));
                }
            }
        }
    }

    @Test
    void dglKeDistMultInFortranOrderedDoublesNeedsTheTypeAndScoresBothWays() throws Exception {
        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-distmult"), Optional.empty(), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no config.json").hasMessageContaining("give --type complex, distmult, transe_l1 or transe_l2");

        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-distmult"),
                Optional.of(ModelType.DISTMULT), OptionalDouble.empty());
        for (int h = 0; h < ENTITIES.size(); h++) {
            for (int t = 0; t < ENTITIES.size(); t++) {
                assertThat((double) model.score(ENTITIES.get(h), "part_of", ENTITIES.get(t)).score())
                        .isCloseTo(distMultScore(h, 1, t), within(1e-5));
            }
        }
        Prediction bestHead = model.topHeads("isa", "cell", 1).getFirst();
        assertThat((double) bestHead.score()).isCloseTo(
                ENTITIES.stream().mapToDouble(h -> distMultScore(ENTITIES.indexOf(h), 0, 3)).max().orElseThrow(), within(1e-5));
    }

    @Test
    void aTypeThatContradictsDglKesConfigIsRefusedNamingBoth() throws Exception {
        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-complex"),
                Optional.of(ModelType.DISTMULT), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--type distmult disagrees with").hasMessageContaining("ComplEx");
    }

    /** The DGL-KE ComplEx fixture with one file replaced by {@code content}: the import refuses it, saying why. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            entities.tsv                   | 0\\talga\\n1\\tplant\\n  | have 5 entity and 2 relation rows, but the id maps name 2 entities and 2 relations
            groundwork_ComplEx_entity.npy  | not numpy             | groundwork_ComplEx_entity.npy' does not start with the NumPy magic
            """)
    void aFileThatDoesNotFitTheOthersIsRefusedNamingWhy(String replaced, String content, String message, @TempDir Path dir)
            throws Exception {
        for (String f : List.of("groundwork_ComplEx_entity.npy", "groundwork_ComplEx_relation.npy", "entities.tsv", "relations.tsv",
                "config.json")) {
            if (!f.equals(replaced)) {
                Files.copy(fixture("dglke-complex").resolve(f), dir.resolve(f));
            }
        }
        Files.writeString(dir.resolve(replaced), content.replace("\\t", "\t").replace("\\n", "\n"));

        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, dir, Optional.empty(), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void tsvEmbeddingsImportSaveAndLoadWithTheSameScores(@TempDir Path dir) throws IOException {
        StringBuilder entities = new StringBuilder();
        for (int i = 0; i < ENTITIES.size(); i++) {
            entities.append(ENTITIES.get(i));
            for (int j = 0; j < 4; j++) {
                entities.append(j == 0 ? '\t' : ' ').append(complexEntity(i, j));
            }
            entities.append('\n');
        }
        Files.writeString(dir.resolve("entity_embeddings.tsv"), entities);
        Files.writeString(dir.resolve("relation_embeddings.tsv"), "isa\t0.5\t-1.0\t0.25\t2.0\npart_of\t-0.75\t0.5\t1.5\t-0.5\n");

        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.TSV, dir, Optional.of(ModelType.COMPLEX), OptionalDouble.empty());
        model.save(dir.resolve("m.model"));
        LinkPredictor loaded = LinkPredictor.load(dir.resolve("m.model"));

        assertThat((double) loaded.score("fungus", "part_of", "alga").score()).isCloseTo(complexScore(2, 1, 0), within(1e-5));
        assertThat(loaded.topHeads("isa", "tissue", 5)).extracting(Prediction::entity)
                .isEqualTo(model.topHeads("isa", "tissue", 5).stream().map(Prediction::entity).toList());
        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.TSV, dir, Optional.empty(), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--type is required for --format tsv");
    }

    @Test
    void aTsvRowOfAnotherWidthIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("entity_embeddings.tsv"), "a\t1 2\nb\t1 2 3\n");
        Files.writeString(dir.resolve("relation_embeddings.tsv"), "r\t1 2\n");

        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.TSV, dir, Optional.of(ModelType.DISTMULT), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("entity_embeddings.tsv line 2: 3 values, expected 2 as on the first line");
    }

    @Test
    void aNameThatIsNotUtf8IsRefusedWithItsLineAndByteOffset(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("entity_embeddings.tsv"), new byte[] {'a', '\t', '1', '\n', 'b', (byte) 0xC3, '(', '\t', '2', '\n'});
        Files.writeString(dir.resolve("relation_embeddings.tsv"), "r\t1\n");

        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.TSV, dir, Optional.of(ModelType.DISTMULT), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("entity_embeddings.tsv line 2: not valid UTF-8 at byte offset 5");
    }

    private static TripleSplits splits() {
        return new TripleSplits(
                List.of(new Triple("alga", "isa", "plant"), new Triple("Zürich", "part_of", "fungus"), new Triple("cell", "part_of", "tissue")),
                List.of(new Triple("plant", "isa", "cell")),
                List.of(new Triple("alga", "part_of", "Zürich")));
    }

    @Test
    void tsvExportReadsBackAsTheSameSplits(@TempDir Path dir) {
        TrainerExchange.Export export = TrainerExchange.exportTriples(splits(), TrainerFormat.TSV, dir, ModelType.COMPLEX, 8);

        assertThat(TripleSplits.readDirectory(dir)).isEqualTo(splits());
        assertThat(export.triples()).containsEntry("train", 3).containsEntry("valid", 1).containsEntry("test", 1);
        assertThat(export.entities()).isEqualTo(6);
    }

    @Test
    void dglKeExportWritesIdMapsAndIdTriplesThatMapBackToTheTriples(@TempDir Path dir) throws IOException {
        TrainerExchange.Export export = TrainerExchange.exportTriples(splits(), TrainerFormat.DGLKE, dir, ModelType.COMPLEX, 8);

        List<String> entities = IdMap.read(dir.resolve("entities.dict"));
        List<String> relations = IdMap.read(dir.resolve("relations.dict"));
        List<Triple> train = Files.readAllLines(dir.resolve("train.tsv")).stream().map(l -> l.split("\t"))
                .map(f -> new Triple(entities.get(Integer.parseInt(f[0])), relations.get(Integer.parseInt(f[1])),
                        entities.get(Integer.parseInt(f[2])))).toList();
        assertThat(train).isEqualTo(splits().train());
        assertThat(export.nextStep()).contains("dglke_train --model_name ComplEx").contains("--format udd_hrt")
                .contains("--data_files entities.dict relations.dict train.tsv valid.tsv test.tsv");
    }

    @Test
    void pbgExportWritesNameTriplesAndAConfigForItsImporter(@TempDir Path dir) throws IOException {
        TrainerExchange.Export export = TrainerExchange.exportTriples(splits(), TrainerFormat.PBG, dir, ModelType.DISTMULT, 16);

        assertThat(Files.readString(dir.resolve("train.tsv"))).isEqualTo("alga\tisa\tplant\nZürich\tpart_of\tfungus\ncell\tpart_of\ttissue\n");
        String config = Files.readString(dir.resolve("config.py"));
        assertThat(config).contains("def get_torchbiggraph_config():").contains("\"operator\": \"diagonal\"")
                .contains("dimension=16").contains("dynamic_relations=True").contains("train_partitioned");
        assertThat(export.nextStep()).startsWith("torchbiggraph_import_from_tsv --lhs-col=0 --rel-col=1 --rhs-col=2");
    }

    @Test
    void aNameWithATabCannotBeExported(@TempDir Path dir) {
        TripleSplits bad = new TripleSplits(List.of(new Triple("a\tb", "r", "c")), List.of(), List.of());

        assertThatThrownBy(() -> TrainerExchange.exportTriples(bad, TrainerFormat.TSV, dir, ModelType.COMPLEX, 8))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("name 'a\\tb' of triple").hasMessageContaining("holds a tab or a line break");
        assertThat(dir.resolve("train.txt")).doesNotExist();
    }

    @Test
    void dglKeTransEL1ScoresGammaMinusTheL1DistanceInBothDirectionsAndKeepsGammaInTheModelFile(@TempDir Path dir) throws Exception {
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-transe"), Optional.empty(), OptionalDouble.empty());
        assertThat(model.type()).isEqualTo(ModelType.TRANSE_L1);
        assertThat(model.gamma()).isEqualTo(12f);
        model.save(dir.resolve("t.model"));
        LinkPredictor loaded = LinkPredictor.load(dir.resolve("t.model"));
        assertThat(loaded.type()).isEqualTo(ModelType.TRANSE_L1);
        assertThat(loaded.gamma()).isEqualTo(12f);

        for (int r = 0; r < RELATIONS.size(); r++) {
            for (int h = 0; h < ENTITIES.size(); h++) {
                for (int t = 0; t < ENTITIES.size(); t++) {
                    float score = model.score(ENTITIES.get(h), RELATIONS.get(r), ENTITIES.get(t)).score();
                    assertThat((double) score).as("(%s, %s, %s)", h, r, t).isCloseTo(transE(12, 1, h, r, t), within(1e-5));
                    assertThat(loaded.score(ENTITIES.get(h), RELATIONS.get(r), ENTITIES.get(t)).score()).isEqualTo(score);
                }
            }
            for (int t = 0; t < ENTITIES.size(); t++) {
                List<Prediction> heads = model.topHeads(RELATIONS.get(r), ENTITIES.get(t), ENTITIES.size());
                assertThat(heads).extracting(p -> (double) p.score()).isSortedAccordingTo(Comparator.reverseOrder());
                for (Prediction p : heads) {
                    assertThat((double) p.score()).as("head %s of (?, %s, %s)", p.entity(), r, t)
                            .isCloseTo(transE(12, 1, ENTITIES.indexOf(p.entity()), r, t), within(1e-5));
                }
            }
        }
        // --gamma overrides config.json's margin; every score moves by the difference.
        LinkPredictor shifted = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-transe"), Optional.empty(), OptionalDouble.of(2.0));
        assertThat((double) shifted.score("alga", "isa", "cell").score()).isCloseTo(transE(2, 1, 0, 0, 3), within(1e-5));
    }

    @Test
    void transEL2FromTsvNeedsItsMarginAndRanksByTheEuclideanDistance(@TempDir Path dir) throws Exception {
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < ENTITIES.size(); i++) {
            float[] row = TRANSE_ENTITIES[i];
            e.append(ENTITIES.get(i)).append('\t').append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]).append('\n');
        }
        Files.writeString(dir.resolve("entity_embeddings.tsv"), e);
        Files.writeString(dir.resolve("relation_embeddings.tsv"), "isa\t1.0 1.0 -2.5\npart_of\t-0.5\t2.0\t0.75\n");

        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.TSV, dir, Optional.of(ModelType.TRANSE_L2), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("need their margin: give --gamma G");
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.TSV, dir, Optional.of(ModelType.TRANSE_L2), OptionalDouble.of(6.0));
        for (int h = 0; h < ENTITIES.size(); h++) {
            for (int t = 0; t < ENTITIES.size(); t++) {
                assertThat((double) model.score(ENTITIES.get(h), "part_of", ENTITIES.get(t)).score())
                        .isCloseTo(transE(6, 2, h, 1, t), within(1e-5));
            }
        }
        // eval linkpred's filtered ranks, both directions, against the ranks the formula gives.
        List<Triple> test = List.of(new Triple("alga", "isa", "plant"), new Triple("cell", "part_of", "tissue"), new Triple("fungus", "isa", "alga"));
        List<Triple> train = List.of(new Triple("alga", "isa", "tissue"));
        EvaluationResult result = model.evaluate(new TripleSplits(train, List.of(), test), Split.TEST);
        double reciprocal = 0;
        for (Triple x : test) {
            int h = ENTITIES.indexOf(x.head()), r = RELATIONS.indexOf(x.relation()), t = ENTITIES.indexOf(x.tail());
            int betterTails = 0, betterHeads = 0;
            for (int o = 0; o < ENTITIES.size(); o++) {
                boolean knownTail = train.contains(new Triple(x.head(), x.relation(), ENTITIES.get(o)))
                        || test.contains(new Triple(x.head(), x.relation(), ENTITIES.get(o)));
                boolean knownHead = train.contains(new Triple(ENTITIES.get(o), x.relation(), x.tail()))
                        || test.contains(new Triple(ENTITIES.get(o), x.relation(), x.tail()));
                betterTails += !knownTail && transE(6, 2, h, r, o) > transE(6, 2, h, r, t) ? 1 : 0;
                betterHeads += !knownHead && transE(6, 2, o, r, t) > transE(6, 2, h, r, t) ? 1 : 0;
            }
            reciprocal += 1.0 / (1 + betterTails) + 1.0 / (1 + betterHeads);
        }
        assertThat(result.mrr()).isCloseTo(reciprocal / (2 * test.size()), within(1e-9));
    }

    @Test
    void idLevelScoringOfATransEModelGivesTheSingleTripleScoresForFewAndManyQueries() throws Exception {
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.DGLKE, fixture("dglke-transe"), Optional.empty(), OptionalDouble.empty());
        int count = 70; // above the 64 queries that take the row-by-row path for the bilinear models
        int[] sources = new int[count];
        int[] slots = new int[count];
        for (int i = 0; i < count; i++) {
            sources[i] = i % model.entityCount();
            slots[i] = (i / model.entityCount()) % (2 * model.relationCount());
        }
        float[] out = new float[count * model.entityCount()];
        model.scoreAll(sources, slots, count, out);
        for (int i = 0; i < count; i++) {
            for (int t = 0; t < model.entityCount(); t++) {
                assertThat(out[i * model.entityCount() + t]).isEqualTo(model.rawScore(sources[i], slots[i], t));
            }
        }
        // The reciprocal slot scores (h, r, t) from the tail's side.
        assertThat((double) model.rawScore(3, model.relationCount() + 1, 0)).isCloseTo(transE(12, 1, 0, 1, 3), within(1e-5));
    }
}
