package dev.groundwork.api.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

import java.lang.management.ManagementFactory;

/**
 * {@code groundwork_process_cpu_seconds_total}: the CPU time the server process has used, all
 * threads. {@code bench api} reads it before and after a run to learn the CPU-seconds one request
 * costs. Stateless.
 */
@Singleton
final class ProcessCpuMeter implements MeterBinder {
    @Override
    public void bindTo(MeterRegistry registry) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            FunctionCounter.builder("groundwork.process.cpu.seconds", os, o -> o.getProcessCpuTime() / 1e9)
                    .description("CPU time used by the server process").register(registry);
        }
    }
}
