package dev.switchyard.bench.gatewayapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One streamed call and the time to its first content: through the gateway (the first text delta of the
 * Claude SSE reply), or a Kiro call straight to the simulator or through a proxy in front of it (the first
 * byte of the event stream, which is the first text frame).
 */
final class Probes {

    private final HttpClient http;
    private final String gatewayUrl;

    Probes(HttpClient http, String gatewayUrl) {
        this.http = http;
        this.gatewayUrl = gatewayUrl;
    }

    /** Nanoseconds until the first text delta of a streamed reply through the gateway; the reply is read to its end. */
    long viaGateway(String text) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        HttpResponse<InputStream> response = http.send(messages(text), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            long first = -1;
            boolean stopped = false;
            while ((line = lines.readLine()) != null) {
                if (first < 0 && line.equals("event: content_block_delta")) {
                    first = System.nanoTime() - sent;
                } else if (line.equals("event: message_stop")) {
                    stopped = true;
                }
            }
            if (first < 0 || !stopped) {
                throw new IllegalStateException("a stream through the gateway " + (first < 0 ? "got no content" : "had no message_stop")
                        + " (status " + response.statusCode() + ")");
            }
            return first;
        }
    }

    /** Nanoseconds until the first frame of Kiro's answer at {@code kiroUrl} (the simulator, or a proxy in front of it). */
    long kiro(String kiroUrl, String text) throws IOException, InterruptedException {
        String body = "{\"conversationState\":{\"chatTriggerType\":\"MANUAL\",\"currentMessage\":{\"userInputMessage\":"
                + "{\"content\":\"" + text + "\",\"modelId\":\"claude-sonnet-4.5\",\"origin\":\"AI_EDITOR\"}}}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(kiroUrl)).header("Authorization", "Bearer bench-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200 || in.read() < 0) {
                throw new IllegalStateException(kiroUrl + " sent no frame (status " + response.statusCode() + ")");
            }
            long first = System.nanoTime() - sent;
            in.readAllBytes();
            return first;
        }
    }

    HttpRequest messages(String text) {
        String body = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":256,\"stream\":true"
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
        return HttpRequest.newBuilder(URI.create(gatewayUrl + "/v1/messages")).header("x-api-key", GatewayProcess.KEY)
                .header("content-type", "application/json").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The percentile of nanosecond samples, in milliseconds. */
    static double pct(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
