package dev.switchyard.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.testkit.dev.DevSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class GatewayDevSimulatorTest {

    @Test
    void the_dev_launcher_finds_it() {
        assertThat(ServiceLoader.load(DevSimulator.class).stream().map(ServiceLoader.Provider::type))
                .contains(GatewayDevSimulator.class);
    }

    @Test
    void a_configured_kiro_wins_and_nothing_starts() {
        try (GatewayDevSimulator simulator = new GatewayDevSimulator()) {
            assertThat(simulator.startUnlessConfigured(Map.of("KIRO_API_URL", "https://q.{region}.amazonaws.com/x"))).isEmpty();
        }
    }

    @Test
    void without_kiro_the_simulators_answer_at_the_urls_it_hands_out() throws Exception {
        try (GatewayDevSimulator simulator = new GatewayDevSimulator();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            Map<String, String> variables = simulator.startUnlessConfigured(Map.of());

            assertThat(variables).containsOnlyKeys("KIRO_API_URL", "KIRO_SOCIAL_REFRESH_URL", "KIRO_IDC_REFRESH_URL");
            assertThat(variables.get("KIRO_SOCIAL_REFRESH_URL")).contains("{region}");
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(variables.get("KIRO_API_URL")))
                    .header("Authorization", "Bearer " + KiroSimulator.DEMO_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"conversationState\":{\"currentMessage\":{\"userInputMessage\":{\"content\":\"hi\"}}}}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }
}
