package dev.switchyard.gateway.adapter.http.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.out.AssistantUpstream;
import dev.switchyard.gateway.application.port.out.UpstreamOpening;
import dev.switchyard.gateway.application.port.out.UpstreamRead;
import dev.switchyard.gateway.application.port.out.UpstreamStream;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import dev.switchyard.gateway.domain.reply.StopReason;
import dev.switchyard.gateway.testkit.AssistantUpstreamContract;
import dev.switchyard.gateway.testkit.ConversationFixtures;
import dev.switchyard.gateway.testkit.KiroFrames;
import dev.switchyard.gateway.testkit.KiroScript;
import dev.switchyard.gateway.testkit.KiroScripts;
import dev.switchyard.gateway.testkit.KiroSimulator;
import dev.switchyard.gateway.testkit.RecordedKiroRequest;
import dev.switchyard.gateway.testkit.UpstreamScenario;
import dev.switchyard.testkit.servers.FreePort;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kiro adapter against the simulator: the port contract, then what only Kiro's wire format has. */
class KiroAssistantUpstreamIT extends AssistantUpstreamContract {

    private static KiroSimulator simulator;
    private static KiroAssistantUpstream upstream;

    @BeforeAll
    static void start() {
        simulator = KiroSimulator.start();
        upstream = upstreamFor(simulator.url().replace("/generateAssistantResponse", "/{region}/generateAssistantResponse"));
    }

    @AfterAll
    static void stop() {
        upstream.close();
        simulator.close();
    }

    private static KiroAssistantUpstream upstreamFor(String url) {
        KiroSettings settings = KiroSettings.defaults(url, ModelCatalog.defaults())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), IDLE_TIMEOUT);
        return new KiroAssistantUpstream(settings, JsonMapper.createDefault(), Clock.systemUTC());
    }

    @Override
    protected AssistantUpstream upstreamPlaying(UpstreamScenario... scenarios) {
        simulator.reset();
        for (UpstreamScenario scenario : scenarios) {
            simulator.enqueue(KiroScripts.of(scenario));
        }
        return upstream;
    }

    @Test
    void frames_split_into_three_byte_reads_are_reassembled() {
        simulator.reset();
        simulator.enqueue(KiroScript.stream().splitEvery(3).text("split ", "über ", "frames").toolUse("t-1", "calc", "{\"a\":", "1}")
                .contextUsage(3.5));

        Played played = play(open());

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("split "),
                new AssistantEvent.TextDelta("über "), new AssistantEvent.TextDelta("frames"),
                new AssistantEvent.ToolUseStarted("t-1", "calc"), new AssistantEvent.ToolInputDelta("t-1", "{\"a\":"),
                new AssistantEvent.ToolInputDelta("t-1", "1}"), new AssistantEvent.ToolUseStopped("t-1"),
                new AssistantEvent.ContextUsage(3.5));
        assertThat(played.end()).isEqualTo(UpstreamRead.ENDED);
    }

    @Test
    void a_frame_failing_its_crc_breaks_the_stream_even_when_split() {
        simulator.reset();
        simulator.enqueue(KiroScript.stream().splitEvery(5).text("ok").frame(KiroFrames.corrupt("bad")).text("never"));

        Played played = play(open());

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("ok"));
        assertThat(played.end()).isInstanceOfSatisfying(UpstreamRead.Broken.class, broken -> {
            assertThat(broken.failure()).isEqualTo(UpstreamFailure.STREAM_BROKEN);
            assertThat(broken.detail()).contains("corrupt");
        });
    }

    @Test
    void a_stream_cut_inside_a_frame_is_broken_not_ended() {
        simulator.reset();
        byte[] frame = KiroFrames.event("assistantResponseEvent", "{\"content\":\"cut\"}");
        byte[] half = java.util.Arrays.copyOf(frame, frame.length / 2);
        simulator.enqueue(KiroScript.stream().text("before").frame(half));

        Played played = play(open());

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("before"));
        assertThat(played.end()).isInstanceOf(UpstreamRead.Broken.class);
    }

    @Test
    void an_error_frame_and_a_throttling_exception_are_typed_failures() {
        simulator.reset();
        simulator.enqueue(KiroScript.stream().error("InternalFailure", "boom"),
                KiroScript.stream().exception("ThrottlingException", "slow down"));

        assertThat(play(open()).end()).isInstanceOfSatisfying(UpstreamRead.Broken.class, broken -> {
            assertThat(broken.failure()).isEqualTo(UpstreamFailure.SERVER_ERROR);
            assertThat(broken.reportedByUpstream()).isTrue();
        });
        assertThat(play(open()).end()).isInstanceOfSatisfying(UpstreamRead.Broken.class,
                broken -> assertThat(broken.failure()).isEqualTo(UpstreamFailure.RATE_LIMITED));
    }

    @Test
    void content_length_exceeded_ends_the_reply_with_max_tokens() {
        simulator.reset();
        simulator.enqueue(KiroScript.stream().text("long").exception("ContentLengthExceededException", "too long"));

        Played played = play(open());

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("long"),
                new AssistantEvent.StopReported(StopReason.MAX_TOKENS));
        assertThat(played.end()).isEqualTo(UpstreamRead.ENDED);
    }

    @Test
    void metering_follow_up_and_unknown_events_are_skipped_and_metadata_stop_reason_is_passed_on() {
        simulator.reset();
        simulator.enqueue(KiroScript.stream().text("a").metering(0.02)
                .event("followupPromptEvent", "{\"followupPrompt\":{\"content\":\"more?\"}}")
                .event("somethingNewEvent", "{\"x\":1}")
                .event("metadataEvent", "{\"stopReason\":\"END_TURN\"}"));

        Played played = play(open());

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("a"),
                new AssistantEvent.StopReported(StopReason.END_TURN));
    }

    @Test
    void sends_the_kiro_ide_headers_and_the_region_of_the_credentials() {
        simulator.reset();
        simulator.enqueue(KiroScript.stream().text("x"));

        play(open());

        RecordedKiroRequest request = simulator.lastRequest();
        assertThat(request.path()).isEqualTo("/us-east-1/generateAssistantResponse");
        assertThat(request.bearerToken()).hasValue("token-a");
        assertThat(request.header("content-type")).hasValue("application/json");
        assertThat(request.header("accept")).hasValue("application/json");
        assertThat(request.header("amz-sdk-request")).hasValue("attempt=1; max=3");
        assertThat(request.header("amz-sdk-invocation-id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(request.header("x-amzn-codewhisperer-optout")).hasValue("true");
        assertThat(request.header("x-amzn-kiro-agent-mode")).hasValue("vibe");
        String machineId = KiroHeaders.machineId("a");
        assertThat(request.header("x-amz-user-agent")).hasValue("aws-sdk-js/1.0.34 KiroIDE-0.11.63-" + machineId);
        assertThat(request.header("user-agent")).hasValueSatisfying(agent -> assertThat(agent)
                .startsWith("aws-sdk-js/1.0.34 ua/2.1 os/").contains("api/codewhispererstreaming#1.0.34 m/E KiroIDE-0.11.63-"));
        assertThat(request.currentMessage().path("modelId").asText()).isEqualTo("claude-sonnet-4.5");
    }

    @Test
    void a_retry_after_date_or_seconds_is_read_from_a_429() {
        simulator.reset();
        simulator.enqueue(KiroScript.tooManyRequests(Duration.ofSeconds(42)));

        UpstreamOpening opening = upstream.open(ConversationFixtures.call("a", ConversationFixtures.hello()));

        assertThat(opening).isInstanceOfSatisfying(UpstreamOpening.Refused.class, refused -> {
            assertThat(refused.failure()).isEqualTo(UpstreamFailure.RATE_LIMITED);
            assertThat(refused.retryAfter()).hasValue(Duration.ofSeconds(42));
            assertThat(refused.detail()).contains("429").contains("Too many requests");
        });
    }

    @Test
    void nothing_listening_is_a_connection_failure_and_a_silent_server_a_timeout() {
        try (KiroAssistantUpstream nowhere = upstreamFor("http://127.0.0.1:" + FreePort.next() + "/generateAssistantResponse")) {
            assertThat(nowhere.open(ConversationFixtures.call("a", ConversationFixtures.hello())))
                    .isInstanceOfSatisfying(UpstreamOpening.Refused.class,
                            refused -> assertThat(refused.failure()).isEqualTo(UpstreamFailure.CONNECTION_FAILED));
        }
        simulator.reset();
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        simulator.otherwise(request -> {
            try {
                never.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return KiroScript.stream().text("too late");
        });
        KiroSettings quick = KiroSettings.defaults(simulator.url(), ModelCatalog.defaults())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), IDLE_TIMEOUT);
        try (KiroAssistantUpstream impatient = new KiroAssistantUpstream(quick, JsonMapper.createDefault(), Clock.systemUTC())) {
            assertThat(impatient.open(ConversationFixtures.call("a", ConversationFixtures.hello())))
                    .isInstanceOfSatisfying(UpstreamOpening.Refused.class,
                            refused -> assertThat(refused.failure()).isEqualTo(UpstreamFailure.TIMEOUT));
        } finally {
            never.countDown();
            simulator.reset();
        }
    }

    private UpstreamStream open() {
        UpstreamOpening opening = upstream.open(ConversationFixtures.call("a", ConversationFixtures.hello()));
        assertThat(opening).isInstanceOf(UpstreamOpening.Opened.class);
        return ((UpstreamOpening.Opened) opening).stream();
    }

    private static Played play(UpstreamStream stream) {
        List<AssistantEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (stream) {
            while (System.nanoTime() < deadline) {
                UpstreamRead read = stream.read(Duration.ofMillis(200));
                switch (read) {
                    case UpstreamRead.Event(AssistantEvent event) -> events.add(event);
                    case UpstreamRead.Quiet ignored -> {
                    }
                    case UpstreamRead.Ended ended -> {
                        return new Played(events, ended);
                    }
                    case UpstreamRead.Broken broken -> {
                        return new Played(events, broken);
                    }
                }
            }
        }
        throw new AssertionError("the stream did not end: " + events);
    }

    private record Played(List<AssistantEvent> events, UpstreamRead end) {
    }
}
