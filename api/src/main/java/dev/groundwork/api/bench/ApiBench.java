package dev.groundwork.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.groundwork.api.graphql.ApiObjectMapper;
import dev.groundwork.graph.BadInputException;
import dev.groundwork.graph.UnavailableException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP load generator for the GraphQL API: for each cache mode (off: every request says
 * {@code Cache-Control: no-cache}; on: the server's result cache may answer), each operation and
 * each concurrency level, {@code c} virtual threads send requests back to back for the duration,
 * cycling through distinct inputs; it reports throughput and p50/p95/p99 latency. With caches off
 * at concurrency 1 it also reads the server's {@code groundwork_process_cpu_seconds_total} from
 * {@code /metrics} before and after, giving the CPU-seconds one request costs and so the CPU bound
 * on throughput ({@code cores / cpu-seconds per request}).
 *
 * <p>Not thread-safe: one run at a time. The client shares the machine with the server when both
 * run locally, so its own CPU use lowers what the server can reach.
 *
 * <pre>{@code
 * ApiBench.Report r = new ApiBench(URI.create("http://127.0.0.1:8080/graphql"), inputs, System.err::println)
 *         .run(List.of(1, 4, 16), Duration.ofSeconds(30), 2);
 * }</pre>
 */
public final class ApiBench {
    private static final ObjectMapper JSON = ApiObjectMapper.SHARED;
    private static final Pattern CPU = Pattern.compile("(?m)^groundwork_process_cpu_seconds_total(?:\\{[^}]*})? ([0-9.eE+-]+)$");

    /**
     * One operation: its query and the distinct variable sets it cycles through.
     *
     * @param name the operation's name in the report
     * @param query the GraphQL query
     * @param variables distinct inputs, at least one
     */
    public record Operation(String name, String query, List<Map<String, Object>> variables) {
        public Operation {
            variables = List.copyOf(variables);
            if (variables.isEmpty()) {
                throw new BadInputException("operation " + name + " needs at least one input");
            }
        }
    }

    /**
     * The figures of one operation at one concurrency in one cache mode.
     *
     * @param cache "off" or "on"
     * @param operation the operation's name
     * @param concurrency requests in flight
     * @param requests requests completed without error
     * @param errors requests answered with an HTTP error or GraphQL errors
     * @param throughput successful requests per second
     * @param p50 median latency, milliseconds
     * @param p95 95th percentile, milliseconds
     * @param p99 99th percentile, milliseconds
     * @param firstError the first error's text, or null
     */
    public record Result(String cache, String operation, int concurrency, int requests, int errors, double throughput,
                         double p50, double p95, double p99, String firstError) {}

    /**
     * A run's figures.
     *
     * @param results every cache mode, operation and concurrency
     * @param cpuSecondsPerRequest per operation, measured with caches off at concurrency 1 (absent when /metrics lacks the counter)
     * @param cpuBound per operation: {@code cores / cpuSecondsPerRequest}, requests per second
     * @param shareOfCpuBound per operation: throughput with caches off at the highest concurrency divided by the CPU bound
     */
    public record Report(List<Result> results, Map<String, Double> cpuSecondsPerRequest, Map<String, Double> cpuBound,
                         Map<String, Double> shareOfCpuBound) {}

    private final URI graphql;
    private final URI metrics;
    private final List<Operation> operations;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();

    public ApiBench(URI graphql, List<Operation> operations, Consumer<String> log) {
        this.graphql = graphql;
        this.metrics = graphql.resolve("/metrics");
        this.operations = List.copyOf(operations);
        this.log = log;
    }

    /** Runs every operation at every concurrency for {@code duration}, caches off then on, without a warm-up. */
    public Report run(List<Integer> levels, Duration duration, double cores) {
        return run(levels, duration, Duration.ZERO, cores);
    }

    /**
     * Runs every operation at every concurrency for {@code duration}, caches off then on. Before an
     * operation's first level, it runs unreported for {@code warmUp} at concurrency 2 with caches
     * off, so that the figures (above all the CPU-seconds per request at concurrency 1) describe a
     * warm server rather than its first, JIT-compiling requests.
     */
    public Report run(List<Integer> levels, Duration duration, Duration warmUp, double cores) {
        List<Result> results = new ArrayList<>();
        Map<String, Double> cpuPerRequest = new LinkedHashMap<>();
        for (String cache : List.of("off", "on")) {
            for (Operation op : operations) {
                if (cache.equals("off") && !warmUp.isZero()) {
                    Result w = level(op, 2, warmUp, true);
                    log.accept(String.format(java.util.Locale.ROOT, "warm-up   %-14s c=2   %8.1f req/s (not reported)", op.name(), w.throughput()));
                }
                for (int c : levels) {
                    Double cpu0 = cache.equals("off") && c == 1 ? serverCpuSeconds() : null;
                    Result r = level(op, c, duration, cache.equals("off"));
                    Double cpu1 = cpu0 == null ? null : serverCpuSeconds();
                    if (cpu0 != null && cpu1 != null && r.requests() > 0) {
                        cpuPerRequest.put(op.name(), (cpu1 - cpu0) / (r.requests() + r.errors()));
                    }
                    log.accept(String.format(java.util.Locale.ROOT, "cache %-3s %-14s c=%-3d %8.1f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms"
                            + "  (%d ok, %d errors)", cache, op.name(), c, r.throughput(), r.p50(), r.p95(), r.p99(), r.requests(), r.errors()));
                    results.add(r);
                }
            }
        }
        Map<String, Double> bound = new LinkedHashMap<>();
        Map<String, Double> share = new LinkedHashMap<>();
        int top = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
        cpuPerRequest.forEach((op, cpu) -> {
            if (cpu > 0) {
                bound.put(op, cores / cpu);
                results.stream().filter(r -> r.cache().equals("off") && r.operation().equals(op) && r.concurrency() == top)
                        .findFirst().ifPresent(r -> share.put(op, r.throughput() / (cores / cpu)));
            }
        });
        return new Report(results, cpuPerRequest, bound, share);
    }

    private Result level(Operation op, int concurrency, Duration duration, boolean noCache) {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    Map<String, Object> vars = op.variables().get(Math.floorMod(next.getAndIncrement(), op.variables().size()));
                    long s = System.nanoTime();
                    String error = send(op.query(), vars, noCache);
                    long took = System.nanoTime() - s;
                    if (error == null) {
                        mine.add(took);
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, error);
                    }
                }
                latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnavailableException("the benchmark was interrupted", e);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        return new Result(noCache ? "off" : "on", op.name(), concurrency, all.length, errors.get(), all.length / seconds,
                percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99), firstError.get());
    }

    static double percentile(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }

    /** Sends one request; the error's text, or null when it succeeded. */
    String send(String query, Map<String, Object> variables, boolean noCache) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
            if (noCache) {
                b.header("Cache-Control", "no-cache");
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return "HTTP " + r.statusCode() + ": " + cut(r.body());
            }
            JsonNode json = JSON.readTree(r.body());
            return json.hasNonNull("errors") ? cut(json.get("errors").toString()) : null;
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs one query and returns its data, for gathering inputs. */
    public JsonNode data(String query, Map<String, Object> variables) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(r.body());
            if (r.statusCode() != 200 || json.hasNonNull("errors")) {
                throw new UnavailableException("--url " + graphql + " answered " + r.statusCode() + ": " + cut(r.body()));
            }
            return json.get("data");
        } catch (IOException e) {
            throw new UnavailableException("--url " + graphql + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted", e);
        }
    }

    private Double serverCpuSeconds() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CPU.matcher(r.body());
            return r.statusCode() == 200 && m.find() ? Double.parseDouble(m.group(1)) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
