package dev.groundwork.api.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's help is complete, and the README names every command; usage errors are one line. */
class HelpTest {
    private static final List<String> STANDARD = List.of("--help", "--version");

    /** Every command below the root, as the words that call it, e.g. {@code [ingest, tickets]}. */
    static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(new CommandLine(GroundworkCommand.class).getCommandSpec(), List.of(), all);
        return all;
    }

    private static void collect(CommandSpec spec, List<String> path, List<List<String>> all) {
        spec.subcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> words = new ArrayList<>(path);
            words.add(name);
            all.add(words);
            collect(sub.getCommandSpec(), words, all);
        });
    }

    @Test
    void everyCommandOptionAndParameterIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (List<String> words : commands()) {
            CommandSpec spec = new CommandLine(GroundworkCommand.class).getCommandSpec();
            for (String w : words) {
                spec = spec.subcommands().get(w).getCommandSpec();
            }
            String name = String.join(" ", words);
            if (String.join("", spec.usageMessage().description()).isBlank()) {
                undescribed.add(name);
            }
            for (var o : spec.options()) {
                if (!STANDARD.contains(o.longestName()) && String.join("", o.description()).isBlank()) {
                    undescribed.add(name + " " + o.longestName());
                }
            }
            for (var p : spec.positionalParameters()) {
                if (String.join("", p.description()).isBlank()) {
                    undescribed.add(name + " " + p.paramLabel());
                }
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyCommandPrintsItsHelp() {
        assertThat(commands()).hasSizeGreaterThan(15);
        for (List<String> words : commands()) {
            List<String> args = new ArrayList<>(words);
            args.add("--help");
            CommandLineTest.Run run = CommandLineTest.groundwork(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: groundwork " + String.join(" ", words));
        }
    }

    @Test
    void readmeNamesEveryCommand() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (List<String> words : commands()) {
            assertThat(readme).as("README mentions `%s`", String.join(" ", words)).contains("`" + String.join(" ", words));
        }
    }

    @Test
    void versionPrintsThePomsVersion() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<artifactId>groundwork-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the parent pom names its version").isTrue();
        CommandLineTest.Run run = CommandLineTest.groundwork("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("groundwork " + m.group(1));
    }

    @Test
    void completionPrintsAScriptThatCompletesSubcommands() {
        CommandLineTest.Run run = CommandLineTest.groundwork("completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("complete -F _complete_groundwork");
        for (String sub : List.of("serve", "demo", "ingest", "eval", "train", "completion")) {
            assertThat(run.out()).as("completes %s", sub).contains(sub);
        }
        assertThat(run.out()).as("completes the second level too").contains("tickets").contains("commonsense");
        assertThat(run.out()).as("completes an enum option's values (export/import --format)").contains("(\"dglke\" \"pbg\" \"tsv\")");
        assertThat(run.out()).as("completes train --optimizer").contains("(\"adagrad\" \"adam\")");
        assertThat(run.out()).as("completes generate/eval --split").contains("(\"train\" \"valid\" \"test\")");
        assertThat(run.out()).as("completes ingest tickets --format from the registry").contains("(\"jira\" \"github\" \"csv\")");
        assertThat(run.out()).as("completes ingest commonsense --format").contains("(\"conceptnet\" \"cn100k\" \"rdf\")");
        assertThat(run.out()).as("completes train/export/import --type").contains("(\"complex\" \"distmult\" \"transe_l1\" \"transe_l2\")");
        assertThat(run.out()).as("completes --tnorm").contains("(\"product\" \"goedel\")");
        assertThat(run.out()).as("completes ask --domain from the Asker's registry").contains("(\"tickets\" \"sports\" \"commonsense\")");
    }

    @Test
    void anUnknownModelTypeIsOneLineNamingTheTypes() {
        CommandLineTest.Run run = CommandLineTest.groundwork("export", "triples", "--format", "tsv", "--type", "rotate", "x");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("Invalid value for option '--type'").contains("rotate").containsIgnoringCase("complex")
                .containsIgnoringCase("distmult");
    }

    @Test
    void anUnknownOptionIsOneLineNamingTheCommand() {
        CommandLineTest.Run run = CommandLineTest.groundwork("demo", "--no-such-option");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("groundwork demo: Unknown option: '--no-such-option'"
                + " (see 'groundwork demo --help')");
    }

    @Test
    void aMissingParameterIsOneLine() {
        CommandLineTest.Run run = CommandLineTest.groundwork("ingest", "tickets", "--format", "csv");
        assertThat(run.exit()).isEqualTo(GroundworkCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("groundwork ingest tickets: Missing required parameter");
    }
}
