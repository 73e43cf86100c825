package dev.switchyard.gateway.application.port.in;

/** Adds a Kiro account from its credential file ({@code kiro-auth-token.json}) to the shared pool. */
public interface ImportAccountUseCase {

    ImportAccountResult importAccount(ImportAccountCommand command);
}
