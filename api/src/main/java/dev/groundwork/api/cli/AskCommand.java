package dev.groundwork.api.cli;

import dev.groundwork.api.ask.AskResult;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.api.ask.LinkScores;
import dev.groundwork.api.llm.AnswerWriter;
import dev.groundwork.api.llm.CheckedAnswer;
import dev.groundwork.api.llm.LlmSettings;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.cypher.CypherLimits;
import dev.groundwork.graph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code groundwork ask "..." [--domain NAME]}: a question answered from the graph, routed to the
 * domains that fit it, or from the graph of the one domain named.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask a question: routed to the domains that fit it (or the one --domain names); prints the answer,"
                + " its citations and the evidence sub-graph; with --llm-provider a model writes the answer from the evidence. With --query FILE instead, answers a complex logical query (JSON"
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

    @Mixin
    LlmOptions llm;

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
            complex.ask(store, limit == 50 ? 10 : limit, json, spec.commandLine().getOut(), spec.commandLine().getParseResult());
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
        LlmSettings settings = llm.settings();
        // The model that writes the answer text also writes Cypher for soccer questions the parser declines.
        try (GraphStore s = store.open(); DomainEngines engines = new DomainEngines(s, settings.chatModel(), CypherLimits.DEFAULT)) {
            CheckedAnswer a = AnswerWriter.open(settings, s).write(Asker.open(engines, LinkScores.NONE).ask(text, null, k));
            AskResult r = a.result();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("question", r.question());
                o.put("domains", r.domains());
                o.put("routes", r.routes());
                o.put("answered", r.answered());
                o.put("answer", r.answer());
                o.put("composer", a.composer());
                o.put("removedCitations", a.removedCitations());
                o.put("warnings", a.warnings());
                Console.json(out, o);
                return;
            }
            a.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            out.println("domains: " + (r.domains().isEmpty() ? "none" : String.join(", ", r.domains())));
            TicketsAskDomain.print(r.answer(), false, out);
        }
    }
}
