package dev.switchyard.gateway.domain;

import java.util.Objects;

/**
 * An account the pool offers for one call. Deliberately small: what a call needs beyond the id
 * (tokens, region, profileArn) comes with its {@link KiroCredentials}. Build it with {@link #of}.
 *
 * @param name the operator's label ({@code customName}), or the id when there is none
 */
public record Account(AccountId id, String name) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static Account of(AccountId id, String name) {
        return new Account(id, name == null || name.isBlank() ? id.value() : name);
    }
}
