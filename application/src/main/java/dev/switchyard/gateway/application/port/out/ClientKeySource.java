package dev.switchyard.gateway.application.port.out;

import java.util.Optional;

/**
 * The client API key shared with the Node.js service ({@code apiKey} of the JSON at
 * {@code {prefix}config}). Throws when the store cannot be read; empty when it holds no key.
 */
public interface ClientKeySource {

    Optional<String> currentKey();
}
