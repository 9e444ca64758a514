package dev.groundwork.api.cli;

import dev.groundwork.api.ask.AskResult;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.api.ask.LinkScores;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code groundwork ask "..." [--domain NAME]}: a question answered from the graph, routed to the
 * domains that fit it, or from the graph of the one domain named.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask a question: routed to the domains that fit it (or the one --domain names); prints the answer,"
                + " its citations and the evidence sub-graph. With --query FILE instead, answers a complex logical query (JSON"
                + " tree) with CQD over a link-prediction model and prints answers and explanations.")
final class AskCommand implements Runnable {
    /**
     * What was asked.
     *
     * @param text the question
     * @param answer a candidate answer or response to ground against the question, or null
     * @param hops longest path
     * @param limit most nodes
     * @param format an RDF format to print the evidence in (ttl, jsonld), or null
     * @param json print one JSON object
     */
    record Question(String text, String answer, int hops, int limit, String format, boolean json) {}

    private final List<AskDomain> domains = AskDomain.ALL;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUESTION", description = "The question (not with --query).")
    String text;

    @Option(names = "--domain", description = "The domain to answer in: tickets, sports or commonsense (default: the router"
            + " picks the domains from the question).")
    String domain;

    @Mixin
    ComplexQueryOptions complex;

    @Option(names = "--answer", paramLabel = "TEXT", description = "A candidate answer to connect the question to.")
    String answer;

    @Option(names = "--hops", defaultValue = "2", description = "Longest path in relationships (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--limit", defaultValue = "50",
            description = "Most nodes in the evidence; with --query, answers to print (default: ${DEFAULT-VALUE}, with --query 10).")
    int limit;

    @Option(names = "--format", description = "Print the evidence as RDF: ttl or jsonld.")
    String format;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "-k", defaultValue = "3", description = "Top results each routed domain answers from (default: ${DEFAULT-VALUE}).")
    int k;

    @Override
    public void run() {
        if (complex.query != null) {
            if (text != null || domain != null) {
                throw new BadInputException("give either QUESTION or --query FILE, not both");
            }
            complex.ask(store, limit == 50 ? 10 : limit, json, spec.commandLine().getOut());
            return;
        }
        if (text == null) {
            throw new BadInputException("give a QUESTION (or --query FILE for a complex logical query)");
        }
        if (domain == null) {
            routed();
            return;
        }
        AskDomain d = domains.stream().filter(x -> x.name().equals(domain)).findFirst().orElseThrow(() -> new BadInputException(
                "--domain must be one of " + domains.stream().map(AskDomain::name).sorted().toList() + ", got '" + domain + "'"));
        try (GraphStore s = store.open()) {
            d.ask(s, new Question(text, answer, hops, limit, format, json), spec.commandLine().getOut());
        }
    }

    private void routed() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore s = store.open(); DomainEngines engines = new DomainEngines(s)) {
            AskResult r = Asker.open(engines, LinkScores.NONE).ask(text, null, k);
            if (json) {
                Console.json(out, r);
                return;
            }
            out.println("domains: " + (r.domains().isEmpty() ? "none" : String.join(", ", r.domains())));
            TicketsAskDomain.print(r.answer(), false, out);
        }
    }
}
