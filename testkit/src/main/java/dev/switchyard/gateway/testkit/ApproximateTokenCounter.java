package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.application.port.out.TokenCounter;

/** A predictable stand-in for the tokenizer: one token per started four characters. */
public final class ApproximateTokenCounter implements TokenCounter {

    @Override
    public int count(String text) {
        return (text.length() + 3) / 4;
    }
}
