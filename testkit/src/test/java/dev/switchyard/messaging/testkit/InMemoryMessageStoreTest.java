package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.MessageStore;
import dev.switchyard.messaging.domain.Channel;
import dev.switchyard.messaging.domain.IdempotencyKey;
import java.util.Optional;

class InMemoryMessageStoreTest extends MessageStoreContract {

    private final InMemoryMessageStore store = new InMemoryMessageStore();

    @Override
    protected MessageStore store() {
        return store;
    }

    @Override
    protected Optional<StoredMessage> storedMessage(IdempotencyKey key) {
        return store.message(key).map(message -> new StoredMessage(message.event(), message.attempt()));
    }

    @Override
    protected Optional<ConversationCounters> conversation(String customerId, Channel channel, String participant) {
        return store.conversation(customerId, channel, participant)
                .map(conversation -> new ConversationCounters(conversation.messageCount(), conversation.lastMessageAt()));
    }
}
