package dev.switchyard.gateway.adapter.http.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchyard.gateway.testkit.KiroFrames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.eventstream.Message;

class KiroFrameBufferTest {

    private final KiroFrameBuffer buffer = new KiroFrameBuffer();
    private final List<String> payloads = new ArrayList<>();

    private void feed(byte[] bytes, int from, int to) {
        buffer.feed(ByteBuffer.wrap(bytes, from, to - from), (Message message) ->
                payloads.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
    }

    @Test
    void frames_fed_one_byte_at_a_time_or_several_per_chunk_come_out_whole() {
        byte[] one = KiroFrames.event("assistantResponseEvent", "{\"content\":\"one\"}");
        byte[] two = KiroFrames.event("assistantResponseEvent", "{\"content\":\"zwei\"}");
        for (int i = 0; i < one.length; i++) {
            feed(one, i, i + 1);
            assertThat(buffer.holdsPartialFrame()).isEqualTo(i < one.length - 1);
        }
        byte[] both = new byte[two.length + one.length];
        System.arraycopy(two, 0, both, 0, two.length);
        System.arraycopy(one, 0, both, two.length, one.length);
        feed(both, 0, both.length);

        assertThat(payloads).containsExactly("{\"content\":\"one\"}", "{\"content\":\"zwei\"}", "{\"content\":\"one\"}");
        assertThat(buffer.holdsPartialFrame()).isFalse();
    }

    @Test
    void a_crc_failure_or_an_impossible_length_is_corrupt() {
        byte[] corrupt = KiroFrames.corrupt("x");
        assertThatThrownBy(() -> feed(corrupt, 0, corrupt.length)).isInstanceOf(IllegalArgumentException.class);

        byte[] huge = ByteBuffer.allocate(16).putInt(KiroFrameBuffer.MAX_FRAME + 1).array();
        assertThatThrownBy(() -> new KiroFrameBuffer().feed(ByteBuffer.wrap(huge), message -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    }
}
