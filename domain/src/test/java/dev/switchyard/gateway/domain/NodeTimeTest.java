package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NodeTimeTest {

    @Test
    void formats_like_javascript_to_iso_string() {
        assertThat(NodeTime.format(Instant.parse("2026-11-24T12:00:00Z"))).isEqualTo("2026-11-24T12:00:00.000Z");
        assertThat(NodeTime.format(Instant.parse("2026-11-24T12:00:00.123456Z"))).isEqualTo("2026-11-24T12:00:00.123Z");
    }

    @Test
    void parses_rfc_3339_and_epoch_millis() {
        Instant instant = Instant.parse("2026-11-24T12:00:00Z");
        assertThat(NodeTime.parse("2026-11-24T12:00:00.000Z")).contains(instant);
        assertThat(NodeTime.parse("2026-11-24T12:00:00Z")).contains(instant);
        assertThat(NodeTime.parse("2026-11-24T13:00:00+01:00")).contains(instant);
        assertThat(NodeTime.parse(instant.toEpochMilli())).contains(instant);
        assertThat(NodeTime.parse(Long.toString(instant.toEpochMilli()))).contains(instant);
        assertThat(NodeTime.parse((double) instant.toEpochMilli())).contains(instant);
    }

    @Test
    void unreadable_values_are_empty() {
        assertThat(NodeTime.parse(null)).isEmpty();
        assertThat(NodeTime.parse("")).isEmpty();
        assertThat(NodeTime.parse("yesterday")).isEmpty();
        assertThat(NodeTime.parse(true)).isEmpty();
    }
}
