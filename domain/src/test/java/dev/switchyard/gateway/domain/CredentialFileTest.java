package dev.switchyard.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialFileTest {

    private static Map<String, Object> social() {
        Map<String, Object> document = new HashMap<>();
        document.put("accessToken", "aoa-access");
        document.put("refreshToken", "aor-refresh");
        document.put("profileArn", "arn:aws:codewhisperer:us-east-1:699475941385:profile/EHGA3GRVQMUK");
        document.put("expiresAt", "2026-11-24T13:00:00.000Z");
        document.put("authMethod", "social");
        document.put("region", "us-east-1");
        return document;
    }

    private static Map<String, Object> builderId() {
        Map<String, Object> document = new HashMap<>();
        document.put("accessToken", "aoa-access");
        document.put("refreshToken", "aor-refresh");
        document.put("expiresAt", 1795611600000L);
        document.put("authMethod", "builder-id");
        document.put("clientId", "client-id");
        document.put("clientSecret", "client-secret");
        document.put("idcRegion", "eu-west-1");
        return document;
    }

    @Test
    void reads_a_social_credential() {
        CredentialFile.Valid valid = (CredentialFile.Valid) CredentialFile.readForImport(social());

        assertThat(valid.credentials().authMethod()).isEqualTo(AuthMethod.SOCIAL);
        assertThat(valid.credentials().expiresAt()).isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));
        assertThat(valid.credentials().profileArn()).isPresent();
    }

    @Test
    void reads_a_builder_id_credential_with_an_epoch_millis_expiry() {
        CredentialFile.Valid valid = (CredentialFile.Valid) CredentialFile.readForImport(builderId());

        assertThat(valid.credentials().authMethod()).isEqualTo(AuthMethod.IDC);
        assertThat(valid.credentials().expiresAt()).isEqualTo(Instant.ofEpochMilli(1795611600000L));
        assertThat(valid.credentials().region()).isEqualTo("us-east-1");
        assertThat(valid.credentials().idcRegion()).isEqualTo("eu-west-1");
    }

    @Test
    void a_stored_credential_without_expiry_or_access_token_counts_as_expired() {
        Map<String, Object> document = social();
        document.remove("accessToken");
        document.put("expiresAt", "soon");

        CredentialFile.Valid valid = (CredentialFile.Valid) CredentialFile.read(document);

        assertThat(valid.credentials().accessToken()).isEmpty();
        assertThat(valid.credentials().expiresAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void names_the_field_at_fault() {
        assertThat(invalid(without(social(), "refreshToken"))).isEqualTo("refreshToken");
        assertThat(invalid(with(social(), "refreshToken", "aor...xyz"))).isEqualTo("refreshToken");
        assertThat(invalid(with(social(), "expiresAt", "tomorrow"))).isEqualTo("expiresAt");
        assertThat(invalid(with(social(), "accessToken", 42))).isEqualTo("accessToken");
        assertThat(invalid(with(social(), "region", "us-east-1.evil.example#"))).isEqualTo("region");
        assertThat(invalid(with(builderId(), "idcRegion", "../../x"))).isEqualTo("idcRegion");
        assertThat(invalid(without(builderId(), "clientSecret"))).isEqualTo("clientSecret");
        assertThat(invalid(with(social(), "authMethod", true))).isEqualTo("authMethod");
    }

    @Test
    void the_document_of_new_credentials_uses_node_field_names_and_iso_time() {
        KiroCredentials credentials = ((CredentialFile.Valid) CredentialFile.read(builderId())).credentials();

        Map<String, Object> document = CredentialFile.document(credentials);

        assertThat(document).containsEntry("expiresAt", "2026-11-25T13:00:00.000Z")
                .containsEntry("authMethod", "IdC")
                .containsEntry("clientId", "client-id")
                .containsEntry("idcRegion", "eu-west-1")
                .doesNotContainKey("profileArn");
        assertThat(CredentialFile.read(document)).isEqualTo(new CredentialFile.Valid(credentials.refreshed(
                credentials.accessToken(), Optional.empty(), credentials.expiresAt(), Optional.empty())));
    }

    @Test
    void fingerprints_do_not_reveal_the_token() {
        assertThat(CredentialFile.fingerprint("aor-refresh")).hasSize(12).doesNotContain("aor");
        assertThat(CredentialFile.refreshIndexHash("aor-refresh")).hasSize(32).startsWith(CredentialFile.fingerprint("aor-refresh"));
    }

    private static String invalid(Map<String, Object> document) {
        return ((CredentialFile.Invalid) CredentialFile.readForImport(document)).field();
    }

    private static Map<String, Object> with(Map<String, Object> document, String field, Object value) {
        document.put(field, value);
        return document;
    }

    private static Map<String, Object> without(Map<String, Object> document, String field) {
        document.remove(field);
        return document;
    }
}
