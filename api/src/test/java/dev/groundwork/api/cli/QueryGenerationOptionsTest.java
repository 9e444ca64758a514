package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.QueryGenerator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults each cqa command gives the shared query-generation options, and that a given --types replaces them. */
class QueryGenerationOptionsTest {
    /** Parses as the root command line does: enums in any case, the lenient choice converters. */
    private static void parse(Object command, String... args) {
        CommandLine cmd = new CommandLine(command);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        ChoiceConverter.register(cmd);
        cmd.parseArgs(args);
    }

    @Test
    void eachCommandKeepsItsOwnDefaults() {
        GenerateCommand.Cqa generate = new GenerateCommand.Cqa();
        parse(generate, "--triples", "d", "--out", "q.jsonl");
        TrainCqaCommand train = new TrainCqaCommand();
        parse(train, "--model", "m.model");

        assertThat(generate.generated.types).hasSize(14).startsWith("1p", "2p", "3p");
        assertThat(generate.generated.n).isEqualTo(1000);
        assertThat(generate.generated.seed.value()).isEqualTo(42);
        assertThat(generate.generated.protocol).isEqualTo(QueryGenerator.Protocol.BETAE);
        assertThat(generate.generated.maxAnswers).isZero();
        assertThat(train.generated.types).containsExactly("1p", "2p", "3p", "2i", "3i", "2in", "3in", "inp", "pin", "pni");
        assertThat(train.generated.n).isEqualTo(500);
        assertThat(train.loop.epochs).isEqualTo(2);
        assertThat(train.loop.batchSize).isEqualTo(32);
    }

    @Test
    void givenTypesReplaceTheDefaultRatherThanAddToIt() {
        TuneCommand.Cqa tune = new TuneCommand.Cqa();
        parse(tune, "--model", "m.model", "--triples", "d", "--types", "2i,3i", "--n", "7", "--seed", "9", "--protocol", "query2box",
                "--max-answers", "100");

        assertThat(tune.generated.types).isEqualTo(List.of("2i", "3i"));
        assertThat(tune.generated.n).isEqualTo(7);
        assertThat(tune.generated.seed.value()).isEqualTo(9);
        assertThat(tune.generated.protocol).isEqualTo(QueryGenerator.Protocol.QUERY2BOX);
        assertThat(tune.generated.maxAnswers).isEqualTo(100);
    }
}
