package dev.switchyard.gateway.domain.reply;

/**
 * Token usage as the Claude Messages API reports it. {@code inputTokens + cacheCreationInputTokens +
 * cacheReadInputTokens} is always the whole prompt: the cache fields are a split of it, never extra.
 */
public record Usage(int inputTokens, int outputTokens, int cacheCreationInputTokens, int cacheReadInputTokens) {

    /** Below this many input tokens the split is not applied. */
    public static final int SPLIT_THRESHOLD = 100;
    private static final int PARTS = 28;

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || cacheCreationInputTokens < 0 || cacheReadInputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /**
     * The Node service's {@code DistributeTokens}: a prompt of {@code totalInput} tokens reported
     * 1:2:25 as input, cache creation and cache read (integer division, the remainder to cache read)
     * once it reaches {@value #SPLIT_THRESHOLD} tokens; below that all of it is input.
     */
    public static Usage split(int totalInput, int outputTokens) {
        if (totalInput < 0) {
            throw new IllegalArgumentException("input tokens must not be negative: " + totalInput);
        }
        if (totalInput < SPLIT_THRESHOLD) {
            return new Usage(totalInput, outputTokens, 0, 0);
        }
        int input = totalInput / PARTS;
        int creation = (int) ((long) totalInput * 2 / PARTS);
        return new Usage(input, outputTokens, creation, totalInput - input - creation);
    }

    public int totalInputTokens() {
        return inputTokens + cacheCreationInputTokens + cacheReadInputTokens;
    }
}
