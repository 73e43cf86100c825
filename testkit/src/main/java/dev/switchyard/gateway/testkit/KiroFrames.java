package dev.switchyard.gateway.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

/** AWS event-stream messages as Kiro sends them (kiro-protocol.md §3.2–3.4), encoded by the AWS codec. */
public final class KiroFrames {

    private KiroFrames() {
    }

    /** {@code :message-type event} with {@code :event-type type} and a JSON payload. */
    public static byte[] event(String eventType, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":event-type", HeaderValue.fromString(eventType));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        headers.put(":message-type", HeaderValue.fromString("event"));
        return encode(headers, json);
    }

    /** {@code :message-type exception} with {@code :exception-type type}, payload {@code {"message": …}}. */
    public static byte[] exception(String exceptionType, String message) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":exception-type", HeaderValue.fromString(exceptionType));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        headers.put(":message-type", HeaderValue.fromString("exception"));
        return encode(headers, "{\"message\":" + Json.quote(message) + "}");
    }

    /** {@code :message-type error} with {@code :error-code} and {@code :error-message}, empty payload. */
    public static byte[] error(String code, String message) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":error-code", HeaderValue.fromString(code));
        headers.put(":error-message", HeaderValue.fromString(message));
        headers.put(":message-type", HeaderValue.fromString("error"));
        return encode(headers, "");
    }

    /** A well-formed text event whose last payload byte was flipped after encoding: its message CRC fails. */
    public static byte[] corrupt(String text) {
        byte[] frame = event("assistantResponseEvent", "{\"content\":" + Json.quote(text) + "}");
        frame[frame.length - 6] ^= 0x5A;
        return frame;
    }

    private static byte[] encode(Map<String, HeaderValue> headers, String payload) {
        ByteBuffer buffer = new Message(headers, payload.getBytes(StandardCharsets.UTF_8)).toByteBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
