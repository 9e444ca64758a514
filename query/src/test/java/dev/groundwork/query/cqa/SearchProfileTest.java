package dev.groundwork.query.cqa;

import dev.groundwork.graph.BadInputException;
import dev.groundwork.query.linkprediction.Triple;
import dev.groundwork.query.linkprediction.TripleSplits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchProfileTest {
    private static ComplexQueryAnswerer answerer;
    private static List<LabeledQuery> validation;

    @BeforeAll
    static void setUp() {
        List<Triple> train = new ArrayList<>(ToyWorld.all());
        train.remove(ToyWorld.DELETED);
        TripleSplits splits = new TripleSplits(train, List.of(ToyWorld.DELETED), List.of());
        answerer = ComplexQueryAnswerer.of(ToyWorld.train(splits), train, null);
        validation = QueryGenerator.generate(splits, List.of(QueryType.P1, QueryType.P2, QueryType.I2, QueryType.IN2), 10,
                QueryGenerator.Purpose.VALID, 1);
    }

    @Test
    void selectsForEachTypeTheSettingsWithTheBestValidationMrr() {
        List<SearchOptions> grid = SearchProfile.grid(List.of(2, 4));
        assertThat(grid).hasSize(2 * SearchOptions.Squash.values().length * TNorm.values().length);

        SearchProfile profile = SearchProfile.select(answerer, validation, grid);

        assertThat(profile.fallback()).isEqualTo(grid.get(0));
        assertThat(profile.perType()).isNotEmpty();
        for (Map.Entry<QueryType, SearchOptions> e : profile.perType().entrySet()) {
            List<LabeledQuery> ofType = validation.stream().filter(q -> q.type() == e.getKey()).toList();
            double chosen = mrr(ofType, e.getValue(), e.getKey());
            for (SearchOptions other : grid) {
                assertThat(chosen).as(e.getKey() + " " + e.getValue() + " vs " + other).isGreaterThanOrEqualTo(mrr(ofType, other, e.getKey()));
            }
        }
    }

    @Test
    void roundTripsThroughItsFileBesideTheModel(@TempDir Path dir) {
        SearchProfile profile = new SearchProfile(SearchOptions.defaults(), Map.of(
                QueryType.I2, new SearchOptions(16, TNorm.PRODUCT, SearchOptions.Squash.SOFTMAX, false),
                QueryType.U2, new SearchOptions(32, TNorm.GOEDEL, SearchOptions.Squash.MINMAX, false)));
        Path file = SearchProfile.besideModel(dir.resolve("nell.model"));
        assertThat(file.getFileName().toString()).isEqualTo("nell.cqd.json");

        profile.write(file);

        assertThat(SearchProfile.read(file)).isEqualTo(profile);
        assertThat(SearchProfile.read(file).forType(QueryType.P3)).isEqualTo(SearchOptions.defaults());
    }

    @Test
    void rejectsAProfileWithABadSettingNamingFileAndType(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.cqd.json");
        Files.writeString(file, "{\"fallback\": {\"beam\": 16, \"tnorm\": \"product\", \"squash\": \"sigmoid\"},"
                + " \"types\": {\"2i\": {\"beam\": 16, \"tnorm\": \"product\"}}}");

        assertThatThrownBy(() -> SearchProfile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage("search profile " + file + ", 2i: expected {\"beam\": int, \"tnorm\": text, \"squash\": text},"
                        + " got {\"beam\":16,\"tnorm\":\"product\"}");
        Files.writeString(file, "{\"fallback\": {\"beam\": 16, \"tnorm\": \"product\", \"squash\": \"tanh\"}}");
        assertThatThrownBy(() -> SearchProfile.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage("squash must be sigmoid, softmax or minmax, got 'tanh'");
    }

    @Test
    void minMaxSquashingMapsEachCandidateRowOntoZeroToOne() {
        float[] row = {3f, -1f, 1f, 3f, 0f};
        BeamSearch.minMax(row, 0, row.length, 1f, 0f);
        assertThat(row).containsExactly(1f, 0f, 0.5f, 1f, 0.25f);

        float[] flat = {2f, 2f};
        BeamSearch.minMax(flat, 0, flat.length, 1f, 0f);
        assertThat(flat).containsExactly(0.5f, 0.5f);
    }

    private static double mrr(List<LabeledQuery> queries, SearchOptions options, QueryType type) {
        return answerer.evaluate(queries, options).types().get(type.label()).mrr();
    }
}
