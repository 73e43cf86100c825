package dev.switchyard.gateway.application.port.in;

/**
 * Starts a refresh for every account in use whose token is about to expire (or has), so an account
 * that gets no calls for a while is not found expired by the next one. Refreshes run in the
 * background, single flight per account as in {@link ObtainCredentialsUseCase}.
 */
public interface RefreshExpiringTokensUseCase {

    RefreshExpiringTokensResult refreshExpiring();
}
