package dev.switchyard.messaging.testkit;

import dev.switchyard.messaging.application.port.out.MessageQueue;
import dev.switchyard.messaging.domain.OutboundMessageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/** A {@link MessageQueue} that records what it was given, and refuses everything while a test says it is down. */
public final class ScriptedMessageQueue implements MessageQueue {

    private final List<OutboundMessageEvent> published = new ArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();

    public ScriptedMessageQueue down() {
        down.set(true);
        return this;
    }

    public ScriptedMessageQueue up() {
        down.set(false);
        return this;
    }

    @Override
    public synchronized CompletionStage<Void> publish(OutboundMessageEvent event) {
        if (down.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("queue down (scripted)"));
        }
        published.add(event);
        return CompletableFuture.completedFuture(null);
    }

    public synchronized List<OutboundMessageEvent> published() {
        return List.copyOf(published);
    }

    /** Takes everything published so far, as a worker would. */
    public synchronized List<OutboundMessageEvent> drain() {
        List<OutboundMessageEvent> taken = List.copyOf(published);
        published.clear();
        return taken;
    }

    @Override
    public synchronized OptionalLong backlog() {
        return OptionalLong.of(published.size());
    }
}
