package dev.switchyard.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.models.ModelInfo;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.testkit.FakeAccountPool;
import dev.switchyard.gateway.testkit.KiroScript;
import dev.switchyard.gateway.testkit.RecordedKiroRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official Anthropic Java SDK against the running app, Kiro played by the simulator. */
@MicronautTest
class MessagesWithAnthropicSdkIT extends GatewayE2E {

    private AnthropicClient client;

    @BeforeAll
    void client() {
        client = AnthropicOkHttpClient.builder().baseUrl(baseUrl()).apiKey(API_KEY).maxRetries(0)
                .timeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    void closeClient() {
        client.close();
    }

    private static MessageCreateParams.Builder hello() {
        return MessageCreateParams.builder().model(MODEL).maxTokens(1024).addUserMessage("Hello");
    }

    private static KiroScript.Stream textReply() {
        return KiroScript.stream().text("Hel", "lo, ", "world!").contextUsage(2.0).metering(0.01);
    }

    @Test
    void plain_text_reply_with_usage_split_from_the_context_percentage() {
        SIMULATOR.enqueue(textReply());

        Message message = client.messages().create(hello().build());

        assertThat(text(message)).isEqualTo("Hello, world!");
        assertThat(message.stopReason()).hasValue(StopReason.END_TURN);
        assertThat(message.id()).startsWith("msg_");
        assertThat(message.model().asString()).isEqualTo(MODEL);
        // 2 % of 200 000 = 4000 tokens of context, less the output; reported 1:2:25
        long total = message.usage().inputTokens() + message.usage().cacheCreationInputTokens().orElse(0L)
                + message.usage().cacheReadInputTokens().orElse(0L);
        assertThat(total + message.usage().outputTokens()).isEqualTo(4000);
        assertThat(message.usage().cacheReadInputTokens().orElse(0L)).isGreaterThan(message.usage().inputTokens());
        assertThat(SIMULATOR.lastRequest().currentMessage().path("modelId").asText()).isEqualTo("claude-sonnet-4.5");
        assertThat(pool.outcomes()).containsExactly(FakeAccountPool.Outcome.success("a"));
    }

    @Test
    void streamed_text_equals_the_non_streamed_text() {
        SIMULATOR.enqueue(textReply(), textReply());

        Message whole = client.messages().create(hello().build());
        Message streamed = stream(hello().build());

        assertThat(text(streamed)).isEqualTo(text(whole)).isEqualTo("Hello, world!");
        assertThat(streamed.stopReason()).isEqualTo(whole.stopReason());
        assertThat(streamed.usage().outputTokens()).isEqualTo(whole.usage().outputTokens());
    }

    @Test
    void multi_turn_with_a_system_prompt_reaches_kiro_as_alternating_history() {
        SIMULATOR.enqueue(textReply());

        client.messages().create(MessageCreateParams.builder().model(MODEL).maxTokens(100).system("You are terse.")
                .addUserMessage("first question").addAssistantMessage("first answer").addUserMessage("second question")
                .build());

        RecordedKiroRequest request = SIMULATOR.lastRequest();
        JsonNode history = request.json().path("conversationState").path("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("userInputMessage").path("content").asText()).isEqualTo("You are terse.\n\nfirst question");
        assertThat(history.get(1).path("assistantResponseMessage").path("content").asText()).isEqualTo("first answer");
        assertThat(request.currentMessage().path("content").asText()).isEqualTo("second question");
    }

    @Test
    void a_tool_call_in_fragments_is_reassembled_into_valid_json_streamed_and_not() {
        KiroScript.Stream toolReply = KiroScript.stream().text("Let me check.")
                .toolUse("tooluse_1", "get_weather", "{\"ci", "ty\": \"Par", "is\", \"units\": [\"C\"]}").contextUsage(1.0);
        SIMULATOR.enqueue(toolReply, toolReply);
        MessageCreateParams params = hello().addTool(weatherTool()).build();

        for (Message message : List.of(client.messages().create(params), stream(params))) {
            assertThat(message.stopReason()).hasValue(StopReason.TOOL_USE);
            assertThat(message.content()).hasSize(2);
            assertThat(message.content().get(0).text().orElseThrow().text()).isEqualTo("Let me check.");
            var toolUse = message.content().get(1).toolUse().orElseThrow();
            assertThat(toolUse.id()).isEqualTo("tooluse_1");
            assertThat(toolUse.name()).isEqualTo("get_weather");
            assertThat(toolUse._input().convert(Map.class)).isEqualTo(Map.of("city", "Paris", "units", List.of("C")));
        }
        JsonNode spec = SIMULATOR.lastRequest().currentMessage().path("userInputMessageContext").path("tools").get(0);
        assertThat(spec.path("toolSpecification").path("name").asText()).isEqualTo("get_weather");
    }

    @Test
    void a_tool_result_follow_up_goes_to_kiro_as_tool_results() {
        SIMULATOR.enqueue(KiroScript.stream().toolUse("tooluse_7", "get_weather", "{\"city\":\"Oslo\"}"),
                KiroScript.stream().text("It is 3 °C in Oslo."));
        MessageCreateParams first = hello().addTool(weatherTool()).build();
        Message call = client.messages().create(first);

        Message answer = client.messages().create(first.toBuilder().addMessage(call)
                .addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                        .toolUseId("tooluse_7").content("3 °C, cloudy").build())))
                .build());

        assertThat(text(answer)).isEqualTo("It is 3 °C in Oslo.");
        RecordedKiroRequest request = SIMULATOR.lastRequest();
        JsonNode result = request.currentMessage().path("userInputMessageContext").path("toolResults").get(0);
        assertThat(result.path("toolUseId").asText()).isEqualTo("tooluse_7");
        assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("3 °C, cloudy");
        JsonNode toolUse = request.json().path("conversationState").path("history").get(1)
                .path("assistantResponseMessage").path("toolUses").get(0);
        assertThat(toolUse.path("input").path("city").asText()).isEqualTo("Oslo");
    }

    @Test
    void thinking_in_tags_comes_back_as_thinking_blocks_streamed_and_not() {
        KiroScript.Stream thinkingReply = KiroScript.stream().text("<think", "ing>\nLet me ", "think.</thinking>\n\nThe answer", " is 4.");
        SIMULATOR.enqueue(thinkingReply, thinkingReply);
        MessageCreateParams params = MessageCreateParams.builder().model(MODEL).maxTokens(4096).enabledThinking(2048)
                .addUserMessage("2+2?").build();

        for (Message message : List.of(client.messages().create(params), stream(params))) {
            assertThat(message.content()).hasSize(2);
            assertThat(message.content().get(0).thinking().orElseThrow().thinking()).isEqualTo("Let me think.");
            assertThat(message.content().get(1).text().orElseThrow().text()).isEqualTo("The answer is 4.");
        }
        assertThat(SIMULATOR.lastRequest().currentMessage().path("content").asText())
                .startsWith("<thinking_mode>enabled</thinking_mode><max_thinking_length>2048</max_thinking_length>");
    }

    @Test
    void count_tokens_and_models_answer_without_calling_kiro() {
        long tokens = client.messages().countTokens(MessageCountTokensParams.builder().model(MODEL)
                .addUserMessage("The quick brown fox jumps over the lazy dog").build()).inputTokens();
        List<ModelInfo> models = client.models().list().data();

        assertThat(tokens).isEqualTo(9);
        assertThat(models).extracting(ModelInfo::id).contains("claude-sonnet-4-5", "claude-opus-4-8", "claude-haiku-4-5");
        assertThat(client.models().retrieve("claude-haiku-4-5").id()).isEqualTo("claude-haiku-4-5");
        assertThat(SIMULATOR.requests()).isEmpty();
    }

    @Test
    void retryable_refusals_switch_accounts_up_to_three_times_before_anything_is_sent() {
        SIMULATOR.enqueue(KiroScript.tooManyRequests(Duration.ofSeconds(30)),
                KiroScript.status(500, "Encountered an unexpected error", null),
                KiroScript.status(403, "Your User ID (u-1) temporarily is suspended.", null),
                textReply());

        Message streamed = stream(hello().build());

        assertThat(text(streamed)).isEqualTo("Hello, world!");
        assertThat(SIMULATOR.requests()).extracting(request -> request.bearerToken().orElseThrow())
                .containsExactly("token-a", "token-b", "token-c", "token-d");
        assertThat(pool.outcomes()).containsExactly(
                FakeAccountPool.Outcome.failure("a", UpstreamFailure.RATE_LIMITED, Duration.ofSeconds(30)),
                FakeAccountPool.Outcome.failure("b", UpstreamFailure.SERVER_ERROR),
                FakeAccountPool.Outcome.failure("c", UpstreamFailure.ACCOUNT_BLOCKED),
                FakeAccountPool.Outcome.success("d"));
    }

    @Test
    void after_three_switches_the_last_error_is_returned_in_anthropic_shape() {
        for (int i = 0; i < 4; i++) {
            SIMULATOR.enqueue(KiroScript.tooManyRequests(Duration.ofSeconds(5)));
        }
        SIMULATOR.enqueue(textReply());

        assertThatThrownBy(() -> client.messages().create(hello().build()))
                .isInstanceOfSatisfying(AnthropicServiceException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(429);
                    assertThat(error.headers().values("Retry-After")).containsExactly("5");
                    assertThat(error.body().toString()).contains("rate_limit_error");
                });
        assertThat(SIMULATOR.requests()).hasSize(4);
    }

    @Test
    void no_healthy_account_is_a_503_overloaded_error() {
        for (String account : List.of("a", "b", "c", "d", "e")) {
            pool.takeOut(account);
        }

        assertThatThrownBy(() -> client.messages().create(hello().build()))
                .isInstanceOfSatisfying(AnthropicServiceException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(503);
                    assertThat(error.body().toString()).contains("overloaded_error");
                });
        assertThat(SIMULATOR.requests()).isEmpty();
    }

    private Message stream(MessageCreateParams params) {
        MessageAccumulator accumulator = MessageAccumulator.create();
        List<String> types = new ArrayList<>();
        try (StreamResponse<RawMessageStreamEvent> events = client.messages().createStreaming(params)) {
            events.stream().forEach(event -> {
                accumulator.accumulate(event);
                types.add(event.isMessageStart() ? "message_start" : event.isMessageStop() ? "message_stop" : "other");
            });
        }
        assertThat(types.getFirst()).isEqualTo("message_start");
        assertThat(types.getLast()).isEqualTo("message_stop");
        return accumulator.message();
    }

    private static String text(Message message) {
        return message.content().stream().flatMap(block -> block.text().stream()).map(text -> text.text())
                .collect(Collectors.joining());
    }

    private static Tool weatherTool() {
        return Tool.builder().name("get_weather").description("The weather in a city")
                .inputSchema(Tool.InputSchema.builder()
                        .properties(JsonValue.from(Map.of("city", Map.of("type", "string"),
                                "units", Map.of("type", "array", "items", Map.of("type", "string")))))
                        .required(List.of("city")).build())
                .build();
    }

}
