package dev.switchyard.gateway.application.reply;

import dev.switchyard.gateway.application.port.out.TokenCounter;
import dev.switchyard.gateway.domain.reply.AssistantTurn;
import dev.switchyard.gateway.domain.reply.Usage;

/**
 * A finished reply's usage (kiro-protocol.md §6): output tokens counted over what the model
 * generated; the prompt from Kiro's context-usage percentage of the model's window, less the output
 * the percentage also covers, or the estimate when Kiro sent none. Reported with the 1:2:25 split.
 */
public final class ReplyUsage {

    private final TokenCounter tokens;

    public ReplyUsage(TokenCounter tokens) {
        this.tokens = tokens;
    }

    public Usage of(AssistantTurn turn, int contextWindow, int estimatedInput) {
        long output = 0;
        for (String text : turn.generatedTexts()) {
            output += tokens.count(text);
        }
        int outputTokens = (int) Math.min(Integer.MAX_VALUE, output);
        double percent = turn.contextPercent();
        int input = percent > 0
                ? (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.round(contextWindow * percent / 100.0) - outputTokens))
                : estimatedInput;
        return Usage.split(input, outputTokens);
    }
}
