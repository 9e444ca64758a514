package dev.groundwork.api;

import dev.groundwork.api.cli.GroundworkCommand;

/**
 * The {@code groundwork} executable: every command of the command line, including {@code serve}.
 *
 * <pre>{@code
 * java -jar groundwork.jar cypher "RETURN 1 AS x" --json
 * }</pre>
 */
public final class Groundwork {
    private Groundwork() {}

    public static void main(String[] args) {
        System.exit(GroundworkCommand.run(args));
    }
}
