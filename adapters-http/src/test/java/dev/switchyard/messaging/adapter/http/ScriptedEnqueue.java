package dev.switchyard.messaging.adapter.http;

import dev.switchyard.messaging.application.port.in.EnqueueMessageCommand;
import dev.switchyard.messaging.application.port.in.EnqueueMessageResult;
import dev.switchyard.messaging.application.port.in.EnqueueMessageUseCase;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Records every command and answers with a scripted result (Accepted under the command's key by default). */
@Singleton
@Requires(property = "spec.name", value = "MessagesControllerTest")
final class ScriptedEnqueue implements EnqueueMessageUseCase {

    private final List<EnqueueMessageCommand> commands = new CopyOnWriteArrayList<>();
    private volatile Function<EnqueueMessageCommand, EnqueueMessageResult> answer = ScriptedEnqueue::accepted;

    @Override
    public CompletionStage<EnqueueMessageResult> enqueue(EnqueueMessageCommand command) {
        commands.add(command);
        return CompletableFuture.completedFuture(answer.apply(command));
    }

    void answer(Function<EnqueueMessageCommand, EnqueueMessageResult> next) {
        answer = next;
    }

    List<EnqueueMessageCommand> commands() {
        return List.copyOf(commands);
    }

    void reset() {
        commands.clear();
        answer = ScriptedEnqueue::accepted;
    }

    private static EnqueueMessageResult accepted(EnqueueMessageCommand command) {
        return new EnqueueMessageResult.Accepted(command.clientKey()
                .orElseGet(() -> dev.switchyard.messaging.domain.IdempotencyKey.of("auto-test")), false);
    }
}
