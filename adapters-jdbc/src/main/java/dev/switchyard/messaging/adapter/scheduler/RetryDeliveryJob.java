package dev.switchyard.messaging.adapter.scheduler;

import dev.switchyard.messaging.application.port.in.DeliverDueRetriesResult;
import dev.switchyard.messaging.application.port.in.DeliverDueRetriesUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due retries every {@code messaging.retry.poll-interval} (default 250 ms), pass after pass
 * while there are more, at most 20 passes a tick. Part of the worker: off when {@code WORKER_ENABLED=false}.
 */
// a bean of its own: @Scheduled alone does not make one, and a job is not a port's @Singleton
@Context
@Requires(property = "messaging.worker.enabled", value = "true", defaultValue = "true")
@Requires(beans = DeliverDueRetriesUseCase.class)
public final class RetryDeliveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetryDeliveryJob.class);
    private static final int MAX_PASSES = 20;

    private final DeliverDueRetriesUseCase retries;

    RetryDeliveryJob(DeliverDueRetriesUseCase retries) {
        this.retries = retries;
    }

    @Scheduled(fixedDelay = "${messaging.retry.poll-interval:250ms}", initialDelay = "${messaging.retry.poll-interval:250ms}")
    void deliverDue() {
        try {
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                DeliverDueRetriesResult result = retries.deliverDue();
                if (result.claimed() == 0) {
                    return;
                }
                LOG.debug("retries delivered: {}", result);
            }
        } catch (RuntimeException e) {
            // the claims stay leased and come due again; nothing is lost
            LOG.warn("retry delivery failed, next tick tries again: {}", e.getMessage());
        }
    }
}
