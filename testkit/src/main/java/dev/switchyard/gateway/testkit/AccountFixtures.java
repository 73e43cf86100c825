package dev.switchyard.gateway.testkit;

import dev.switchyard.gateway.domain.Account;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.AuthMethod;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.time.Instant;
import java.util.Optional;

/** Accounts and credentials for tests; tokens carry the account id so a mix-up shows. */
public final class AccountFixtures {

    public static final String PROFILE_ARN = "arn:aws:codewhisperer:us-east-1:699475941385:profile/EHGA3GRVQMUK";

    private AccountFixtures() {
    }

    public static Account account(String id) {
        return Account.of(AccountId.of(id), "Kiro " + id);
    }

    public static KiroCredentials social(String id, Instant expiresAt) {
        return new KiroCredentials("aoa-access-" + id, "aor-refresh-" + id, expiresAt, AuthMethod.SOCIAL,
                Optional.empty(), Optional.empty(), Optional.of(PROFILE_ARN), "us-east-1", null);
    }

    public static KiroCredentials idc(String id, Instant expiresAt) {
        return new KiroCredentials("aoa-access-" + id, "aor-refresh-" + id, expiresAt, AuthMethod.IDC,
                Optional.of("client-" + id), Optional.of("client-secret-" + id), Optional.empty(), "us-east-1", "eu-west-1");
    }
}
