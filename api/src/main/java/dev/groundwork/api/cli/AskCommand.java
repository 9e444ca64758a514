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
import dev.groundwork.graph.model.Answer;
import dev.groundwork.graph.model.Citation;
import dev.groundwork.graph.model.Edge;
import dev.groundwork.graph.model.Subgraph;
import dev.groundwork.graph.rdf.SubgraphRdf;
import dev.groundwork.graph.store.GraphStore;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.commonsense.CommonsenseGrounding.ConceptMatch;
import dev.groundwork.query.commonsense.CommonsenseGrounding.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code groundwork ask "..." [--domain NAME] [--paths]}: a question answered by the {@link Asker}, the one ask path
 * GraphQL {@code ask} and {@code /ask/stream} take too, routed to the domains that fit it or answered in the one domain
 * named; so the command line and GraphQL give the same answer text and citations to the same question. With
 * {@code --paths} (or {@code --answer}) the grounding paths of the question's concepts are added, as GraphQL's
 * {@code paths} argument adds them.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask a question: routed to the domains that fit it (or the one --domain names); prints the answer,"
                + " its citations and the evidence sub-graph; with --paths the grounding paths between the question's"
                + " (and --answer's) concepts; with --llm-provider a model writes the answer from the evidence. With --query"
                + " FILE instead, answers a complex logical query (JSON tree) with CQD over a link-prediction model and prints"
                + " answers and explanations.")
final class AskCommand extends StoreCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUESTION", description = "The question (not with --query).")
    String text;

    @Option(names = "--domain", completionCandidates = DomainNames.class,
            description = "The domain to answer in: tickets, sports or commonsense (default: the router picks the domains from the"
                    + " question).")
    String domain;

    @Option(names = "-k", defaultValue = "3", description = "Top results each routed domain answers from (default: ${DEFAULT-VALUE}).")
    int k;

    @Mixin
    ComplexQueryOptions complex;

    @Mixin
    LlmOptions llm;

    @Mixin
    AskPathsOptions paths;

    @Option(names = "--format", description = "Print the evidence (and grounding) sub-graph as RDF: ttl or jsonld.")
    String format;


    /**
     * The names {@code --domain} takes, from the {@link Asker}'s registry, for the completion script. The option stays a
     * String that the Asker checks, so the command line refuses an unknown domain with the message GraphQL's
     * {@code /ask/stream} gives.
     */
    static final class DomainNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Asker.names().iterator();
        }
    }

    @Override
    public void run() {
        if (complex.query != null) {
            if (text != null || domain != null) {
                throw new BadInputException("give either QUESTION or --query FILE, not both");
            }
            complex.ask(store, paths.bounds.limit == 50 ? 10 : paths.bounds.limit, output);
            return;
        }
        if (text == null) {
            throw new BadInputException("give a QUESTION (or --query FILE for a complex logical query)");
        }
        PrintWriter out = output.out();
        LlmSettings settings = llm.settings();
        // The model that writes the answer text also writes Cypher for soccer questions the parser declines.
        try (GraphStore s = store.open(); DomainEngines engines = new DomainEngines(s, settings.chatModel(), CypherLimits.DEFAULT)) {
            AnswerWriter writer = AnswerWriter.open(settings, s);
            // The Asker checks the question, k and the domain, with the messages GraphQL and /ask/stream give.
            CheckedAnswer a = writer.write(Asker.open(engines, LinkScores.NONE).ask(text, domain, k, paths.asked()));
            print(a, out);
        }
    }

    private void print(CheckedAnswer a, PrintWriter out) {
        AskResult r = a.result();
        if (format != null) {
            Subgraph evidence = r.grounding() == null ? r.answer().evidence() : r.answer().evidence().union(r.grounding().subgraph());
            out.println(SubgraphRdf.write(evidence, format));
            out.flush();
            return;
        }
        if (output.json()) {
            // question, domains, routes, answered, answer and grounding, named as the result's own fields.
            Map<String, Object> o = Console.toMap(r);
            if (r.grounding() == null) {
                o.remove("grounding");
            }
            o.put("composer", a.composer());
            o.put("removedCitations", a.removedCitations());
            o.put("warnings", a.warnings());
            Console.json(out, o);
            return;
        }
        a.warnings().forEach(w -> output.err().println("warning: " + w));
        out.println("domains: " + (r.domains().isEmpty() ? "none" : String.join(", ", r.domains())));
        Answer answer = r.answer();
        out.println(answer.text());
        out.println();
        int i = 1;
        for (Citation c : answer.citations()) {
            out.printf("[%d] %s %s: %s%n", i++, c.label(), c.nodeId(), c.snippet());
        }
        out.printf("evidence: %d nodes, %d edges; %s%n", answer.evidence().nodes().size(), answer.evidence().edges().size(),
                answer.timings());
        if (!answer.cypher().isEmpty()) {
            out.println("cypher: " + answer.cypher().replaceAll("\\s+", " ").strip());
        }
        if (r.grounding() != null) {
            printPaths(r.grounding(), out);
        }
        out.flush();
    }

    /** The concepts of each side, then every path as "dog -AtLocation-> kennel" with its score. */
    private static void printPaths(Result r, PrintWriter out) {
        out.println("concepts: " + r.source().stream().map(ConceptMatch::name).toList()
                + (r.target() == r.source() ? "" : " -> " + r.target().stream().map(ConceptMatch::name).toList()));
        Map<String, String> names = new HashMap<>();
        r.subgraph().nodes().forEach(n -> names.put(n.id(), String.valueOf(n.properties().getOrDefault("name", n.id()))));
        Map<String, Edge> edges = new HashMap<>();
        r.subgraph().edges().forEach(e -> edges.put(e.id(), e));
        out.printf("grounding: %d nodes, %d edges, %d paths%n", r.subgraph().nodes().size(), r.subgraph().edges().size(),
                r.paths().size());
        for (CommonsenseGrounding.Path p : r.paths()) {
            StringBuilder sb = new StringBuilder(names.get(p.nodes().getFirst()));
            for (int i = 0; i < p.edges().size(); i++) {
                Edge e = edges.get(p.edges().get(i));
                boolean forward = e.source().equals(p.nodes().get(i));
                sb.append(forward ? " -" : " <-").append(e.type()).append(forward ? "-> " : "- ").append(names.get(p.nodes().get(i + 1)));
            }
            out.printf("  %.4f  %s%n", p.score(), sb);
        }
    }
}
