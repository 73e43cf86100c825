package dev.switchyard.gateway.application.port.in;

import java.time.Instant;

public sealed interface RefreshAccountTokenResult {

    record Refreshed(Instant expiresAt) implements RefreshAccountTokenResult {
    }

    record NotFound() implements RefreshAccountTokenResult {
    }

    /** The refresh token was refused for good; the account is marked as needing a new login. */
    record Rejected(String reason) implements RefreshAccountTokenResult {
    }

    /** The auth service failed this time, or another refresh did not finish in time. */
    record Failed(String reason) implements RefreshAccountTokenResult {
    }
}
