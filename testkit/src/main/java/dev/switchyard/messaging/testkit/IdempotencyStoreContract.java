package dev.switchyard.messaging.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.messaging.application.port.out.IdempotencyClaim;
import dev.switchyard.messaging.application.port.out.IdempotencyStore;
import dev.switchyard.messaging.domain.IdempotencyKey;
import dev.switchyard.messaging.domain.RequestFingerprint;
import dev.switchyard.testkit.await.Poll;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} promises, on real time (pending claims expire). */
public abstract class IdempotencyStoreContract {

    private static final Duration PENDING = Duration.ofSeconds(30);
    private static final Duration ACCEPTED = Duration.ofHours(24);

    protected abstract IdempotencyStore store();

    private final RequestFingerprint first = RequestFingerprint.of(MessagingFixtures.sms("first"));
    private final RequestFingerprint second = RequestFingerprint.of(MessagingFixtures.sms("second"));

    @Test
    void a_free_key_is_claimed_once() {
        IdempotencyKey key = freshKey();

        assertThat(await(store().claim(key, first, PENDING))).isEqualTo(IdempotencyClaim.CLAIMED);
        assertThat(await(store().claim(key, first, PENDING))).isEqualTo(IdempotencyClaim.IN_PROGRESS);
        assertThat(await(store().claim(key, second, PENDING))).isEqualTo(IdempotencyClaim.MISMATCH);
    }

    @Test
    void a_confirmed_key_answers_replays_and_refuses_other_content() {
        IdempotencyKey key = freshKey();
        await(store().claim(key, first, PENDING));

        await(store().confirm(key, first, ACCEPTED));

        assertThat(await(store().claim(key, first, PENDING))).isEqualTo(IdempotencyClaim.ALREADY_ACCEPTED);
        assertThat(await(store().claim(key, second, PENDING))).isEqualTo(IdempotencyClaim.MISMATCH);
    }

    @Test
    void a_released_key_is_free_again_but_only_its_own_claimer_can_release_it() {
        IdempotencyKey key = freshKey();
        await(store().claim(key, first, PENDING));

        await(store().release(key, second));
        assertThat(await(store().claim(key, first, PENDING))).isEqualTo(IdempotencyClaim.IN_PROGRESS);

        await(store().release(key, first));
        assertThat(await(store().claim(key, second, PENDING))).isEqualTo(IdempotencyClaim.CLAIMED);
    }

    @Test
    void a_confirmed_key_cannot_be_released() {
        IdempotencyKey key = freshKey();
        await(store().claim(key, first, PENDING));
        await(store().confirm(key, first, ACCEPTED));

        await(store().release(key, first));

        assertThat(await(store().claim(key, first, PENDING))).isEqualTo(IdempotencyClaim.ALREADY_ACCEPTED);
    }

    @Test
    void a_pending_claim_whose_request_died_expires() {
        IdempotencyKey key = freshKey();
        await(store().claim(key, first, Duration.ofMillis(300)));

        Poll.until("the pending claim expired", Duration.ofSeconds(10),
                () -> await(store().claim(key, second, PENDING)) == IdempotencyClaim.CLAIMED);
    }

    private static IdempotencyKey freshKey() {
        return IdempotencyKey.of("contract-" + UUID.randomUUID());
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the store did not answer", e);
        }
    }
}
