package dev.switchyard.gateway.adapter.http.upstream;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import software.amazon.eventstream.Message;

/**
 * Collects the bytes of Kiro's event stream across network reads and hands each complete frame to the
 * AWS codec ({@link Message#decode}, which checks both CRCs and parses the headers). Replaces the
 * codec's own {@code MessageDecoder}, which allocates a 2 MiB buffer per stream up front: at 10,000
 * open streams that is 20 GiB. This buffer starts at {@value #INITIAL} bytes and grows only to the
 * largest frame seen. A frame length outside 16 B … 16 MiB is corrupt.
 */
final class KiroFrameBuffer {

    static final int MAX_FRAME = 16 * 1024 * 1024;
    private static final int MIN_FRAME = 16;
    private static final int INITIAL = 4096;

    private byte[] bytes = new byte[0];
    private int length;

    /** Appends a chunk and decodes every frame it completes; throws IllegalArgumentException on corrupt data. */
    void feed(ByteBuffer chunk, Consumer<Message> frames) {
        append(chunk);
        int start = 0;
        while (length - start >= 4) {
            int total = ByteBuffer.wrap(bytes, start, 4).getInt();
            if (total < MIN_FRAME || total > MAX_FRAME) {
                throw new IllegalArgumentException("invalid event-stream frame length " + total);
            }
            if (length - start < total) {
                break;
            }
            frames.accept(Message.decode(ByteBuffer.wrap(bytes, start, total).slice()));
            start += total;
        }
        if (start > 0) {
            System.arraycopy(bytes, start, bytes, 0, length - start);
            length -= start;
        }
    }

    /** True when bytes of an incomplete frame are waiting. */
    boolean holdsPartialFrame() {
        return length > 0;
    }

    private void append(ByteBuffer chunk) {
        int needed = length + chunk.remaining();
        if (needed > bytes.length) {
            byte[] bigger = new byte[Math.max(needed, Math.max(INITIAL, bytes.length * 2))];
            System.arraycopy(bytes, 0, bigger, 0, length);
            bytes = bigger;
        }
        chunk.get(bytes, length, chunk.remaining());
        length = needed;
    }
}
