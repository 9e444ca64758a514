package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.SearchOptions;
import dev.groundwork.query.cqa.TNorm;
import dev.groundwork.graph.BadInputException;
import picocli.CommandLine.Option;

import java.util.Locale;

/** The CQD search options shared by {@code eval cqa} and {@code ask --query}. */
final class CqaOptions {
    @Option(names = "--beam", defaultValue = "16", description = "Candidates kept per variable (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--tnorm", defaultValue = "product", description = "product or goedel (default: ${DEFAULT-VALUE}).")
    String tnorm;

    @Option(names = "--squash", defaultValue = "sigmoid",
            description = "Raw score to truth value for plain CQD: sigmoid or softmax (CQD-A always uses sigmoid; default: ${DEFAULT-VALUE}).")
    String squash;

    SearchOptions search(boolean calibrated) {
        SearchOptions.Squash s = switch (squash.toLowerCase(Locale.ROOT)) {
            case "sigmoid" -> SearchOptions.Squash.SIGMOID;
            case "softmax" -> SearchOptions.Squash.SOFTMAX;
            default -> throw new BadInputException("--squash must be sigmoid or softmax, got '" + squash + "'");
        };
        return new SearchOptions(beam, TNorm.of(tnorm), calibrated ? SearchOptions.Squash.SIGMOID : s, calibrated);
    }
}
