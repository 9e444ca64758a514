package dev.groundwork.graph.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that runs an ingest: host name, pid and the process's start time (so that a pid
 * reused by another process is not taken for the run's). Recorded on the {@code IngestRun} node
 * with a heartbeat that the running writer refreshes through the driver, so that a run on another
 * host (a remote Neo4j shared by several machines) is judged by its heartbeat alone. Immutable.
 *
 * @param host the host name, never blank
 * @param pid the process id
 * @param processStart the process's start time in epoch milliseconds, or -1 where the platform does not tell
 */
record RunOwner(String host, long pid, long processStart) {
    /** How often a running writer refreshes its heartbeat. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** A run on another host whose heartbeat is older than this is taken for dead (twelve missed beats). */
    static final Duration STALE = Duration.ofMinutes(2);

    private static final String UNKNOWN_HOST = "unknown-host";
    private static final RunOwner CURRENT = new RunOwner(hostName(), ProcessHandle.current().pid(),
            startMillis(ProcessHandle.current()));

    /** This process. */
    static RunOwner current() {
        return CURRENT;
    }

    /**
     * Whether the run's process is certainly gone: on this host, when no process has its pid or the
     * one that has it started at another time; on another host, when the heartbeat is older than {@link #STALE}.
     */
    boolean isGone(Instant heartbeat, Instant now) {
        if (host.equals(CURRENT.host) && !UNKNOWN_HOST.equals(host)) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return true;
            }
            long start = startMillis(process.get());
            return processStart >= 0 && start >= 0 && start != processStart;
        }
        return heartbeat == null || heartbeat.plus(STALE).isBefore(now);
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // Without a name, runs of this machine are judged by their heartbeat like those of another host.
            return UNKNOWN_HOST;
        }
    }
}
