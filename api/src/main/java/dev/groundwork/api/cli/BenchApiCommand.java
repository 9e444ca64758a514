package dev.groundwork.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.groundwork.api.bench.ApiBench;
import dev.groundwork.graph.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code groundwork bench api}: throughput and latency of ask, searchTickets, subgraph and predictLinks over HTTP. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Load the GraphQL API of a running server over HTTP (virtual threads, JDK HttpClient): for caches off"
                + " (Cache-Control: no-cache) and on, each operation at each concurrency level, throughput and p50/p95/p99;"
                + " with caches off at concurrency 1 also the server's CPU-seconds per request (from /metrics) and the CPU bound.")
final class BenchApiCommand implements Runnable {
    static final String ASK = "query($q: String!) { ask(question: $q) { text confidence citations { nodeId } routing { domains } } }";
    static final String SEARCH = "query($t: String!) { searchTickets(text: $t, k: 5) { score ticket { key title } } }";
    static final String SUBGRAPH = "query($s: [ID!]!) { subgraph(seeds: $s, hops: 2, limit: 50) { nodes { id label } edges { type predicted score } } }";
    static final String PREDICT = "query($h: String!, $r: String!) { predictLinks(head: $h, relation: $r, k: 10) { entity probability observed } }";
    static final String SEEDS = "query($l: String) { nodes(label: $l, first: 100) { edges { node { id properties } } } }";
    private static final List<String> RELATIONS = List.of("AtLocation", "UsedFor", "CapableOf", "IsA");

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/graphql", description = "The GraphQL endpoint (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--concurrency", defaultValue = "16", description = "The highest concurrency; the levels are 1, 4 and 16 up to it"
            + " (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--duration", defaultValue = "30s", description = "How long each level runs, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--warm-up", defaultValue = "10s", description = "Unreported load (concurrency 2, caches off) before each operation's"
            + " first level, so a cold server's first requests do not count; 0s for none (default: ${DEFAULT-VALUE}).")
    String warmUp;

    @Option(names = "--operations", split = ",", defaultValue = "ask,searchTickets,subgraph,predictLinks",
            description = "Operations to load (default: ${DEFAULT-VALUE}).")
    List<String> operations;

    @Option(names = "--cores", defaultValue = "2", description = "CPU cores of the server, for the CPU bound (default: ${DEFAULT-VALUE}).")
    double cores;

    @Mixin
    Output output;

    @Override
    public void run() {
        if (concurrency < 1) {
            throw new BadInputException("--concurrency must be positive, got " + concurrency);
        }
        Duration d = parseDuration("--duration", duration);
        Duration w = warmUp.strip().matches("0+(ms|s|m)?") ? Duration.ZERO : parseDuration("--warm-up", warmUp);
        ApiBench probe = new ApiBench(url, List.of(), line -> { });
        List<String> questions = questions();
        List<ApiBench.Operation> ops = new ArrayList<>();
        for (String name : operations) {
            ops.add(switch (name) {
                case "ask" -> new ApiBench.Operation(name, ASK, questions.stream().map(q -> Map.<String, Object>of("q", q)).toList());
                case "searchTickets" -> new ApiBench.Operation(name, SEARCH, questions.stream().map(q -> Map.<String, Object>of("t", q)).toList());
                case "subgraph" -> new ApiBench.Operation(name, SUBGRAPH, seeds(probe).stream().map(id -> Map.<String, Object>of("s", List.of(id))).toList());
                case "predictLinks" -> new ApiBench.Operation(name, PREDICT, heads(probe));
                default -> throw new BadInputException("--operations must name ask, searchTickets, subgraph or predictLinks, got '" + name + "'");
            });
        }
        List<Integer> levels = new ArrayList<>(List.of(1, 4, 16).stream().filter(c -> c < concurrency).toList());
        levels.add(concurrency);
        output.err().printf("bench api: %s, levels %s, %s each, inputs %s%n", url, levels, d,
                ops.stream().map(o -> o.name() + "=" + o.variables().size()).toList());
        ApiBench.Report r = new ApiBench(url, ops, line -> output.err().println(line)).run(levels, d, w, cores);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", url.toString());
        out.put("duration_s", d.toMillis() / 1000.0);
        out.put("warm_up_s", w.toMillis() / 1000.0);
        out.put("questions", questions.size());
        out.put("results", r.results());
        out.put("cpu_seconds_per_request", r.cpuSecondsPerRequest());
        out.put("cpu_bound_rps", r.cpuBound());
        out.put("share_of_cpu_bound_at_max_concurrency", r.shareOfCpuBound());
        output.print(out, text -> {
            for (ApiBench.Result x : r.results()) {
                text.printf(java.util.Locale.ROOT, "cache %-3s %-14s c=%-3d %8.1f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  errors %d%n",
                        x.cache(), x.operation(), x.concurrency(), x.throughput(), x.p50(), x.p95(), x.p99(), x.errors());
            }
            text.println("cpu seconds/request " + r.cpuSecondsPerRequest() + "; cpu bound req/s " + r.cpuBound()
                    + "; share of the bound at c=" + concurrency + " " + r.shareOfCpuBound());
        });
    }

    static Duration parseDuration(String option, String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(text == null ? "" : text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new BadInputException(option + " must be a positive number with ms, s or m (e.g. 30s), got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    private static List<String> questions() {
        var in = Objects.requireNonNull(BenchApiCommand.class.getResourceAsStream("/bench/questions.txt"), "bench/questions.txt");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> nodes(ApiBench probe, String label) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("l", label);
        List<JsonNode> out = new ArrayList<>();
        probe.data(SEEDS, vars).get("nodes").get("edges").forEach(e -> out.add(e.get("node")));
        return out;
    }

    private static List<String> seeds(ApiBench probe) {
        List<String> ids = new ArrayList<>();
        for (String label : List.of("Concept", "Team", "Ticket")) {
            nodes(probe, label).forEach(n -> ids.add(n.get("id").asText()));
        }
        if (ids.isEmpty()) {
            throw new BadInputException("--url serves a graph without Concept, Team or Ticket nodes; load the demo data first");
        }
        return ids;
    }

    private static List<Map<String, Object>> heads(ApiBench probe) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode n : nodes(probe, "Concept")) {
            JsonNode p = n.get("properties");
            String key = p.hasNonNull("uri") ? p.get("uri").asText() : p.path("name").asText();
            for (String rel : RELATIONS) {
                out.add(Map.of("h", key, "r", rel));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException("--url serves a graph without Concept nodes to predict links for");
        }
        return out;
    }
}
