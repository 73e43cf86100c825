package dev.switchyard.gateway.application.port.in;

/**
 * @param checked accounts in use (not disabled, not waiting for a new login)
 * @param started of those, the accounts whose refresh was started (or joined)
 */
public record RefreshExpiringTokensResult(int checked, int started) {
}
