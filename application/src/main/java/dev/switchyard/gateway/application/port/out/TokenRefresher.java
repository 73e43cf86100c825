package dev.switchyard.gateway.application.port.out;

import dev.switchyard.gateway.domain.KiroCredentials;
import dev.switchyard.gateway.domain.RefreshOutcome;

/**
 * Exchanges a refresh token for a new access token at Kiro's auth service: the social flow or
 * AWS SSO-OIDC (IdC), as {@link KiroCredentials#authMethod()} says. Never throws for a network
 * failure or an error answer: those are {@link RefreshOutcome.Failed} or {@link RefreshOutcome.Rejected}.
 */
public interface TokenRefresher {

    RefreshOutcome refresh(KiroCredentials credentials);
}
