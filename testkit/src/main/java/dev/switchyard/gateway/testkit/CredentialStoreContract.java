package dev.switchyard.gateway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchyard.gateway.application.port.out.CredentialStore;
import dev.switchyard.gateway.application.port.out.CredentialStore.CredentialUpdate;
import dev.switchyard.gateway.domain.AccountId;
import dev.switchyard.gateway.domain.KiroCredentials;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link CredentialStore} does: run by the in-memory twin and by the Redis adapter on a real Redis. */
public abstract class CredentialStoreContract {

    protected static final Instant EXPIRES = Instant.parse("2026-11-24T13:00:00Z");
    protected static final AccountId SOCIAL = AccountId.of("social-1");
    protected static final AccountId IDC = AccountId.of("idc-1");

    /** A new store holding exactly these credentials. */
    protected abstract CredentialStore storeWith(Map<AccountId, KiroCredentials> credentials);

    /** Another instance over the same shared data (a second replica); the same instance in memory. */
    protected abstract CredentialStore anotherInstance(CredentialStore store);

    @Test
    void reads_what_is_stored() {
        KiroCredentials social = AccountFixtures.social("s", EXPIRES);
        KiroCredentials idc = AccountFixtures.idc("i", EXPIRES);
        CredentialStore store = storeWith(Map.of(SOCIAL, social, IDC, idc));

        assertThat(store.current(SOCIAL)).contains(social);
        assertThat(store.latest(SOCIAL)).contains(social);
        assertThat(store.current(IDC)).contains(idc);
        assertThat(store.current(AccountId.of("nobody"))).isEmpty();
    }

    @Test
    void replaces_when_the_refresh_token_is_still_the_expected_one() {
        KiroCredentials before = AccountFixtures.social("s", EXPIRES);
        CredentialStore store = storeWith(Map.of(SOCIAL, before));
        KiroCredentials after = before.refreshed("aoa-new", Optional.of("aor-new"), EXPIRES.plusSeconds(3600), Optional.empty());

        assertThat(store.replace(SOCIAL, before, after)).isEqualTo(new CredentialUpdate.Stored());

        assertThat(store.current(SOCIAL)).contains(after);
        assertThat(anotherInstance(store).latest(SOCIAL)).contains(after);
    }

    @Test
    void never_overwrites_a_refresh_token_rotated_by_someone_else() {
        KiroCredentials before = AccountFixtures.social("s", EXPIRES);
        CredentialStore store = storeWith(Map.of(SOCIAL, before));
        KiroCredentials theirs = before.refreshed("aoa-theirs", Optional.of("aor-theirs"), EXPIRES.plusSeconds(60), Optional.empty());
        KiroCredentials ours = before.refreshed("aoa-ours", Optional.of("aor-ours"), EXPIRES.plusSeconds(90), Optional.empty());
        assertThat(anotherInstance(store).replace(SOCIAL, before, theirs)).isEqualTo(new CredentialUpdate.Stored());

        CredentialUpdate update = store.replace(SOCIAL, before, ours);

        assertThat(update).isEqualTo(new CredentialUpdate.Superseded(theirs));
        assertThat(store.latest(SOCIAL)).contains(theirs);
    }

    @Test
    void a_refresh_that_keeps_the_refresh_token_still_replaces() {
        KiroCredentials before = AccountFixtures.idc("i", EXPIRES);
        CredentialStore store = storeWith(Map.of(IDC, before));
        KiroCredentials after = before.refreshed("aoa-new", Optional.empty(), EXPIRES.plusSeconds(3600), Optional.empty());

        assertThat(store.replace(IDC, before, after)).isEqualTo(new CredentialUpdate.Stored());
        assertThat(store.latest(IDC)).contains(after);
    }

    @Test
    void replacing_credentials_nobody_stored_says_so() {
        KiroCredentials some = AccountFixtures.social("s", EXPIRES);
        CredentialStore store = storeWith(Map.of());

        assertThat(store.replace(SOCIAL, some, some)).isEqualTo(new CredentialUpdate.Missing());
        assertThat(store.latest(SOCIAL)).isEmpty();
    }
}
