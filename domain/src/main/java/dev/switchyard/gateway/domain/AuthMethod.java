package dev.switchyard.gateway.domain;

import java.util.Locale;

/** How a Kiro credential refreshes: the Kiro desktop auth service (social) or AWS SSO-OIDC (IdC, Builder ID). */
public enum AuthMethod {
    SOCIAL,
    IDC;

    /**
     * Reads the credential file's {@code authMethod}; when it is absent the credential is social
     * unless it carries an OIDC client ({@code clientId} and {@code clientSecret}), as the Node service decides.
     */
    public static AuthMethod parse(String authMethod, boolean hasOidcClient) {
        if (authMethod == null || authMethod.isBlank()) {
            return hasOidcClient ? IDC : SOCIAL;
        }
        return switch (authMethod.trim().toLowerCase(Locale.ROOT)) {
            case "social" -> SOCIAL;
            case "idc", "builder-id", "builderid", "iam", "sso" -> IDC;
            default -> hasOidcClient ? IDC : SOCIAL;
        };
    }
}
