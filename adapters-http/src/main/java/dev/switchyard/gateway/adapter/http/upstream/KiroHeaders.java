package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.application.port.out.UpstreamCall;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The headers the Kiro IDE sends (kiro-protocol.md §1.2). The machine id is the SHA-256 of the
 * account's pool id, as the reference derives it. {@code Connection: close} is not sent: the JDK
 * client does not allow it, and reusing connections saves a TLS handshake per call.
 */
final class KiroHeaders {

    private static final String SDK = "aws-sdk-js/1.0.34";

    private final KiroSettings settings;

    KiroHeaders(KiroSettings settings) {
        this.settings = settings;
    }

    void apply(HttpRequest.Builder request, UpstreamCall call) {
        String ide = "KiroIDE-" + settings.kiroVersion() + "-" + machineId(call.account().id().value());
        request.header("Authorization", "Bearer " + call.credentials().accessToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("amz-sdk-invocation-id", UUID.randomUUID().toString())
                .header("amz-sdk-request", "attempt=1; max=3")
                .header("x-amzn-codewhisperer-optout", "true")
                .header("x-amzn-kiro-agent-mode", "vibe")
                .header("x-amz-user-agent", SDK + " " + ide)
                .header("User-Agent", SDK + " ua/2.1 os/" + settings.osName() + " lang/js md/nodejs#" + settings.nodeVersion()
                        + " api/codewhispererstreaming#1.0.34 m/E " + ide);
    }

    static String machineId(String accountId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
