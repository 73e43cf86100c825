package dev.switchyard.gateway.adapter.http.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.conversation.ContentBlock;
import dev.switchyard.gateway.domain.conversation.Conversation;
import dev.switchyard.gateway.domain.conversation.JsonText;
import dev.switchyard.gateway.domain.conversation.Message;
import dev.switchyard.gateway.domain.conversation.Role;
import dev.switchyard.gateway.domain.conversation.ThinkingMode;
import dev.switchyard.gateway.domain.conversation.ToolDefinition;
import dev.switchyard.gateway.testkit.FakeObtainCredentials;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversationState of kiro-protocol.md §2, checked field by field on the JSON sent. */
class KiroRequestBuilderTest {

    private static final KiroCredentials SOCIAL = FakeObtainCredentials.social("t", "arn:aws:codewhisperer:us-east-1:1:profile/p");
    private static final KiroCredentials IDC = FakeObtainCredentials.idc("t");
    private static final ObjectMapper READ = new ObjectMapper();

    private final KiroRequestBuilder builder = new KiroRequestBuilder(
            KiroSettings.defaults(KiroSettings.DEFAULT_URL, ModelCatalog.defaults()), JsonMapper.createDefault());

    @Test
    void a_single_user_message_carries_the_system_prompt_and_no_history() {
        JsonNode body = build(new Conversation("claude-opus-4-6", "Be brief.", List.of(Message.user("Hi")), List.of(),
                ThinkingMode.DISABLED), SOCIAL);

        JsonNode state = body.path("conversationState");
        assertThat(state.path("agentTaskType").asText()).isEqualTo("vibe");
        assertThat(state.path("chatTriggerType").asText()).isEqualTo("MANUAL");
        assertThat(state.path("conversationId").asText()).hasSize(36);
        assertThat(state.has("history")).isFalse();
        JsonNode current = state.path("currentMessage").path("userInputMessage");
        assertThat(current.path("content").asText()).isEqualTo("Be brief.\n\nHi");
        assertThat(current.path("modelId").asText()).isEqualTo("claude-opus-4.6");
        assertThat(current.path("origin").asText()).isEqualTo("AI_EDITOR");
        assertThat(current.has("images")).isFalse();
        assertThat(body.path("profileArn").asText()).isEqualTo("arn:aws:codewhisperer:us-east-1:1:profile/p");
    }

    @Test
    void an_account_without_profile_arn_sends_none_and_unknown_models_pass_unchanged() {
        JsonNode body = build(Conversation.of("claude-haiku-4-5-20251001", List.of(Message.user("Hi"))), IDC);

        assertThat(body.has("profileArn")).isFalse();
        assertThat(current(body).path("modelId").asText()).isEqualTo("claude-haiku-4-5-20251001");
    }

    @Test
    void history_alternates_merges_same_role_messages_and_ends_with_the_assistant() {
        List<Message> messages = List.of(Message.user("one"), Message.user("two"), Message.assistant("a1"),
                Message.assistant("a2"), Message.user("three"));
        JsonNode body = build(new Conversation("claude-sonnet-4-5", "sys", messages, List.of(), ThinkingMode.DISABLED), SOCIAL);

        JsonNode history = body.path("conversationState").path("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("userInputMessage").path("content").asText()).isEqualTo("sys\n\nonetwo");
        assertThat(history.get(0).path("userInputMessage").path("modelId").asText()).isEqualTo("claude-sonnet-4.5");
        assertThat(history.get(1).path("assistantResponseMessage").path("content").asText()).isEqualTo("a1a2");
        assertThat(current(body).path("content").asText()).isEqualTo("three");
    }

    @Test
    void a_history_ending_with_a_user_message_gets_a_continue_from_the_assistant() {
        // first message is the assistant's: the system prompt becomes its own user entry
        List<Message> messages = List.of(Message.assistant("greeting"), Message.user("q"));
        JsonNode history = build(new Conversation("m", "sys", messages, List.of(), ThinkingMode.DISABLED), SOCIAL)
                .path("conversationState").path("history");

        assertThat(roles(history)).containsExactly("userInputMessage", "assistantResponseMessage");
        assertThat(history.get(0).path("userInputMessage").path("content").asText()).isEqualTo("sys");

        List<Message> userFirst = List.of(Message.user("q1"), new Message(Role.ASSISTANT, List.of()), Message.user("q2"));
        JsonNode h2 = build(Conversation.of("m", userFirst), SOCIAL).path("conversationState").path("history");
        assertThat(roles(h2)).containsExactly("userInputMessage", "assistantResponseMessage");
        assertThat(h2.get(1).path("assistantResponseMessage").path("content").asText()).isEqualTo(" ");
    }

    @Test
    void a_trailing_assistant_message_goes_to_history_and_the_current_message_says_continue() {
        JsonNode body = build(Conversation.of("m", List.of(Message.user("q"), Message.assistant("partial"))), SOCIAL);

        JsonNode history = body.path("conversationState").path("history");
        assertThat(roles(history)).containsExactly("userInputMessage", "assistantResponseMessage");
        assertThat(current(body).path("content").asText()).isEqualTo("Continue");
    }

    @Test
    void a_json_prefill_is_dropped() {
        JsonNode body = build(Conversation.of("m", List.of(Message.user("give json"), Message.assistant("{"))), SOCIAL);

        assertThat(body.path("conversationState").has("history")).isFalse();
        assertThat(current(body).path("content").asText()).isEqualTo("give json");
    }

    @Test
    void tool_calls_and_results_pair_up_and_orphans_are_removed() {
        List<Message> messages = List.of(
                Message.user("read"),
                new Message(Role.ASSISTANT, List.of(new ContentBlock.Text("ok"),
                        new ContentBlock.ToolUse("t1", "read_file", JsonText.of("{\"path\":\"a\",\"\":1}")),
                        new ContentBlock.ToolUse("orphan", "read_file", JsonText.of("{\"path\":\"b\"}")))),
                new Message(Role.USER, List.of(new ContentBlock.ToolResult("t1", "content of a", false, 0),
                        new ContentBlock.ToolResult("t1", "duplicate", false, 0),
                        new ContentBlock.ToolResult("ghost", "no call", false, 0))));
        List<ToolDefinition> tools = List.of(new ToolDefinition("read_file", "Reads a file",
                JsonText.of("{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}")));
        JsonNode body = build(new Conversation("m", "", messages, tools, ThinkingMode.DISABLED), SOCIAL);

        JsonNode assistant = body.path("conversationState").path("history").get(1).path("assistantResponseMessage");
        assertThat(assistant.path("toolUses")).hasSize(1);
        assertThat(assistant.path("toolUses").get(0).path("toolUseId").asText()).isEqualTo("t1");
        assertThat(assistant.path("toolUses").get(0).path("input").toString()).isEqualTo("{\"path\":\"a\"}");
        JsonNode results = current(body).path("userInputMessageContext").path("toolResults");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("toolUseId").asText()).isEqualTo("t1");
        assertThat(results.get(0).path("status").asText()).isEqualTo("success");
        assertThat(results.get(0).path("content").get(0).path("text").asText()).isEqualTo("content of a");
        assertThat(current(body).path("content").asText()).isEqualTo("Tool results provided.");
    }

    @Test
    void tool_specs_are_sanitised_limited_and_aliased() {
        String longName = "mcp__some_server__" + "x".repeat(60);
        List<ToolDefinition> tools = List.of(
                new ToolDefinition("web_search", "Searches", JsonText.of("{}")),
                new ToolDefinition("query", "d".repeat(10_000), JsonText.of(
                        "{\"type\":\"object\",\"properties\":{\"$select\":{\"type\":\"string\"},\"q\":{\"type\":[\"string\",\"null\"]}},"
                                + "\"required\":[\"$select\",\"q\"],\"additionalProperties\":null}")),
                new ToolDefinition(longName, "", JsonText.of("{\"properties\":null,\"required\":null}")));
        JsonNode body = build(new Conversation("m", "", List.of(Message.user("<b>&</b>")), tools, ThinkingMode.DISABLED), SOCIAL);

        JsonNode specs = current(body).path("userInputMessageContext").path("tools");
        assertThat(specs).hasSize(2);
        JsonNode query = specs.get(0).path("toolSpecification");
        assertThat(query.path("name").asText()).isEqualTo("query");
        assertThat(query.path("description").asText()).hasSize(9216 + 3).endsWith("...");
        JsonNode schema = query.path("inputSchema").path("json");
        assertThat(schema.path("properties").has("$select")).isFalse();
        assertThat(schema.path("properties").path("q").path("type").asText()).isEqualTo("string");
        assertThat(schema.path("required").toString()).isEqualTo("[\"q\"]");
        assertThat(schema.has("additionalProperties")).isFalse();
        JsonNode aliased = specs.get(1).path("toolSpecification");
        assertThat(aliased.path("name").asText()).hasSize(64).startsWith("mcp__some_server__");
        assertThat(aliased.path("inputSchema").path("json").path("type").asText()).isEqualTo("object");
        assertThat(aliased.path("inputSchema").path("json").path("properties").isObject()).isTrue();
        assertThat(new KiroToolNames(64, tools).fromKiro(aliased.path("name").asText())).isEqualTo(longName);
    }

    @Test
    void no_tools_get_a_placeholder_tool_and_json_is_not_html_escaped() throws IOException {
        byte[] raw = builder.build(Conversation.of("m", List.of(Message.user("<b>&</b>"))), SOCIAL).body();

        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("<b>&</b>").doesNotContain("\\u003c");
        JsonNode specs = current(READ.readTree(raw)).path("userInputMessageContext").path("tools");
        assertThat(specs.get(0).path("toolSpecification").path("name").asText()).isEqualTo("no_tool_available");
    }

    @Test
    void tools_named_only_in_history_get_placeholder_definitions() {
        List<Message> messages = List.of(Message.user("go"),
                new Message(Role.ASSISTANT, List.of(new ContentBlock.ToolUse("t1", "Bash", JsonText.of("{\"cmd\":\"ls\"}")))),
                new Message(Role.USER, List.of(new ContentBlock.ToolResult("t1", "file", false, 0))));
        JsonNode specs = current(build(Conversation.of("m", messages), SOCIAL)).path("userInputMessageContext").path("tools");

        assertThat(specs).hasSize(1);
        assertThat(specs.get(0).path("toolSpecification").path("name").asText()).isEqualTo("Bash");
    }

    @Test
    void thinking_becomes_a_prefix_of_the_system_prompt_and_history_thinking_goes_back_in_tags() {
        List<Message> messages = List.of(Message.user("q"), new Message(Role.ASSISTANT,
                List.of(new ContentBlock.Thinking("hmm"), new ContentBlock.Text("answer"))), Message.user("again"));
        JsonNode body = build(new Conversation("m", "sys", messages, List.of(), new ThinkingMode.Enabled(100_000)), SOCIAL);

        JsonNode history = body.path("conversationState").path("history");
        assertThat(history.get(0).path("userInputMessage").path("content").asText()).isEqualTo(
                "<thinking_mode>enabled</thinking_mode><max_thinking_length>24576</max_thinking_length>\nsys\n\nq");
        assertThat(history.get(1).path("assistantResponseMessage").path("content").asText())
                .isEqualTo("<thinking>hmm</thinking>\n\nanswer");
    }

    @Test
    void images_are_sent_as_format_and_bytes_and_old_ones_become_a_note() {
        List<Message> messages = new ArrayList<>();
        messages.add(new Message(Role.USER, List.of(new ContentBlock.Image("image/png", "b2xk"), new ContentBlock.Text("old"))));
        for (int i = 0; i < 3; i++) {
            messages.add(Message.assistant("a" + i));
            messages.add(Message.user("u" + i));
        }
        messages.set(messages.size() - 1, new Message(Role.USER,
                List.of(new ContentBlock.Image("image/jpeg", "bmV3"), new ContentBlock.Text("new"))));
        JsonNode body = build(Conversation.of("m", messages), SOCIAL);

        JsonNode first = body.path("conversationState").path("history").get(0).path("userInputMessage");
        assertThat(first.has("images")).isFalse();
        assertThat(first.path("content").asText()).contains("old").contains("image(s) of this earlier message omitted");
        JsonNode image = current(body).path("images").get(0);
        assertThat(image.path("format").asText()).isEqualTo("jpeg");
        assertThat(image.path("source").path("bytes").asText()).isEqualTo("bmV3");
    }

    private JsonNode build(Conversation conversation, KiroCredentials credentials) {
        try {
            return READ.readTree(builder.build(conversation, credentials).body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode current(JsonNode body) {
        return body.path("conversationState").path("currentMessage").path("userInputMessage");
    }

    private static List<String> roles(JsonNode history) {
        List<String> roles = new ArrayList<>();
        history.forEach(entry -> roles.add(entry.fieldNames().next()));
        return roles;
    }
}
