package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.domain.conversation.ToolDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Kiro rejects tool names longer than its limit: such names are sent as their first characters, an
 * underscore and 12 hex characters of their SHA-256 (kiro-protocol.md §2.5); the tool calls Kiro
 * returns are mapped back to the client's names.
 */
final class KiroToolNames {

    private static final int HASH_CHARS = 12;

    private final int maxLength;
    private final Map<String, String> originalByAlias = new HashMap<>();

    KiroToolNames(int maxLength, List<ToolDefinition> tools) {
        this.maxLength = maxLength;
        for (ToolDefinition tool : tools) {
            toKiro(tool.name());
        }
    }

    String toKiro(String name) {
        if (name.length() <= maxLength) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(name)).substring(0, HASH_CHARS);
        String alias = name.substring(0, maxLength - HASH_CHARS - 1) + "_" + hash;
        originalByAlias.put(alias, name);
        return alias;
    }

    String fromKiro(String name) {
        return originalByAlias.getOrDefault(name, name);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
