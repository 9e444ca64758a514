package dev.groundwork.query.linkprediction.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.NotFoundException;
import dev.groundwork.query.linkprediction.LinkPredictor;
import dev.groundwork.query.linkprediction.ModelType;
import dev.groundwork.query.linkprediction.Prediction;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * PyTorch-BigGraph checkpoints written by h5py in PBG's layout ({@code make_pbg_fixtures.py}; the
 * rules are in the README beside it). Expected scores are computed here from {@code known.json}
 * with PBG's own formula, {@code m(x, g_r(y))}: the operator transforms the right-hand side.
 */
class PbgCheckpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RELATIONS = List.of("isa", "part_of");
    private static final TripleSplits SPLITS = new TripleSplits(
            List.of(new Triple("alga", "isa", "plant"), new Triple("fungus", "isa", "plant"), new Triple("cell", "part_of", "tissue"),
                    new Triple("tissue", "part_of", "plant"), new Triple("Zürich", "isa", "cell")),
            List.of(new Triple("alga", "part_of", "cell")),
            List.of(new Triple("fungus", "part_of", "tissue")));

    private static Path fixture(String name) throws Exception {
        return Path.of(PbgCheckpointTest.class.getResource("/linkprediction/exchange/" + name).toURI());
    }

    private static double[] vector(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    /** PBG: dot(x, complex_diagonal_r(y)) with rows [real | imaginary]. */
    private static double pbgComplEx(JsonNode known, String x, String r, String y) {
        double[] a = vector(known.path("entities").path(x));
        double[] b = vector(known.path("entities").path(y));
        double[] re = vector(known.path("relations").path(r).path("real"));
        double[] im = vector(known.path("relations").path(r).path("imag"));
        int half = re.length;
        double score = 0;
        for (int i = 0; i < half; i++) {
            double gRe = b[i] * re[i] - b[half + i] * im[i];
            double gIm = b[i] * im[i] + b[half + i] * re[i];
            score += a[i] * gRe + a[half + i] * gIm;
        }
        return score;
    }

    /** PBG: -||(x + global) - ((y + global) + translation_r)||_2 (the l2 comparator with global_emb). */
    private static double pbgTransE(JsonNode known, String x, String r, String y) {
        double[] a = vector(known.path("entities").path(x));
        double[] b = vector(known.path("entities").path(y));
        double[] g = vector(known.path("global_embedding"));
        double[] t = vector(known.path("relations").path(r).path("translation"));
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] + g[i]) - (b[i] + g[i] + t[i]);
            sum += d * d;
        }
        return -Math.sqrt(sum);
    }

    @Test
    void complExCheckpointWithDynamicRelationsAndTwoPartitionsScoresAsPbgDoesInBothDirections() throws Exception {
        JsonNode known = JSON.readTree(fixture("pbg-complex/known.json").toFile());
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.PBG, fixture("pbg-complex/model"), Optional.empty(), OptionalDouble.empty());

        assertThat(model.type()).isEqualTo(ModelType.COMPLEX);
        assertThat(model.rank()).isEqualTo(2);
        assertThat(model.entities()).containsExactlyInAnyOrder("alga", "plant", "fungus", "cell", "tissue", "Zürich");
        assertThat(model.relations()).containsExactlyElementsOf(RELATIONS);
        assertScoresBothWays(model, (x, r, y) -> pbgComplEx(known, x, r, y));
    }

    @Test
    void transECheckpointWithStaticRelationsAndAGlobalEmbeddingIsTheNegativeL2Distance() throws Exception {
        JsonNode known = JSON.readTree(fixture("pbg-transe/known.json").toFile());
        LinkPredictor model = TrainerExchange.importEmbeddings(TrainerFormat.PBG, fixture("pbg-transe/model"), Optional.empty(), OptionalDouble.empty());

        assertThat(model.type()).isEqualTo(ModelType.TRANSE_L2);
        assertThat(model.gamma()).isZero();
        assertScoresBothWays(model, (x, r, y) -> pbgTransE(known, x, r, y));
    }

    @Test
    void roundTripExportIsWhatTheCheckpointWasTrainedOnAndTheImportedModelScoresItsEdgesByTheEmbeddingsMaths(@TempDir Path dir)
            throws Exception {
        TrainerExchange.Export export = TrainerExchange.exportTriples(SPLITS, TrainerFormat.PBG, dir, ModelType.COMPLEX, 4);
        for (String split : List.of("train.tsv", "valid.tsv", "test.tsv")) {
            assertThat(Files.readString(dir.resolve(split))).as(split).isEqualTo(Files.readString(fixture("pbg-complex/" + split)));
        }
        assertThat(Files.readString(dir.resolve("config.py"))).contains("\"operator\": \"complex_diagonal\"", "comparator=\"dot\"",
                "dynamic_relations=True", "dimension=4");
        assertThat(export.nextStep()).contains("torchbiggraph_import_from_tsv");

        JsonNode known = JSON.readTree(fixture("pbg-complex/known.json").toFile());
        LinkPredictor imported = TrainerExchange.importEmbeddings(TrainerFormat.PBG, fixture("pbg-complex/model"), Optional.empty(), OptionalDouble.empty());
        imported.save(dir.resolve("pbg.model"));
        LinkPredictor loaded = LinkPredictor.load(dir.resolve("pbg.model"));
        for (Triple t : Stream.of(SPLITS.train(), SPLITS.valid(), SPLITS.test()).flatMap(List::stream).toList()) {
            assertThat((double) loaded.score(t.head(), t.relation(), t.tail()).score()).as(t.toString())
                    .isCloseTo(pbgComplEx(known, t.head(), t.relation(), t.tail()), within(1e-5));
        }
        assertThat(loaded.evaluate(SPLITS, dev.groundwork.query.linkprediction.Split.TEST).n()).isEqualTo(1);
    }

    @Test
    void transEExportsAsPbgsTranslationWithL2AndL1IsRefusedBecausePbgHasNoL1Comparator(@TempDir Path dir) {
        TrainerExchange.exportTriples(SPLITS, TrainerFormat.PBG, dir, ModelType.TRANSE_L2, 8);
        assertThat(dir.resolve("config.py")).content().contains("\"operator\": \"translation\"", "comparator=\"l2\"");

        assertThatThrownBy(() -> TrainerExchange.exportTriples(SPLITS, TrainerFormat.PBG, dir.resolve("l1"), ModelType.TRANSE_L1, 8))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--type transe_l1 cannot be trained by PyTorch-BigGraph");
    }

    @Test
    void aTypeThatContradictsTheConfigOrAnUnsupportedComparatorIsRefusedNamingBoth(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.PBG, fixture("pbg-complex/model"),
                Optional.of(ModelType.DISTMULT), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--type distmult disagrees with").hasMessageContaining("'complex_diagonal'");

        Path copy = copyCheckpoint(fixture("pbg-complex/model"), dir.resolve("model"));
        ObjectNode config = (ObjectNode) JSON.readTree(copy.resolve("config.json").toFile());
        config.put("comparator", "cos");
        JSON.writeValue(copy.resolve("config.json").toFile(), config);
        for (Path names : Files.list(fixture("pbg-complex/data")).toList()) {
            Files.copy(names, copy.resolve(names.getFileName()));
        }
        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.PBG, copy, Optional.empty(), OptionalDouble.empty()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("operator 'complex_diagonal' with comparator 'cos'");
    }

    @Test
    void missingEntityNamesAreOneMessageNamingWhereTheyWereLookedFor(@TempDir Path dir) throws Exception {
        Path copy = copyCheckpoint(fixture("pbg-complex/model"), dir.resolve("elsewhere"));

        assertThatThrownBy(() -> TrainerExchange.importEmbeddings(TrainerFormat.PBG, copy, Optional.empty(), OptionalDouble.empty()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no entity_names_<type>_<part>.json").hasMessageContaining("copy them and dynamic_rel_names.json into");
    }

    interface Formula {
        double score(String x, String r, String y);
    }

    /** Every triple's score, and every head prediction's, equals the formula's score of (x, r, y). */
    private static void assertScoresBothWays(LinkPredictor model, Formula formula) {
        for (String x : model.entities()) {
            for (String r : RELATIONS) {
                for (String y : model.entities()) {
                    assertThat((double) model.score(x, r, y).score()).as("(%s, %s, %s)", x, r, y)
                            .isCloseTo(formula.score(x, r, y), within(1e-5));
                }
                for (Prediction head : model.topHeads(r, x, 6)) {
                    assertThat((double) head.score()).isCloseTo(formula.score(head.entity(), r, x), within(1e-5));
                }
            }
        }
    }

    private static Path copyCheckpoint(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        for (Path f : Files.list(from).toList()) {
            Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }
}
