package dev.switchyard.gateway.wiring;

import dev.switchyard.gateway.adapter.http.upstream.KiroTokenRefresher;
import dev.switchyard.gateway.adapter.redis.RedisAccountPool;
import dev.switchyard.gateway.adapter.redis.RedisAvailability;
import dev.switchyard.gateway.adapter.redis.RedisClientKeySource;
import dev.switchyard.gateway.adapter.redis.RedisConnector;
import dev.switchyard.gateway.adapter.redis.RedisCredentialStore;
import dev.switchyard.gateway.adapter.redis.RedisKeys;
import dev.switchyard.gateway.adapter.redis.RedisRefreshLock;
import dev.switchyard.gateway.application.port.in.ChangeAccountStateUseCase;
import dev.switchyard.gateway.application.port.in.ImportAccountUseCase;
import dev.switchyard.gateway.application.port.in.ListAccountsUseCase;
import dev.switchyard.gateway.application.port.in.ObtainCredentialsUseCase;
import dev.switchyard.gateway.application.port.in.RefreshAccountTokenUseCase;
import dev.switchyard.gateway.application.port.in.RefreshExpiringTokensUseCase;
import dev.switchyard.gateway.application.port.out.AccountRegistry;
import dev.switchyard.gateway.application.port.out.ClientKeySource;
import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.application.port.out.RefreshLock;
import dev.switchyard.gateway.application.port.out.TokenRefresher;
import dev.switchyard.gateway.application.service.ChangeAccountStateService;
import dev.switchyard.gateway.application.service.ImportAccountService;
import dev.switchyard.gateway.application.service.ListAccountsService;
import dev.switchyard.gateway.application.service.ObtainCredentialsService;
import dev.switchyard.gateway.application.service.RefreshAccountTokenService;
import dev.switchyard.gateway.application.service.RefreshExpiringTokensService;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Kiro account pool (area A): Redis adapters shared with the Node.js service, the Kiro token
 * refresher, and the use cases that hand out credentials and administer accounts. The pool bean is
 * both the {@code AccountPool} the Messages API selects from and the {@code AccountRegistry}.
 */
@Factory
final class GatewayAccountsWiring {

    private static final String REFRESH_EXECUTOR = "gateway-refresh";

    @Singleton
    RedisKeys gatewayRedisKeys(@Value("${gateway.redis.key-prefix:aiclient:}") String prefix) {
        return new RedisKeys(prefix);
    }

    @Singleton
    RedisAvailability gatewayRedisAvailability(GatewayPoolProperties pool, MeterRegistry meters) {
        return new RedisAvailability(pool.redisCommandTimeout(), meters);
    }

    /** Opened on first use, so the application starts (and the pool serves nothing yet) while Redis is away. */
    @Singleton
    RedisConnector gatewayRedisConnector(BeanProvider<StatefulRedisConnection<String, String>> connection) {
        return new RedisConnector(connection::get);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RedisAccountPool accountPool(RedisConnector connector, RedisKeys keys,
            RedisAvailability redis, GatewayPoolProperties pool, Clock clock, MeterRegistry meters) {
        return new RedisAccountPool(connector, keys, redis, new RedisAccountPool.Settings(pool.cooldowns(),
                pool.outage(), pool.cacheTtl(), pool.writeInterval()), clock, meters);
    }

    /** The Node service's shared client key ({@code apiKey} of {@code {prefix}config}), used when GATEWAY_API_KEY is empty. */
    @Singleton
    ClientKeySource sharedClientKey(RedisConnector connector, RedisKeys keys, RedisAvailability redis) {
        return new RedisClientKeySource(connector, keys, redis);
    }

    @Singleton
    @Bean(preDestroy = "close")
    RedisCredentialStore credentialStore(RedisConnector connector, RedisKeys keys,
            RedisAvailability redis, GatewayPoolProperties pool, MeterRegistry meters) {
        return new RedisCredentialStore(connector, keys, redis, pool.cacheTtl(), pool.writeInterval(), meters);
    }

    @Singleton
    RefreshLock refreshLock(RedisConnector connector, RedisKeys keys, RedisAvailability redis,
            GatewayTokenRefreshProperties refresh, Clock clock) {
        return new RedisRefreshLock(connector, keys, redis, refresh.lockTtl(), clock);
    }

    @Singleton
    TokenRefresher tokenRefresher(JsonMapper json, GatewayTokenRefreshProperties refresh) {
        return new KiroTokenRefresher(json, refresh.endpoints());
    }

    /** Token refreshes run here, off the request path (virtual threads). */
    @Singleton
    @Named(REFRESH_EXECUTOR)
    @Bean(preDestroy = "shutdownNow")
    ExecutorService gatewayRefreshExecutor() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gateway-refresh-", 0).factory());
    }

    @Singleton
    ObtainCredentialsUseCase obtainCredentials(CredentialStore store, RefreshLock lock, TokenRefresher refresher,
            AccountRegistry registry, GatewayTokenRefreshProperties refresh, @Named(REFRESH_EXECUTOR) ExecutorService refreshExecutor,
            Clock clock) {
        return new ObtainCredentialsService(store, lock, refresher, registry, refresh.policy(), refresh.waitLimit(),
                refreshExecutor, clock);
    }

    @Singleton
    RefreshExpiringTokensUseCase refreshExpiringTokens(AccountRegistry registry, CredentialStore store,
            ObtainCredentialsUseCase obtain, GatewayTokenRefreshProperties refresh,
            @Named(REFRESH_EXECUTOR) ExecutorService refreshExecutor, Clock clock) {
        return new RefreshExpiringTokensService(registry, store, obtain, refresh.policy(), refreshExecutor, clock);
    }

    @Singleton
    ListAccountsUseCase listAccounts(AccountRegistry registry, CredentialStore store, Clock clock) {
        return new ListAccountsService(registry, store, clock);
    }

    @Singleton
    ImportAccountUseCase importAccount(AccountRegistry registry, Clock clock) {
        return new ImportAccountService(registry, clock);
    }

    @Singleton
    ChangeAccountStateUseCase changeAccountState(AccountRegistry registry, CredentialStore store, Clock clock) {
        return new ChangeAccountStateService(registry, store, clock);
    }

    @Singleton
    RefreshAccountTokenUseCase refreshAccountToken(CredentialStore store, RefreshLock lock, TokenRefresher refresher,
            AccountRegistry registry, GatewayTokenRefreshProperties refresh, Clock clock) {
        return new RefreshAccountTokenService(store, lock, refresher, registry, refresh.policy(), refresh.waitLimit(), clock);
    }
}
