package dev.switchyard.gateway.application.port.in;

public record CountTokensResult(int inputTokens) {

    public CountTokensResult {
        if (inputTokens < 0) {
            throw new IllegalArgumentException("token count must not be negative: " + inputTokens);
        }
    }
}
