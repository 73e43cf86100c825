package dev.switchyard.gateway.e2e;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.out.AccountPool;
import dev.switchyard.gateway.testkit.FakeAccountPool;
import dev.switchyard.gateway.testkit.FakeObtainCredentials;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Five fake accounts (a … e, tokens token-a …) in place of the Redis pool, for the gateway's end-to-end tests. */
@Factory
@Requires(property = "gateway.e2e", value = "true")
class GatewayTestBeans {

    @Singleton
    @Replaces(AccountPool.class)
    FakeAccountPool accountPool() {
        return FakeAccountPool.of("a", "b", "c", "d", "e");
    }

    @Singleton
    @Replaces(ObtainCredentialsUseCase.class)
    FakeObtainCredentials credentials() {
        return new FakeObtainCredentials();
    }
}
