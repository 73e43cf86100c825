package dev.switchyard.messaging.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.messaging.domain.OutboundMessageEvent;
import dev.switchyard.messaging.testkit.MessagingFixtures;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OutboundMessageEventCodecTest {

    private static final ApplicationContext CONTEXT = ApplicationContext.run(Map.of("messaging.queue.backend", "memory"));
    private final OutboundMessageEventCodec codec = new OutboundMessageEventCodec(CONTEXT.getBean(JsonMapper.class));

    @AfterAll
    static void close() {
        CONTEXT.close();
    }

    @Test
    void sms_and_email_events_survive_the_round_trip() {
        OutboundMessageEvent sms = MessagingFixtures.smsEvent("k-sms");
        OutboundMessageEvent email = MessagingFixtures.emailEvent("k-email");

        assertThat(codec.decode(codec.encode(sms))).isEqualTo(sms);
        assertThat(codec.decode(codec.encode(email))).isEqualTo(email);
    }

    @Test
    void the_json_is_schema_version_1_with_snake_case_fields() {
        String json = new String(codec.encode(MessagingFixtures.smsEvent("k-1")), StandardCharsets.UTF_8);

        assertThat(json).contains("\"schema_version\":1", "\"idempotency_key\":\"k-1\"", "\"channel\":\"sms\"",
                "\"customer_id\":\"cust-1\"", "\"to\":\"+14155550123\"", "\"accepted_at\":\"2026-11-24T10:00:00.123456Z\"")
                .doesNotContain("subject", "html");
    }

    @Test
    void records_it_cannot_read_are_refused_with_the_reason() {
        assertThatThrownBy(() -> decode("{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decode("{\"schema_version\":2}")).hasMessage("unsupported schema_version 2");
        assertThatThrownBy(() -> decode("{\"idempotency_key\":\"k\"}")).hasMessage("no schema_version");
        assertThatThrownBy(() -> decode("{\"schema_version\":1,\"channel\":\"sms\",\"customer_id\":\"c\",\"to\":\"+14155550123\","
                + "\"body\":\"x\",\"accepted_at\":\"2026-11-24T10:00:00Z\"}")).hasMessage("missing idempotency_key");
        assertThatThrownBy(() -> decode("{\"schema_version\":1,\"idempotency_key\":\"k\",\"channel\":\"fax\",\"customer_id\":\"c\"}"))
                .hasMessageContaining("unknown channel");
        assertThatThrownBy(() -> codec.decode(null)).hasMessage("empty record");
    }

    private OutboundMessageEvent decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
