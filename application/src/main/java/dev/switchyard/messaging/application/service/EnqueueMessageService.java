package dev.switchyard.messaging.application.service;

import dev.switchyard.messaging.application.port.in.EnqueueMessageCommand;
import dev.switchyard.messaging.application.port.in.EnqueueMessageResult;
import dev.switchyard.messaging.application.port.in.EnqueueMessageUseCase;
import dev.switchyard.messaging.application.port.out.IdempotencyClaim;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.application.port.out.MessagingMetrics;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.OutboundMessage;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.domain.RequestFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a message. Without a client key the key is derived from the content and no store is
 * consulted (the worker's unique key makes a resend harmless). With one, the key is claimed in the
 * shared {@link IdempotencyStore} first: same content → the same answer again, other content → key
 * reused. The event goes on the queue and the call completes when the queue holds it. Whatever does
 * not answer within {@code timeout} makes the request {@code Unavailable}, with nothing enqueued
 * that the client is told about (fail closed, counted, logged).
 */
public final class EnqueueMessageService implements EnqueueMessageUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(EnqueueMessageService.class);

    private final MessageQueue queue;
    private final IdempotencyStore idempotency;
    private final MessagingMetrics metrics;
    private final Clock clock;
    private final Duration timeout;
    private final Duration acceptedKeyTtl;

    /**
     * @param timeout the longest a request waits for the idempotency store and the queue together
     * @param acceptedKeyTtl how long a client key is remembered after its request was accepted
     */
    public EnqueueMessageService(MessageQueue queue, IdempotencyStore idempotency, MessagingMetrics metrics, Clock clock,
            Duration timeout, Duration acceptedKeyTtl) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.acceptedKeyTtl = Objects.requireNonNull(acceptedKeyTtl, "acceptedKeyTtl");
    }

    @Override
    public CompletionStage<EnqueueMessageResult> enqueue(EnqueueMessageCommand command) {
        metrics.enqueueAttempted();
        RequestFingerprint fingerprint = RequestFingerprint.of(command.message());
        CompletionStage<EnqueueMessageResult> result = command.clientKey()
                .map(key -> enqueueWithClientKey(key, fingerprint, command.message()))
                .orElseGet(() -> publish(IdempotencyKey.derivedFrom(fingerprint), command.message()));
        return result.toCompletableFuture()
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .exceptionally(failure -> unavailable("timeout", "timeout", failure));
    }

    private CompletionStage<EnqueueMessageResult> enqueueWithClientKey(
            IdempotencyKey key, RequestFingerprint fingerprint, OutboundMessage message) {
        // the pending claim outlives any request that still holds it
        Duration pendingTtl = timeout.multipliedBy(2);
        return attempt(() -> idempotency.claim(key, fingerprint, pendingTtl))
                .<CompletionStage<EnqueueMessageResult>>handle((claim, failure) -> {
                    if (failure != null) {
                        return CompletableFuture.completedFuture(
                                unavailable("idempotency_store_unavailable", "idempotency store", failure));
                    }
                    return switch (claim) {
                        case CLAIMED -> publish(key, message).thenApply(result -> {
                            if (result instanceof EnqueueMessageResult.Accepted) {
                                forget(idempotency.confirm(key, fingerprint, acceptedKeyTtl), key, "confirm");
                            } else {
                                forget(idempotency.release(key, fingerprint), key, "release");
                            }
                            return result;
                        });
                        case ALREADY_ACCEPTED -> {
                            metrics.enqueueReplayed();
                            yield CompletableFuture.completedFuture(new EnqueueMessageResult.Accepted(key, true));
                        }
                        case IN_PROGRESS -> {
                            metrics.enqueueFailed("in_progress");
                            yield CompletableFuture.completedFuture(new EnqueueMessageResult.InProgress(key));
                        }
                        case MISMATCH -> {
                            metrics.enqueueFailed("key_reused");
                            yield CompletableFuture.completedFuture(new EnqueueMessageResult.KeyReused(key));
                        }
                    };
                })
                .thenCompose(next -> next);
    }

    private CompletionStage<EnqueueMessageResult> publish(IdempotencyKey key, OutboundMessage message) {
        OutboundMessageEvent event = OutboundMessageEvent.accepted(key, message, clock.instant());
        return attempt(() -> queue.publish(event)).<EnqueueMessageResult>handle((ignored, failure) -> {
            if (failure != null) {
                return unavailable("queue_unavailable", "queue", failure);
            }
            metrics.enqueueSucceeded();
            if (LOG.isDebugEnabled()) {
                LOG.atDebug().addKeyValue("idempotencyKey", key.value()).addKeyValue("channel", message.channel().wireName())
                        .addKeyValue("outcome", "enqueued").log("message accepted");
            }
            return new EnqueueMessageResult.Accepted(key, false);
        });
    }

    private EnqueueMessageResult unavailable(String label, String what, Throwable failure) {
        metrics.enqueueFailed(label);
        LOG.atWarn().addKeyValue("outcome", label).log("message not accepted: {} failed: {}", what, describe(failure));
        return new EnqueueMessageResult.Unavailable(what);
    }

    private static <T> CompletionStage<T> attempt(java.util.function.Supplier<CompletionStage<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void forget(CompletionStage<Void> followUp, IdempotencyKey key, String what) {
        followUp.whenComplete((ignored, failure) -> {
            if (failure != null) {
                // harmless: the pending claim expires, and the worker's unique key absorbs a resend
                LOG.atInfo().addKeyValue("idempotencyKey", key.value())
                        .log("idempotency {} failed: {}", what, describe(failure));
            }
        });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
