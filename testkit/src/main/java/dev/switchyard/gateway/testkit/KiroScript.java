package dev.switchyard.gateway.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/** What the {@link KiroSimulator} answers one call with: an error status, or a 200 event stream. */
public sealed interface KiroScript {

    static Stream stream() {
        return new Stream();
    }

    /** An error answer: {@code status} with a JSON body {@code {"message": …, "reason": …}}. */
    static Status status(int status, String message, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("reason", reason);
        return new Status(status, Json.write(body), Map.of());
    }

    static Status tooManyRequests(Duration retryAfter) {
        return status(429, "Too many requests, please wait before trying again.", null)
                .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    record Status(int status, String body, Map<String, String> headers) implements KiroScript {
        public Status {
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }

        public Status withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Status(status, body, more);
        }
    }

    /** One step of a streamed answer. */
    sealed interface Step {
        record Frame(byte[] bytes) implements Step {
        }

        record Pause(Duration duration) implements Step {
        }

        /** Waits (up to a minute) until the test counts the latch down. */
        record Await(CountDownLatch latch) implements Step {
        }

        /** Drops the connection without ending the response. */
        record Abort() implements Step {
        }
    }

    /** A 200 answer built step by step; every frame is flushed on its own, or in pieces of {@link #splitEvery}. */
    final class Stream implements KiroScript {

        private final List<Step> steps = new ArrayList<>();
        private int splitEvery;

        public List<Step> steps() {
            return List.copyOf(steps);
        }

        /** 0: every frame in one write; n: frames written (and flushed) n bytes at a time, so they split across reads. */
        public int splitEvery() {
            return splitEvery;
        }

        public Stream text(String... chunks) {
            for (String chunk : chunks) {
                frame(KiroFrames.event("assistantResponseEvent", "{\"content\":" + Json.quote(chunk) + "}"));
            }
            return this;
        }

        /** A tool call as Kiro streams it: name and id in every fragment, then a {@code stop}. */
        public Stream toolUse(String toolUseId, String name, String... inputFragments) {
            for (String fragment : inputFragments) {
                frame(KiroFrames.event("toolUseEvent", "{\"name\":" + Json.quote(name) + ",\"toolUseId\":"
                        + Json.quote(toolUseId) + ",\"input\":" + Json.quote(fragment) + "}"));
            }
            frame(KiroFrames.event("toolUseEvent", "{\"name\":" + Json.quote(name) + ",\"toolUseId\":"
                    + Json.quote(toolUseId) + ",\"stop\":true}"));
            return this;
        }

        public Stream contextUsage(double percent) {
            return frame(KiroFrames.event("contextUsageEvent", "{\"contextUsagePercentage\":" + percent + "}"));
        }

        public Stream metering(double credits) {
            return frame(KiroFrames.event("meteringEvent", "{\"unit\":\"credit\",\"unitPlural\":\"credits\",\"usage\":"
                    + credits + "}"));
        }

        public Stream event(String eventType, String json) {
            return frame(KiroFrames.event(eventType, json));
        }

        public Stream exception(String exceptionType, String message) {
            return frame(KiroFrames.exception(exceptionType, message));
        }

        public Stream error(String code, String message) {
            return frame(KiroFrames.error(code, message));
        }

        public Stream corruptFrame() {
            return frame(KiroFrames.corrupt("this frame fails its CRC"));
        }

        public Stream frame(byte[] bytes) {
            steps.add(new Step.Frame(bytes.clone()));
            return this;
        }

        public Stream pause(Duration duration) {
            steps.add(new Step.Pause(duration));
            return this;
        }

        public Stream await(CountDownLatch latch) {
            steps.add(new Step.Await(latch));
            return this;
        }

        public Stream abort() {
            steps.add(new Step.Abort());
            return this;
        }

        public Stream splitEvery(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("split size must not be negative: " + bytes);
            }
            this.splitEvery = bytes;
            return this;
        }
    }
}
