package dev.switchyard.gateway.adapter.http.upstream;

/**
 * A built {@code generateAssistantResponse} body, with what reading its answer needs: the tool-name
 * aliases to undo, and whether the model was asked to think in {@code <thinking>} tags.
 */
record KiroRequest(byte[] body, KiroToolNames toolNames, boolean thinkingRequested) {
}
