package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.domain.conversation.ContentBlock;
import dev.switchyard.gateway.domain.conversation.Message;
import dev.switchyard.gateway.domain.conversation.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Keeps only tool calls and results that answer each other (kiro-protocol.md §2.4 extra validations):
 * a call without a result, a result without its call, a second result for one call, and a call with an
 * empty input to a tool that requires arguments (with its result) are all removed; Kiro answers any of
 * them with "400 Improperly formed request".
 */
final class KiroToolPairing {

    private KiroToolPairing() {
    }

    /** @param emptyCallOfToolWithRequiredArguments true for a call Kiro would reject for its empty input */
    static List<Message> clean(List<Message> messages, Predicate<ContentBlock.ToolUse> emptyCallOfToolWithRequiredArguments) {
        Set<String> answered = new HashSet<>();
        for (Message message : messages) {
            if (message.role() == Role.USER) {
                for (ContentBlock block : message.content()) {
                    if (block instanceof ContentBlock.ToolResult result) {
                        answered.add(result.toolUseId());
                    }
                }
            }
        }
        Set<String> kept = new HashSet<>();
        List<Message> cleaned = new ArrayList<>(messages.size());
        for (Message message : messages) {
            if (message.role() == Role.ASSISTANT) {
                cleaned.add(new Message(Role.ASSISTANT, message.content().stream()
                        .filter(block -> !(block instanceof ContentBlock.ToolUse use)
                                || answered.contains(use.id()) && !emptyCallOfToolWithRequiredArguments.test(use)
                                && kept.add(use.id()))
                        .toList()));
            } else {
                cleaned.add(message);
            }
        }
        Set<String> resultsSeen = new HashSet<>();
        List<Message> paired = new ArrayList<>(cleaned.size());
        for (Message message : cleaned) {
            if (message.role() == Role.USER) {
                paired.add(new Message(Role.USER, message.content().stream()
                        .filter(block -> !(block instanceof ContentBlock.ToolResult result)
                                || kept.contains(result.toolUseId()) && resultsSeen.add(result.toolUseId()))
                        .toList()));
            } else {
                paired.add(message);
            }
        }
        return paired;
    }
}
