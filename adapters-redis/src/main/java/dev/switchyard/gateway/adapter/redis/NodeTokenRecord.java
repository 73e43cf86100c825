package dev.switchyard.gateway.adapter.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchyard.gateway.domain.CredentialFile;
import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.NodeTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An account's token record ({@code tokens:claude-kiro-oauth:{uuid}}, the {@code kiro-auth-token.json}
 * shape). After a refresh only the token fields, the expiry and a new {@code profileArn} are
 * written; every other field stays as the Node service or the IDE left it.
 */
final class NodeTokenRecord {

    private NodeTokenRecord() {
    }

    /** The credentials; empty when the record is not a JSON object or cannot serve (no refresh token …). */
    static Optional<KiroCredentials> read(String json) {
        return NodePoolEntry.object(json).flatMap(node -> {
            Map<String, Object> document = new LinkedHashMap<>();
            node.properties().forEach(field -> document.put(field.getKey(), scalar(field.getValue())));
            return CredentialFile.read(document) instanceof CredentialFile.Valid valid
                    ? Optional.of(valid.credentials())
                    : Optional.empty();
        });
    }

    static String create(KiroCredentials credentials) {
        return NodePoolEntry.JSON.valueToTree(CredentialFile.document(credentials)).toString();
    }

    /** {@code json} with {@code updated}'s tokens, expiry and profile; the expiry keeps its type (ISO string or epoch ms). */
    static String merge(String json, KiroCredentials updated) {
        ObjectNode node = NodePoolEntry.object(json).orElseThrow(() -> new IllegalStateException("token record is not a JSON object"));
        node.put(CredentialFile.ACCESS_TOKEN, updated.accessToken());
        node.put(CredentialFile.REFRESH_TOKEN, updated.refreshToken());
        if (node.path(CredentialFile.EXPIRES_AT).isNumber()) {
            node.put(CredentialFile.EXPIRES_AT, updated.expiresAt().toEpochMilli());
        } else {
            node.put(CredentialFile.EXPIRES_AT, NodeTime.format(updated.expiresAt()));
        }
        updated.profileArn()
                .filter(arn -> !arn.equals(node.path(CredentialFile.PROFILE_ARN).asText(null)))
                .ifPresent(arn -> node.put(CredentialFile.PROFILE_ARN, arn));
        return node.toString();
    }

    private static Object scalar(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.isNull() ? null : value.toString();
    }
}
