package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountId;
import java.util.Objects;

/**
 * @param afterRejection true when Kiro just rejected the current token (401, or 403 "bearer token
 *                       invalid"): refresh even if the stored expiry says it is still valid
 */
public record ObtainCredentialsCommand(AccountId account, boolean afterRejection) {

    public ObtainCredentialsCommand {
        Objects.requireNonNull(account, "account");
    }

    public static ObtainCredentialsCommand beforeCall(AccountId account) {
        return new ObtainCredentialsCommand(account, false);
    }

    public static ObtainCredentialsCommand afterRejection(AccountId account) {
        return new ObtainCredentialsCommand(account, true);
    }
}
