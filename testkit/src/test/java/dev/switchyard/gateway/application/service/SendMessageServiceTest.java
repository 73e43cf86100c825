package dev.switchyard.gateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.in.ObtainCredentialsCommand;
import dev.switchyard.gateway.application.port.in.SendMessageCommand;
import dev.switchyard.gateway.application.port.in.SendMessageResult;
import dev.switchyard.gateway.application.port.in.SendMessageResult.Read;
import dev.switchyard.gateway.application.port.out.UpstreamCall;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.catalog.ModelSpec;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import dev.switchyard.gateway.domain.reply.ReplyBlock;
import dev.switchyard.gateway.domain.reply.StopReason;
import dev.switchyard.gateway.domain.reply.Usage;
import dev.switchyard.gateway.testkit.ApproximateTokenCounter;
import dev.switchyard.gateway.testkit.ConversationFixtures;
import dev.switchyard.gateway.testkit.FakeAccountPool;
import dev.switchyard.gateway.testkit.FakeAccountPool.Outcome;
import dev.switchyard.gateway.testkit.FakeObtainCredentials;
import dev.switchyard.gateway.testkit.ScriptedAssistantUpstream;
import dev.switchyard.gateway.testkit.UpstreamScenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SendMessageServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final ModelCatalog CATALOG = new ModelCatalog(
            List.of(new ModelSpec(ConversationFixtures.MODEL, "claude-sonnet-4.5", 200_000)), 100_000);

    private final ScriptedAssistantUpstream upstream = new ScriptedAssistantUpstream(Duration.ofSeconds(10));
    private final FakeObtainCredentials credentials = new FakeObtainCredentials();
    private FakeAccountPool pool = FakeAccountPool.of("a", "b", "c", "d", "e");

    private SendMessageService service() {
        return new SendMessageService(pool, credentials, upstream, new ApproximateTokenCounter(), CATALOG);
    }

    private SendMessageResult send(boolean stream) {
        return service().send(new SendMessageCommand(ConversationFixtures.hello(), stream));
    }

    private List<String> calledAccounts() {
        return upstream.calls().stream().map(call -> call.account().id().value()).toList();
    }

    private static List<Read> readAll(SendMessageResult.Events events) {
        List<Read> reads = new ArrayList<>();
        while (true) {
            Read read = events.next(WAIT);
            reads.add(read);
            if (read instanceof Read.Finished || read instanceof Read.Broken) {
                events.close();
                return reads;
            }
        }
    }

    @Test
    void a_streaming_reply_hands_on_its_content_then_finishes_with_stop_reason_and_usage() {
        upstream.enqueue(UpstreamScenario.reply().text("Hel", "lo").contextUsage(10));

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Streaming.class, streaming -> {
            assertThat(streaming.initialUsage()).isEqualTo(Usage.split(2, 0)); // "Hello" estimated at 2 tokens
            assertThat(readAll(streaming.events())).containsExactly(
                    new Read.Next(new AssistantEvent.TextDelta("Hel")),
                    new Read.Next(new AssistantEvent.TextDelta("lo")),
                    // 10 % of 200,000 = 20,000 minus the 2 output tokens ("Hel", "lo"), split 1:2:25
                    new Read.Finished(StopReason.END_TURN, Usage.split(19_998, 2)));
        });
        assertThat(pool.outcomes()).containsExactly(Outcome.success("a"));
    }

    @Test
    void a_non_streaming_reply_comes_back_whole_with_the_estimate_when_no_context_usage_came() {
        upstream.enqueue(UpstreamScenario.reply().text("Hi ").toolUse("t1", "read", "{\"path\":", "\"a\"}"));

        SendMessageResult result = send(false);

        assertThat(result).isEqualTo(new SendMessageResult.Completed(
                List.of(new ReplyBlock.Text("Hi "), new ReplyBlock.ToolUse("t1", "read", "{\"path\":\"a\"}")),
                StopReason.TOOL_USE, new Usage(2, 4, 0, 0), 0)); // "Hi " 1 + tool input 3
        assertThat(pool.outcomes()).containsExactly(Outcome.success("a"));
    }

    @Test
    void a_throttled_first_account_is_reported_with_its_retry_after_and_the_second_answers() {
        upstream.enqueue(UpstreamScenario.refusal(UpstreamFailure.RATE_LIMITED, Duration.ofSeconds(9)),
                UpstreamScenario.reply().text("from b"));

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Streaming.class, streaming -> {
            assertThat(streaming.failovers()).isEqualTo(1);
            assertThat(readAll(streaming.events())).first().isEqualTo(new Read.Next(new AssistantEvent.TextDelta("from b")));
        });
        assertThat(calledAccounts()).containsExactly("a", "b");
        assertThat(pool.outcomes()).containsExactly(
                Outcome.failure("a", UpstreamFailure.RATE_LIMITED, Duration.ofSeconds(9)), Outcome.success("b"));
    }

    @Test
    void a_failure_of_the_request_itself_goes_straight_back_without_switching() {
        upstream.enqueue(UpstreamScenario.refusal(UpstreamFailure.INVALID_REQUEST));

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(UpstreamFailure.INVALID_REQUEST);
            assertThat(failed.failovers()).isZero();
        });
        assertThat(calledAccounts()).containsExactly("a");
        assertThat(pool.outcomes()).containsExactly(Outcome.failure("a", UpstreamFailure.INVALID_REQUEST));
    }

    @Test
    void a_rejected_token_is_refreshed_and_the_call_retried_once_on_the_same_account() {
        upstream.enqueue(UpstreamScenario.refusal(UpstreamFailure.UNAUTHORIZED), UpstreamScenario.reply().text("ok"));

        SendMessageResult result = send(false);

        assertThat(result).isInstanceOf(SendMessageResult.Completed.class);
        assertThat(upstream.calls()).extracting(call -> call.credentials().accessToken())
                .containsExactly("token-a", "token-a-refreshed");
        assertThat(credentials.commands()).containsExactly(ObtainCredentialsCommand.beforeCall(AccountId.of("a")),
                ObtainCredentialsCommand.afterRejection(AccountId.of("a")));
        assertThat(pool.outcomes()).containsExactly(Outcome.failure("a", UpstreamFailure.UNAUTHORIZED), Outcome.success("a"));
        assertThat(result.failovers()).isZero();
    }

    @Test
    void a_token_rejected_again_after_the_refresh_moves_on_to_the_next_account() {
        upstream.enqueue(UpstreamScenario.refusal(UpstreamFailure.TOKEN_REJECTED),
                UpstreamScenario.refusal(UpstreamFailure.TOKEN_REJECTED), UpstreamScenario.reply().text("ok"));

        SendMessageResult result = send(false);

        assertThat(result).isInstanceOf(SendMessageResult.Completed.class);
        assertThat(calledAccounts()).containsExactly("a", "a", "b");
        assertThat(pool.outcomes()).containsExactly(Outcome.failure("a", UpstreamFailure.TOKEN_REJECTED),
                Outcome.failure("a", UpstreamFailure.TOKEN_REJECTED), Outcome.success("b"));
    }

    @Test
    void when_the_refresh_fails_the_next_account_is_tried() {
        credentials.refreshFails("a");
        upstream.enqueue(UpstreamScenario.refusal(UpstreamFailure.UNAUTHORIZED), UpstreamScenario.reply().text("ok"));

        SendMessageResult result = send(false);

        assertThat(result).isInstanceOf(SendMessageResult.Completed.class);
        assertThat(calledAccounts()).containsExactly("a", "b");
    }

    @Test
    void at_most_three_switches_then_the_last_error() {
        upstream.otherwise(UpstreamScenario.refusal(UpstreamFailure.SERVER_ERROR));

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(UpstreamFailure.SERVER_ERROR);
            assertThat(failed.failovers()).isEqualTo(3);
        });
        assertThat(calledAccounts()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void an_empty_pool_means_no_account() {
        pool = FakeAccountPool.empty();

        assertThat(send(true)).isInstanceOf(SendMessageResult.NoAccount.class);
        assertThat(upstream.calls()).isEmpty();
    }

    @Test
    void a_pool_that_runs_out_after_failures_answers_with_the_last_failure() {
        pool = FakeAccountPool.of("a", "b");
        upstream.enqueue(UpstreamScenario.refusal(UpstreamFailure.RATE_LIMITED),
                UpstreamScenario.refusal(UpstreamFailure.QUOTA_EXHAUSTED));

        SendMessageResult result = send(false);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(UpstreamFailure.QUOTA_EXHAUSTED));
    }

    @Test
    void an_account_without_credentials_is_skipped() {
        credentials.without("a");
        upstream.enqueue(UpstreamScenario.reply().text("ok"));

        assertThat(send(false)).isInstanceOf(SendMessageResult.Completed.class);
        assertThat(calledAccounts()).containsExactly("b");
    }

    @Test
    void no_account_with_credentials_means_no_account() {
        pool = FakeAccountPool.of("a");
        credentials.without("a");

        assertThat(send(false)).isInstanceOfSatisfying(SendMessageResult.NoAccount.class,
                none -> assertThat(none.detail()).contains("credentials"));
    }

    @Test
    void a_ghost_exception_after_the_output_finishes_the_reply_normally_and_blames_nobody() {
        upstream.enqueue(UpstreamScenario.reply().text("complete answer").contextUsage(1).upstreamError(UpstreamFailure.SERVER_ERROR));

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Streaming.class, streaming ->
                assertThat(readAll(streaming.events())).last().isInstanceOfSatisfying(Read.Finished.class,
                        finished -> assertThat(finished.stopReason()).isEqualTo(StopReason.END_TURN)));
        assertThat(pool.outcomes()).containsExactly(Outcome.success("a"));
    }

    @Test
    void an_error_before_any_output_of_a_stream_breaks_it_and_is_reported() {
        upstream.enqueue(UpstreamScenario.reply().upstreamError(UpstreamFailure.RATE_LIMITED));

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Streaming.class, streaming ->
                assertThat(readAll(streaming.events())).containsExactly(
                        new Read.Broken(UpstreamFailure.RATE_LIMITED, "scripted RATE_LIMITED")));
        assertThat(pool.outcomes()).containsExactly(Outcome.failure("a", UpstreamFailure.RATE_LIMITED));
    }

    @Test
    void corrupt_data_after_output_breaks_a_stream_and_is_not_a_ghost() {
        upstream.enqueue(UpstreamScenario.reply().text("partial").corruption());

        SendMessageResult result = send(true);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Streaming.class, streaming ->
                assertThat(readAll(streaming.events())).last().isEqualTo(
                        new Read.Broken(UpstreamFailure.STREAM_BROKEN, "corrupt frame")));
        assertThat(pool.outcomes()).containsExactly(Outcome.failure("a", UpstreamFailure.STREAM_BROKEN));
    }

    @Test
    void a_non_streaming_reply_that_breaks_before_any_output_switches_accounts() {
        upstream.enqueue(UpstreamScenario.reply().upstreamError(UpstreamFailure.RATE_LIMITED), UpstreamScenario.reply().text("b"));

        SendMessageResult result = send(false);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Completed.class, completed -> {
            assertThat(completed.content()).containsExactly(new ReplyBlock.Text("b"));
            assertThat(completed.failovers()).isEqualTo(1);
        });
    }

    @Test
    void a_non_streaming_reply_that_breaks_after_output_fails() {
        upstream.enqueue(UpstreamScenario.reply().text("partial").corruption());

        assertThat(send(false)).isInstanceOfSatisfying(SendMessageResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(UpstreamFailure.STREAM_BROKEN));
        assertThat(calledAccounts()).containsExactly("a");
    }

    @Test
    void thinking_alone_gets_a_placeholder_text_and_stops_for_max_tokens() {
        upstream.enqueue(UpstreamScenario.reply().thinking("ponder", "ing"));

        SendMessageResult result = send(false);

        assertThat(result).isInstanceOfSatisfying(SendMessageResult.Completed.class, completed -> {
            assertThat(completed.content()).containsExactly(new ReplyBlock.Thinking("pondering"), new ReplyBlock.Text(" "));
            assertThat(completed.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
        });
    }

    @Test
    void a_slow_stream_reads_quiet_and_closing_it_cancels_the_upstream_and_counts_as_success() {
        CountDownLatch never = new CountDownLatch(1);
        upstream.enqueue(UpstreamScenario.reply().text("first").hold(never));

        SendMessageResult result = send(true);

        SendMessageResult.Events events = ((SendMessageResult.Streaming) result).events();
        assertThat(events.next(WAIT)).isEqualTo(new Read.Next(new AssistantEvent.TextDelta("first")));
        assertThat(events.next(Duration.ofMillis(50))).isEqualTo(new Read.Quiet());
        events.close();
        events.close();

        assertThat(upstream.cancelledStreams()).isEqualTo(1);
        assertThat(pool.outcomes()).containsExactly(Outcome.success("a"));
    }

    @Test
    void every_call_carries_the_accounts_own_credentials_and_the_conversation() {
        upstream.enqueue(UpstreamScenario.reply().text("ok"));

        send(false);

        UpstreamCall call = upstream.calls().getFirst();
        assertThat(call.credentials().profileArn()).hasValue("arn:aws:codewhisperer:us-east-1:000000000000:profile/a");
        assertThat(call.conversation()).isEqualTo(ConversationFixtures.hello());
    }
}
