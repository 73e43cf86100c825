package dev.switchyard.testkit.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RealServersIT {

    @Test
    void postgres_answers_sql_on_the_switchyard_database() throws SQLException {
        PostgresServer postgres = RealServers.postgres();

        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(PostgresServer.DATABASE);
            assertThat(result.getInt(2)).isGreaterThanOrEqualTo(170000);
        }
    }

    @Test
    void redis_answers_ping() throws IOException {
        assertThat(ping(RealServers.redis().port())).isEqualTo("+PONG");
    }

    @Test
    void kafka_round_trips_a_record() {
        String servers = RealServers.kafka().bootstrapServers();
        String topic = "realservers-it";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", servers,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "key", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError("produce failed", e);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", servers,
                "group.id", "realservers-it",
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    assertThat(records.iterator().next().value()).isEqualTo("hello");
                    return;
                }
            }
            throw new AssertionError("no record consumed within 30 s");
        }
    }

    @Test
    void all_gives_the_micronaut_properties_of_the_three_servers() {
        Map<String, String> properties = RealServers.all();

        assertThat(properties)
                .containsEntry("datasources.default.url", RealServers.postgres().jdbcUrl())
                .containsEntry("redis.uri", RealServers.redis().uri())
                .containsEntry("kafka.bootstrap.servers", RealServers.kafka().bootstrapServers());
    }

    @Test
    void a_redis_server_can_be_paused_and_resumed_on_the_same_port() throws IOException {
        try (RedisServer redis = RedisServer.start(RealServers.workDir())) {
            int port = redis.port();
            redis.pause();
            assertThat(redis.isRunning()).isFalse();
            assertThat(canConnect(port)).isFalse();

            redis.resume();
            assertThat(redis.port()).isEqualTo(port);
            assertThat(ping(port)).isEqualTo("+PONG");
        }
    }

    private static String ping(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
