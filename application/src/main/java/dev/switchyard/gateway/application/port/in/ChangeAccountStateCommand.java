package dev.switchyard.gateway.application.port.in;

import dev.switchyard.gateway.domain.AccountId;
import java.util.Objects;

public record ChangeAccountStateCommand(AccountId account, Target target) {

    public ChangeAccountStateCommand {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(target, "target");
    }

    public enum Target {
        /** Back in the pool: enabled, healthy, its cooldown and error count cleared. */
        ENABLED,
        /** Out of the pool until enabled again. */
        DISABLED
    }
}
