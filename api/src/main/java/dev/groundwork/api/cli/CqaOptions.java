package dev.groundwork.api.cli;

import dev.groundwork.query.cqa.SearchOptions;
import dev.groundwork.query.cqa.SearchProfile;
import dev.groundwork.query.cqa.TNorm;
import dev.groundwork.graph.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The CQD search options shared by {@code eval cqa} and {@code ask --query}. */
final class CqaOptions {
    @Option(names = "--beam", defaultValue = "16", description = "Candidates kept per variable (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--tnorm", defaultValue = "product", completionCandidates = ChoiceConverter.TNorms.class,
            description = "product or goedel (default: ${DEFAULT-VALUE}).")
    TNorm tnorm;

    @Option(names = "--squash", defaultValue = "sigmoid",
            description = "Raw score to truth value for plain CQD: sigmoid, softmax or minmax (CQD-A always uses sigmoid; default: ${DEFAULT-VALUE}).")
    String squash;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Per-type search settings written by 'tune cqa' (default: beside the model, m.model -> m.cqd.json, if present"
                    + " and none of --beam, --tnorm, --squash is given; 'none': the flags for every type).")
    String profile;

    /**
     * The settings each query type is searched with: the flags for every type when one of them is
     * given or {@code --profile none}, otherwise the profile file when there is one.
     */
    SearchProfile profile(Path model, boolean calibrated, CommandLine.ParseResult parsed) {
        boolean flags = parsed.hasMatchedOption("--beam") || parsed.hasMatchedOption("--tnorm") || parsed.hasMatchedOption("--squash");
        if (profile != null && !"none".equals(profile) && flags) {
            throw new BadInputException("--profile " + profile + " and --beam, --tnorm or --squash exclude each other: the profile sets them per type");
        }
        Path file = profile != null ? Path.of(profile) : SearchProfile.besideModel(model);
        if ("none".equals(profile) || (profile == null && (flags || !Files.isRegularFile(file)))) {
            return SearchProfile.uniform(search(calibrated));
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--profile: " + file + " does not exist; write one with 'tune cqa' or give --profile none");
        }
        return SearchProfile.read(file).withCalibrated(calibrated);
    }

    SearchOptions search(boolean calibrated) {
        SearchOptions.Squash s;
        try {
            s = SearchOptions.Squash.of(squash);
        } catch (BadInputException e) {
            throw new BadInputException("--" + e.getMessage());
        }
        return new SearchOptions(beam, tnorm, s, false).withCalibrated(calibrated);
    }
}
