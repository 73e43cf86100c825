package dev.switchyard.gateway.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.testkit.NodePoolFixtures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;

/** Plays the Node.js service in bootstrap tests: writes accounts as it does and reads back what Switchyard wrote. */
final class GatewayRedisSeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    final String prefix = "it-" + UUID.randomUUID() + ":";

    GatewayRedisSeed(String uri) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(Duration.ofSeconds(2));
        this.client = RedisClient.create(redisUri);
        this.connection = client.connect();
    }

    RedisCommands<String, String> sync() {
        return connection.sync();
    }

    void seed(Account account, KiroCredentials credentials) {
        String uuid = account.id().value();
        sync().hset(NodePoolFixtures.poolKey(prefix), uuid, NodePoolFixtures.nodeJson(uuid, account.name()));
        sync().set(NodePoolFixtures.tokensKey(prefix, uuid), NodePoolFixtures.tokensJson(credentials));
    }

    JsonNode node(String uuid) {
        return parse(sync().hget(NodePoolFixtures.poolKey(prefix), uuid));
    }

    /** The node as stored under another seed's prefix (a seed reconnecting after Redis restarted). */
    JsonNode nodeIn(String otherPrefix, String uuid) {
        return parse(sync().hget(NodePoolFixtures.poolKey(otherPrefix), uuid));
    }

    JsonNode tokens(String uuid) {
        return parse(sync().get(NodePoolFixtures.tokensKey(prefix, uuid)));
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.missingNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
