package dev.switchyard.ops.application.service;

import dev.switchyard.ops.application.port.in.CheckReadinessUseCase;
import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.domain.DependencyCheck;
import dev.switchyard.ops.domain.ProbeOutcome;
import dev.switchyard.ops.domain.Readiness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs every probe at once on virtual threads and reports a probe that has not answered by the
 * deadline (its timeout plus a little grace for its own clean-up) as down, so readiness always
 * answers in bounded time. Elapsed time is measured with the monotonic timer, not a wall clock:
 * the deadline is about real time passing, which a test clock cannot stand in for.
 */
public final class CheckReadinessService implements CheckReadinessUseCase {

    private static final Duration GRACE = Duration.ofMillis(250);

    private final List<DependencyProbe> probes;
    private final Duration timeout;

    public CheckReadinessService(List<DependencyProbe> probes, Duration timeout) {
        this.probes = List.copyOf(probes);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    @Override
    public Readiness check() {
        List<Callable<DependencyCheck>> tasks = probes.stream()
                .<Callable<DependencyCheck>>map(probe -> () -> probeOnce(probe))
                .toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<DependencyCheck>> results =
                    executor.invokeAll(tasks, timeout.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
            List<DependencyCheck> checks = new ArrayList<>(probes.size());
            for (int i = 0; i < probes.size(); i++) {
                checks.add(outcomeOf(probes.get(i), results.get(i)));
            }
            executor.shutdownNow();
            return new Readiness(checks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Readiness(probes.stream()
                    .map(probe -> new DependencyCheck(probe.name(), ProbeOutcome.down("interrupted"), Duration.ZERO))
                    .toList());
        }
    }

    private DependencyCheck probeOnce(DependencyProbe probe) {
        long start = System.nanoTime();
        ProbeOutcome outcome;
        try {
            outcome = probe.probe(timeout);
        } catch (RuntimeException e) {
            outcome = ProbeOutcome.down(describe(e));
        }
        return new DependencyCheck(probe.name(), outcome, Duration.ofNanos(System.nanoTime() - start));
    }

    private DependencyCheck outcomeOf(DependencyProbe probe, Future<DependencyCheck> result) {
        return switch (result.state()) {
            case SUCCESS -> result.resultNow();
            case FAILED -> new DependencyCheck(probe.name(), ProbeOutcome.down(describe(result.exceptionNow())), timeout);
            case CANCELLED, RUNNING -> new DependencyCheck(probe.name(),
                    ProbeOutcome.down("no answer within " + timeout.toMillis() + " ms"), timeout);
        };
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
