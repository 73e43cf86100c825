package dev.switchyard.testkit.dev;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** The running app as a dev simulator sees it: where it listens and the admin key, when the admin API is on. */
public record DevApp(URI baseUri, Optional<String> adminApiKey) {

    public DevApp {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(adminApiKey, "adminApiKey");
    }
}
