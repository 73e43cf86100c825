package dev.switchyard.gateway.wiring;

import dev.switchyard.gateway.domain.CooldownPolicy;
import dev.switchyard.gateway.domain.PoolOutagePolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code gateway.pool.*}: the shared Kiro account pool. Cooldowns per failure class (429 without
 * {@code Retry-After}, the longest {@code Retry-After} honoured, a 403 that is not a token problem,
 * 5xx/timeouts), how long the local copy of the pool and of the tokens lives, how often health
 * changes are written back, the Redis command timeout, and how long an outage may be bridged.
 */
@ConfigurationProperties("gateway.pool")
record GatewayPoolProperties(
        @Bindable(defaultValue = "60s") Duration rateLimitedCooldown,
        @Bindable(defaultValue = "5m") Duration rateLimitedMaxCooldown,
        @Bindable(defaultValue = "30m") Duration blockedCooldown,
        @Bindable(defaultValue = "5s") Duration transientCooldown,
        @Bindable(defaultValue = "5s") Duration cacheTtl,
        @Bindable(defaultValue = "250ms") Duration writeInterval,
        @Bindable(defaultValue = "500ms") Duration redisCommandTimeout,
        @Bindable(defaultValue = "6h") Duration outageMaxStaleness,
        @Bindable(defaultValue = "1000") int outageMaxPendingChanges) {

    CooldownPolicy cooldowns() {
        return new CooldownPolicy(rateLimitedCooldown, rateLimitedMaxCooldown, blockedCooldown, transientCooldown);
    }

    PoolOutagePolicy outage() {
        return new PoolOutagePolicy(outageMaxStaleness, outageMaxPendingChanges);
    }
}
