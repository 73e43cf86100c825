package dev.switchyard.gateway.adapter.memory;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.switchyard.gateway.application.port.out.TokenCounter;

/**
 * Counts tokens with OpenAI's {@code cl100k_base} encoding (JTokkit), built once and shared by every
 * request: Claude's own tokenizer is not public, and cl100k is within a few percent of it for English
 * and code. Thread-safe; nothing leaves the process.
 */
public final class OpenAiTokenCounter implements TokenCounter {

    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    @Override
    public int count(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
