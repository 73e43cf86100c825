package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.UpstreamCall;
import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.conversation.Conversation;
import dev.switchyard.gateway.domain.conversation.Message;
import java.util.List;

/** Small conversations and calls for tests. */
public final class ConversationFixtures {

    public static final String MODEL = "claude-sonnet-4-5";

    private ConversationFixtures() {
    }

    public static Conversation hello() {
        return Conversation.of(MODEL, List.of(Message.user("Hello")));
    }

    public static UpstreamCall call(String accountId, Conversation conversation) {
        return new UpstreamCall(Account.of(AccountId.of(accountId), accountId),
                FakeObtainCredentials.social("token-" + accountId, null), conversation);
    }
}
