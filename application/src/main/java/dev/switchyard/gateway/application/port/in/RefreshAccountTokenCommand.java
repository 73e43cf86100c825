package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountId;
import java.util.Objects;

public record RefreshAccountTokenCommand(AccountId account) {

    public RefreshAccountTokenCommand {
        Objects.requireNonNull(account, "account");
    }
}
