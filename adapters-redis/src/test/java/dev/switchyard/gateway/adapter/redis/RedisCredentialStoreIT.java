package dev.switchyard.gateway.adapter.redis;

import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.CredentialStoreContract;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import dev.switchyard.testkit.servers.RealServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The {@link CredentialStoreContract} on a real Redis, with token records written as the Node service writes them. */
class RedisCredentialStoreIT extends CredentialStoreContract {

    private static GatewayRedis redis;
    private final List<RedisCredentialStore> opened = new ArrayList<>();
    private final Map<Object, RedisKeys> keysOf = new IdentityHashMap<>();

    @BeforeAll
    static void connect() {
        redis = new GatewayRedis(RealServers.redis().uri());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(RedisCredentialStore::close);
    }

    @Override
    protected CredentialStore storeWith(Map<AccountId, KiroCredentials> credentials) {
        RedisKeys keys = GatewayRedis.freshKeys();
        credentials.forEach((account, value) -> redis.sync().set(keys.tokens(account.value()), NodePoolFixtures.tokensJson(value)));
        return open(keys);
    }

    @Override
    protected CredentialStore anotherInstance(CredentialStore store) {
        return open(keysOf.get(store));
    }

    private CredentialStore open(RedisKeys keys) {
        RedisCredentialStore store = redis.credentials(keys, Duration.ofSeconds(5));
        opened.add(store);
        keysOf.put(store, keys);
        return store;
    }
}
