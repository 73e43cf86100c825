package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.domain.UpstreamFailure;
import dev.switchyard.gateway.domain.reply.AssistantEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * How the upstream answers one call, in the gateway's own terms. {@link ScriptedAssistantUpstream}
 * plays it directly; {@link KiroScripts} turns it into what Kiro would send, for the simulator. The
 * {@link AssistantUpstreamContract} holds both to the same outcome.
 */
public sealed interface UpstreamScenario {

    static Reply reply() {
        return new Reply();
    }

    static Refusal refusal(UpstreamFailure failure) {
        return new Refusal(failure, Optional.empty());
    }

    static Refusal refusal(UpstreamFailure failure, Duration retryAfter) {
        return new Refusal(failure, Optional.of(retryAfter));
    }

    /** The call fails before the reply starts (an HTTP error status). */
    record Refusal(UpstreamFailure failure, Optional<Duration> retryAfter) implements UpstreamScenario {
        public Refusal {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    sealed interface Item {
        record Emit(AssistantEvent event) implements Item {
        }

        /** Nothing arrives for this long. */
        record Silence(Duration duration) implements Item {
        }

        /** Nothing arrives until the test releases the latch. */
        record Hold(CountDownLatch latch) implements Item {
        }

        /** The upstream reports an error inside the stream, which ends it. */
        record UpstreamError(UpstreamFailure failure) implements Item {
        }

        /** The data turns corrupt, which ends the stream. */
        record Corruption() implements Item {
        }
    }

    /** The call is accepted and the reply streams these items, then ends (unless an item ended it). */
    final class Reply implements UpstreamScenario {

        private final List<Item> items = new ArrayList<>();

        public List<Item> items() {
            return List.copyOf(items);
        }

        public Reply text(String... chunks) {
            for (String chunk : chunks) {
                items.add(new Item.Emit(new AssistantEvent.TextDelta(chunk)));
            }
            return this;
        }

        /** Native reasoning (Kiro's {@code reasoningContentEvent}). */
        public Reply thinking(String... chunks) {
            for (String chunk : chunks) {
                items.add(new Item.Emit(new AssistantEvent.ThinkingDelta(chunk)));
            }
            return this;
        }

        public Reply toolUse(String id, String name, String... inputFragments) {
            items.add(new Item.Emit(new AssistantEvent.ToolUseStarted(id, name)));
            for (String fragment : inputFragments) {
                items.add(new Item.Emit(new AssistantEvent.ToolInputDelta(id, fragment)));
            }
            items.add(new Item.Emit(new AssistantEvent.ToolUseStopped(id)));
            return this;
        }

        public Reply contextUsage(double percent) {
            items.add(new Item.Emit(new AssistantEvent.ContextUsage(percent)));
            return this;
        }

        public Reply silence(Duration duration) {
            items.add(new Item.Silence(duration));
            return this;
        }

        public Reply hold(CountDownLatch latch) {
            items.add(new Item.Hold(latch));
            return this;
        }

        public Reply upstreamError(UpstreamFailure failure) {
            items.add(new Item.UpstreamError(failure));
            return this;
        }

        public Reply corruption() {
            items.add(new Item.Corruption());
            return this;
        }
    }
}
