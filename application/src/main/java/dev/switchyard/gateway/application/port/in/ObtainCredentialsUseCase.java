package dev.switchyard.gateway.application.port.in;

/**
 * Hands out usable tokens for an account: the stored ones while they are valid, otherwise
 * refreshed first (one refresh per account at a time, in this process and across replicas).
 */
public interface ObtainCredentialsUseCase {

    ObtainCredentialsResult obtain(ObtainCredentialsCommand command);
}
