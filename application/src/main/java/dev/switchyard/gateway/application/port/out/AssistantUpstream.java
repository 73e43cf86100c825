package dev.switchyard.gateway.application.port.out;

/**
 * The service that writes the assistant's replies (Kiro). Opening blocks until the upstream answered
 * (bounded by its connect and response timeouts); the reply then streams through {@link UpstreamStream}.
 */
public interface AssistantUpstream {

    UpstreamOpening open(UpstreamCall call);
}
