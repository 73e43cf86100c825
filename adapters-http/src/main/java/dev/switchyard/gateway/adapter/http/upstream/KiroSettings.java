package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.domain.catalog.ModelCatalog;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to call Kiro (kiro-protocol.md §1): the endpoint ({@code {region}} is the credential's region),
 * the timeouts (connect, response headers, and idle: no data for that long ends a stream), the client
 * identity strings Kiro expects, and the request limits and model table of §2.
 */
public record KiroSettings(
        String urlTemplate,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration idleTimeout,
        String kiroVersion,
        String nodeVersion,
        String osName,
        int maxToolNameLength,
        int maxToolDescriptionLength,
        ModelCatalog models) {

    public static final String DEFAULT_URL = "https://q.{region}.amazonaws.com/generateAssistantResponse";

    public KiroSettings {
        Objects.requireNonNull(urlTemplate, "urlTemplate");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(kiroVersion, "kiroVersion");
        Objects.requireNonNull(nodeVersion, "nodeVersion");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(models, "models");
        if (!urlTemplate.startsWith("http://") && !urlTemplate.startsWith("https://")) {
            throw new IllegalArgumentException("the Kiro URL must be http(s): " + urlTemplate);
        }
        try {
            new URI(urlTemplate.replace("{region}", KiroCredentials.DEFAULT_REGION)).parseServerAuthority();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the Kiro URL is not a valid URL: " + urlTemplate, e);
        }
        if (maxToolNameLength < 20 || maxToolDescriptionLength < 1) {
            throw new IllegalArgumentException("tool limits too small: " + maxToolNameLength + ", " + maxToolDescriptionLength);
        }
    }

    /** The reference's values: 0.11.63 as the IDE version, names up to 64 and descriptions up to 9216 characters. */
    public static KiroSettings defaults(String urlTemplate, ModelCatalog models) {
        return new KiroSettings(urlTemplate, Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(300),
                "0.11.63", "22.22.0", runningOs(), 64, 9216, models);
    }

    /** {@code linux#6.8.0}, as the reference builds it from the machine it runs on. */
    public static String runningOs() {
        String name = System.getProperty("os.name", "linux").toLowerCase(Locale.ROOT);
        String platform = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : name.split(" ")[0];
        return platform + "#" + System.getProperty("os.version", "0");
    }

    public KiroSettings withTimeouts(Duration connect, Duration response, Duration idle) {
        return new KiroSettings(urlTemplate, connect, response, idle, kiroVersion, nodeVersion, osName, maxToolNameLength,
                maxToolDescriptionLength, models);
    }
}
