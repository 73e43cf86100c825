package dev.switchyard.messaging.adapter.scheduler;

import dev.switchyard.messaging.application.port.in.ReadQueueStatsUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the backlog, pending-retry and dead-letter gauges every
 * {@code messaging.stats.refresh-interval} (default 15 s), so a Prometheus scrape never waits on
 * Kafka or PostgreSQL.
 */
// a bean of its own: @Scheduled alone does not make one, and a job is not a port's @Singleton
@Context
@Requires(beans = ReadQueueStatsUseCase.class)
public final class QueueStatsJob {

    private static final Logger LOG = LoggerFactory.getLogger(QueueStatsJob.class);

    private final ReadQueueStatsUseCase stats;

    QueueStatsJob(ReadQueueStatsUseCase stats) {
        this.stats = stats;
    }

    @Scheduled(fixedDelay = "${messaging.stats.refresh-interval:15s}", initialDelay = "${messaging.stats.refresh-interval:15s}")
    void refresh() {
        try {
            stats.read();
        } catch (RuntimeException e) {
            LOG.debug("queue stats not refreshed: {}", e.getMessage());
        }
    }
}
