package dev.switchyard.gateway.application.service;

import dev.switchyard.gateway.application.reply.InputTokenEstimate;
import dev.switchyard.gateway.application.port.in.CountTokensCommand;
import dev.switchyard.gateway.application.port.in.CountTokensResult;
import dev.switchyard.gateway.application.port.in.CountTokensUseCase;
import dev.switchyard.gateway.application.port.out.TokenCounter;

/** {@code count_tokens}: the same estimate a streaming reply opens with, without calling the upstream. */
public final class CountTokensService implements CountTokensUseCase {

    private final InputTokenEstimate estimate;

    public CountTokensService(TokenCounter tokens) {
        this.estimate = new InputTokenEstimate(tokens);
    }

    @Override
    public CountTokensResult count(CountTokensCommand command) {
        return new CountTokensResult(estimate.of(command.conversation()));
    }
}
