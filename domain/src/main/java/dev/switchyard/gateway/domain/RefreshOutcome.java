package dev.switchyard.gateway.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What Kiro's auth service answered to a refresh (social or IdC, kiro-protocol.md §4.2–4.4). */
public sealed interface RefreshOutcome {

    /** New tokens. {@code refreshToken} is present when the service rotated it. {@link #toString()} redacts. */
    record Refreshed(String accessToken, Optional<String> refreshToken, Optional<Duration> expiresIn,
            Optional<String> profileArn) implements RefreshOutcome {
        public Refreshed {
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(expiresIn, "expiresIn");
            Objects.requireNonNull(profileArn, "profileArn");
            if (accessToken.isBlank()) {
                throw new IllegalArgumentException("a refresh that issued no access token did not succeed");
            }
        }

        @Override
        public String toString() {
            return "Refreshed[rotated=" + refreshToken.isPresent() + ", expiresIn=" + expiresIn.orElse(null)
                    + ", tokens=<redacted>]";
        }
    }

    /** The refresh token (or the IdC client) was refused for good ({@code invalid_grant}): a new login is needed. */
    record Rejected(String reason) implements RefreshOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** It did not work this time (timeout, 5xx, 429, an unreadable answer); trying later may. */
    record Failed(String reason) implements RefreshOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
