package dev.switchyard.ops.application.port.out;

import dev.switchyard.ops.domain.DependencyName;
import dev.switchyard.ops.domain.ProbeOutcome;
import java.time.Duration;

/**
 * Checks that one external dependency answers. Implementations give up after {@code timeout}
 * and report failures as {@link ProbeOutcome.Down}; they never throw for an unreachable server.
 */
public interface DependencyProbe {

    DependencyName name();

    ProbeOutcome probe(Duration timeout);
}
