package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.port.in.AuthenticateClientCommand;
import dev.switchyard.gateway.application.port.in.AuthenticateClientResult;
import dev.switchyard.gateway.application.port.in.AuthenticateClientUseCase;
import dev.switchyard.gateway.application.port.out.ClientKeySource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's client key is the configured one ({@code GATEWAY_API_KEY}); when none is configured,
 * it is the key shared with the Node.js service, read through {@link ClientKeySource} at most once per
 * {@code refreshEvery}. If the shared store cannot be read, the last key read keeps working (degraded
 * mode "stale shared key", logged); with no key ever read, every request is refused. Keys are compared
 * in constant time.
 */
public final class AuthenticateClientService implements AuthenticateClientUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticateClientService.class);
    private static final AuthenticateClientResult.Rejected MISSING = new AuthenticateClientResult.Rejected(
            "missing API key: send it as x-api-key or Authorization: Bearer");
    private static final AuthenticateClientResult.Rejected INVALID =
            new AuthenticateClientResult.Rejected("invalid x-api-key");
    private static final AuthenticateClientResult.Rejected UNCONFIGURED = new AuthenticateClientResult.Rejected(
            "no API key is configured for this gateway (GATEWAY_API_KEY or apiKey in the shared config)");

    private final Optional<byte[]> configuredKey;
    private final ClientKeySource shared;
    private final Clock clock;
    private final Duration refreshEvery;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile SharedKey sharedKey;

    public AuthenticateClientService(Optional<String> configuredKey, ClientKeySource shared, Clock clock,
            Duration refreshEvery) {
        this.configuredKey = configuredKey.filter(key -> !key.isBlank()).map(AuthenticateClientService::bytes);
        this.shared = Objects.requireNonNull(shared, "shared");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshEvery = Objects.requireNonNull(refreshEvery, "refreshEvery");
    }

    @Override
    public AuthenticateClientResult authenticate(AuthenticateClientCommand command) {
        Optional<String> presented = command.presentedKey().filter(key -> !key.isEmpty());
        if (presented.isEmpty()) {
            return MISSING;
        }
        Optional<byte[]> expected = configuredKey.isPresent() ? configuredKey : sharedKey();
        if (expected.isEmpty()) {
            return UNCONFIGURED;
        }
        return MessageDigest.isEqual(expected.get(), bytes(presented.get())) ? AuthenticateClientResult.ACCEPTED : INVALID;
    }

    private Optional<byte[]> sharedKey() {
        SharedKey current = sharedKey;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.readAt().plus(refreshEvery))) {
            return current.key();
        }
        // One reader refreshes; the others go on with the key they have (or wait for the very first read).
        if (current != null && !refreshing.tryLock()) {
            return current.key();
        }
        if (current == null) {
            refreshing.lock();
        }
        try {
            SharedKey latest = sharedKey;
            if (latest != null && latest != current) {
                return latest.key();
            }
            sharedKey = read(current, now);
            return sharedKey.key();
        } finally {
            refreshing.unlock();
        }
    }

    private SharedKey read(SharedKey previous, Instant now) {
        try {
            return new SharedKey(shared.currentKey().filter(key -> !key.isBlank()).map(AuthenticateClientService::bytes), now);
        } catch (RuntimeException unreadable) {
            LOG.warn("degraded: the shared client key could not be read ({}); {}", unreadable.toString(),
                    previous == null ? "refusing requests until it can" : "keeping the last key read");
            // Retry at the next request after a short pause rather than a full refresh period.
            Instant retryFrom = now.minus(refreshEvery).plus(refreshEvery.dividedBy(10));
            return new SharedKey(previous == null ? Optional.empty() : previous.key(), retryFrom);
        }
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private record SharedKey(Optional<byte[]> key, Instant readAt) {
    }
}
