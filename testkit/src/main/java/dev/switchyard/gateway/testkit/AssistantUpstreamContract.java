package dev.switchyard.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.out.AssistantUpstream;
import dev.switchyard.gateway.application.port.out.UpstreamOpening;
import dev.switchyard.gateway.application.port.out.UpstreamRead;
import dev.switchyard.gateway.application.port.out.UpstreamStream;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link AssistantUpstream} gives for the same upstream behaviour: the scripted in-memory
 * twin and the Kiro adapter against the simulator run these same tests.
 */
public abstract class AssistantUpstreamContract {

    /** The idle timeout the upstream under test must be configured with. */
    protected static final Duration IDLE_TIMEOUT = Duration.ofMillis(700);
    private static final Duration READ_WAIT = Duration.ofMillis(200);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(20);

    /** The upstream under test, answering its next calls with {@code scenarios} in order. */
    protected abstract AssistantUpstream upstreamPlaying(UpstreamScenario... scenarios);

    @Test
    void streams_text_and_context_usage_then_ends() {
        UpstreamStream stream = opened(UpstreamScenario.reply().text("Hel", "lo").contextUsage(12.5));

        Played played = playToTheEnd(stream);

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("Hel"),
                new AssistantEvent.TextDelta("lo"), new AssistantEvent.ContextUsage(12.5));
        assertThat(played.end()).isEqualTo(UpstreamRead.ENDED);
    }

    @Test
    void streams_a_tool_call_as_start_input_fragments_and_stop() {
        UpstreamStream stream = opened(UpstreamScenario.reply().toolUse("tool-1", "read_file", "{\"pa", "th\":\"a.txt\"}"));

        Played played = playToTheEnd(stream);

        assertThat(played.events()).containsExactly(
                new AssistantEvent.ToolUseStarted("tool-1", "read_file"),
                new AssistantEvent.ToolInputDelta("tool-1", "{\"pa"),
                new AssistantEvent.ToolInputDelta("tool-1", "th\":\"a.txt\"}"),
                new AssistantEvent.ToolUseStopped("tool-1"));
        assertThat(played.end()).isEqualTo(UpstreamRead.ENDED);
    }

    @Test
    void a_throttled_call_is_refused_with_the_retry_after_hint() {
        UpstreamOpening opening = upstreamPlaying(UpstreamScenario.refusal(UpstreamFailure.RATE_LIMITED, Duration.ofSeconds(7)))
                .open(ConversationFixtures.call("a", ConversationFixtures.hello()));

        assertThat(opening).asInstanceOf(InstanceOfAssertFactories.type(UpstreamOpening.Refused.class))
                .satisfies(refused -> {
                    assertThat(refused.failure()).isEqualTo(UpstreamFailure.RATE_LIMITED);
                    assertThat(refused.retryAfter()).hasValue(Duration.ofSeconds(7));
                });
    }

    @ParameterizedTest
    @EnumSource(value = UpstreamFailure.class, names = {"INVALID_REQUEST", "CONTEXT_TOO_LONG", "MODEL_UNAVAILABLE",
        "UNAUTHORIZED", "TOKEN_REJECTED", "QUOTA_EXHAUSTED", "ACCOUNT_BLOCKED", "RATE_LIMITED", "SERVER_ERROR"})
    void every_refusal_is_classified(UpstreamFailure failure) {
        UpstreamOpening opening = upstreamPlaying(UpstreamScenario.refusal(failure))
                .open(ConversationFixtures.call("a", ConversationFixtures.hello()));

        assertThat(opening).asInstanceOf(InstanceOfAssertFactories.type(UpstreamOpening.Refused.class))
                .satisfies(refused -> {
                    assertThat(refused.failure()).isEqualTo(failure);
                    assertThat(refused.retryAfter()).isEmpty();
                    assertThat(refused.detail()).isNotBlank();
                });
    }

    @Test
    void an_error_the_upstream_sends_in_the_stream_breaks_it_as_reported_by_the_upstream() {
        UpstreamStream stream = opened(UpstreamScenario.reply().text("partial").upstreamError(UpstreamFailure.RATE_LIMITED));

        Played played = playToTheEnd(stream);

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("partial"));
        assertThat(played.end()).isInstanceOfSatisfying(UpstreamRead.Broken.class, broken -> {
            assertThat(broken.failure()).isEqualTo(UpstreamFailure.RATE_LIMITED);
            assertThat(broken.reportedByUpstream()).isTrue();
        });
    }

    @Test
    void corrupt_data_breaks_the_stream_without_hanging() {
        UpstreamStream stream = opened(UpstreamScenario.reply().text("fine").corruption().text("never seen"));

        Played played = playToTheEnd(stream);

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("fine"));
        assertThat(played.end()).isInstanceOfSatisfying(UpstreamRead.Broken.class, broken -> {
            assertThat(broken.failure()).isEqualTo(UpstreamFailure.STREAM_BROKEN);
            assertThat(broken.reportedByUpstream()).isFalse();
        });
    }

    @Test
    void a_stream_silent_longer_than_the_idle_timeout_times_out() {
        UpstreamStream stream = opened(UpstreamScenario.reply().text("hi").silence(IDLE_TIMEOUT.multipliedBy(4)).text("late"));

        Played played = playToTheEnd(stream);

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("hi"));
        assertThat(played.quietReads()).isPositive();
        assertThat(played.end()).isInstanceOfSatisfying(UpstreamRead.Broken.class,
                broken -> assertThat(broken.failure()).isEqualTo(UpstreamFailure.TIMEOUT));
    }

    @Test
    void a_silence_shorter_than_the_idle_timeout_reads_quiet_and_goes_on() {
        UpstreamStream stream = opened(UpstreamScenario.reply().text("a").silence(IDLE_TIMEOUT.dividedBy(2)).text("b"));

        Played played = playToTheEnd(stream, Duration.ofMillis(50));

        assertThat(played.events()).containsExactly(new AssistantEvent.TextDelta("a"), new AssistantEvent.TextDelta("b"));
        assertThat(played.quietReads()).isPositive();
        assertThat(played.end()).isEqualTo(UpstreamRead.ENDED);
    }

    @Test
    void closing_cancels_a_held_stream_and_a_read_after_it_reports_it_broken() {
        CountDownLatch never = new CountDownLatch(1);
        UpstreamStream stream = opened(UpstreamScenario.reply().text("first").hold(never));
        assertThat(stream.read(GIVE_UP_AFTER)).isEqualTo(new UpstreamRead.Event(new AssistantEvent.TextDelta("first")));
        assertThat(stream.read(READ_WAIT)).isEqualTo(UpstreamRead.QUIET);

        stream.close();

        assertThat(stream.read(GIVE_UP_AFTER)).isInstanceOf(UpstreamRead.Broken.class);
    }

    private UpstreamStream opened(UpstreamScenario.Reply reply) {
        UpstreamOpening opening = upstreamPlaying(reply).open(ConversationFixtures.call("a", ConversationFixtures.hello()));
        assertThat(opening).isInstanceOf(UpstreamOpening.Opened.class);
        return ((UpstreamOpening.Opened) opening).stream();
    }

    private static Played playToTheEnd(UpstreamStream stream) {
        return playToTheEnd(stream, READ_WAIT);
    }

    /** Reads until the stream ends or breaks (failing after {@link #GIVE_UP_AFTER}), then closes it. */
    private static Played playToTheEnd(UpstreamStream stream, Duration wait) {
        List<AssistantEvent> events = new ArrayList<>();
        int quiet = 0;
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        try (stream) {
            while (System.nanoTime() < deadline) {
                UpstreamRead read = stream.read(wait);
                switch (read) {
                    case UpstreamRead.Event(AssistantEvent event) -> events.add(event);
                    case UpstreamRead.Quiet ignored -> quiet++;
                    case UpstreamRead.Ended ended -> {
                        return new Played(events, quiet, ended);
                    }
                    case UpstreamRead.Broken broken -> {
                        return new Played(events, quiet, broken);
                    }
                }
            }
        }
        throw new AssertionError("the stream neither ended nor broke within " + GIVE_UP_AFTER + "; events so far: " + events);
    }

    private record Played(List<AssistantEvent> events, int quietReads, UpstreamRead end) {
    }

}
