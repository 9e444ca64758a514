package dev.groundwork.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code train}, {@code generate}, {@code tune}): run alone, it prints its usage. */
@Command
abstract class CommandGroup implements Runnable {
    /** Every standard complex-query type, as the {@code --types} default of the cqa subcommands. */
    static final String ALL_QUERY_TYPES = "1p,2p,3p,2i,3i,ip,pi,2u,up,2in,3in,inp,pin,pni";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
