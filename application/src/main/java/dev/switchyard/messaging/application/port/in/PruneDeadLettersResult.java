package dev.switchyard.messaging.application.port.in;

import java.time.Instant;

/** How many dead letters older than {@code cutoff} the retention pass deleted. */
public record PruneDeadLettersResult(int pruned, Instant cutoff) {
}
