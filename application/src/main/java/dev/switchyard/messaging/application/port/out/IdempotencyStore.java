package dev.switchyard.messaging.application.port.out;

import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.RequestFingerprint;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Remembers, across replicas, which client-supplied idempotency key was used for which content.
 * A claim is pending until confirmed (then it lasts {@code acceptedTtl}) or released; a pending
 * claim whose request died expires after {@code pendingTtl}. Every call completes within the
 * store's timeout, exceptionally when the store cannot be reached.
 */
public interface IdempotencyStore {

    CompletionStage<IdempotencyClaim> claim(IdempotencyKey key, RequestFingerprint fingerprint, Duration pendingTtl);

    /** The claimed request was accepted: replays of it are answered for {@code acceptedTtl}. */
    CompletionStage<Void> confirm(IdempotencyKey key, RequestFingerprint fingerprint, Duration acceptedTtl);

    /** The claimed request failed: the key is free again, if it is still this request's pending claim. */
    CompletionStage<Void> release(IdempotencyKey key, RequestFingerprint fingerprint);
}
