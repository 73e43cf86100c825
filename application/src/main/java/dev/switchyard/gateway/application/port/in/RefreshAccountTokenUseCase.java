package dev.switchyard.gateway.application.port.in;

/** An operator forces a token refresh now, whatever the token's expiry. */
public interface RefreshAccountTokenUseCase {

    RefreshAccountTokenResult refresh(RefreshAccountTokenCommand command);
}
