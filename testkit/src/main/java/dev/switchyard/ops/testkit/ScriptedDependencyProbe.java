package dev.switchyard.ops.testkit;

import dev.switchyard.ops.application.port.out.DependencyProbe;
import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A {@link DependencyProbe} whose answer a test scripts: up, down, throwing, or hanging until released. */
public final class ScriptedDependencyProbe implements DependencyProbe {

    private final DependencyName name;
    private final AtomicReference<Supplier<ProbeOutcome>> behaviour = new AtomicReference<>(ProbeOutcome::up);
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    public ScriptedDependencyProbe(String name) {
        this.name = DependencyName.of(name);
    }

    public ScriptedDependencyProbe answeringUp() {
        behaviour.set(ProbeOutcome::up);
        return this;
    }

    public ScriptedDependencyProbe answeringDown(String reason) {
        behaviour.set(() -> ProbeOutcome.down(reason));
        return this;
    }

    public ScriptedDependencyProbe throwing(RuntimeException failure) {
        behaviour.set(() -> {
            throw failure;
        });
        return this;
    }

    /** Ignores its timeout and blocks until {@link #release()}: a probe that misbehaves. */
    public ScriptedDependencyProbe hanging() {
        behaviour.set(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ProbeOutcome.up();
        });
        return this;
    }

    public void release() {
        release.countDown();
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public DependencyName name() {
        return name;
    }

    @Override
    public ProbeOutcome probe(Duration timeout) {
        calls.incrementAndGet();
        return behaviour.get().get();
    }
}
