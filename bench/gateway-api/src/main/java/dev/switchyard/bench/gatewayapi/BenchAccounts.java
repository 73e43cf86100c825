package dev.switchyard.bench.gatewayapi;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsResult;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.UpstreamFailure;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * For load runs only (on the app's classpath with {@code gateway.bench.accounts=true}): one Kiro account
 * with a never-expiring token, in place of the Redis pool, so the figures measure the gateway itself.
 */
@Factory
@Requires(property = "gateway.bench.accounts", value = "true")
class BenchAccounts {

    private static final Account ACCOUNT = Account.of(AccountId.of("bench"), "bench");
    /** Valid until 2099: no refresh ever runs during a load run. Also what {@link SharedRedisPool} stores. */
    static final KiroCredentials CREDENTIALS = new KiroCredentials("bench-token", "bench-refresh",
            Instant.parse("2099-01-01T00:00:00Z"), AuthMethod.SOCIAL, Optional.empty(), Optional.empty(),
            Optional.empty(), "us-east-1", null);

    @Singleton
    @Replaces(AccountPool.class)
    AccountPool accountPool() {
        return new AccountPool() {
            @Override
            public Optional<Account> next(Set<AccountId> alreadyTried) {
                return alreadyTried.contains(ACCOUNT.id()) ? Optional.empty() : Optional.of(ACCOUNT);
            }

            @Override
            public void recordSuccess(AccountId account) {
            }

            @Override
            public void recordFailure(AccountId account, UpstreamFailure failure, Optional<Duration> retryAfter) {
            }
        };
    }

    @Singleton
    @Replaces(ObtainCredentialsUseCase.class)
    ObtainCredentialsUseCase credentials() {
        return command -> new ObtainCredentialsResult.Ready(CREDENTIALS);
    }
}
