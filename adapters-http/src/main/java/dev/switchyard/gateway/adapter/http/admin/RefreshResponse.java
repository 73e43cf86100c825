package dev.switchyard.gateway.adapter.http.admin;

import io.micronaut.serde.annotation.Serdeable;

/** A forced refresh worked: the account's new token expires at {@code expiresAt} (RFC 3339). */
@Serdeable
record RefreshResponse(String id, String expiresAt) {
}
