package dev.switchyard.gateway.application.port.out;

/** Counts the tokens of a text the way the model's tokenizer would (an estimate: Kiro reports none). */
public interface TokenCounter {

    int count(String text);
}
