package dev.switchyard.gateway.application.port.in;

/** Checks the API key a client of the Claude Messages API presents. */
public interface AuthenticateClientUseCase {

    AuthenticateClientResult authenticate(AuthenticateClientCommand command);
}
