package dev.switchyard.gateway.application.port.in;

/** Estimates a conversation's prompt size in tokens without calling the upstream. */
public interface CountTokensUseCase {

    CountTokensResult count(CountTokensCommand command);
}
