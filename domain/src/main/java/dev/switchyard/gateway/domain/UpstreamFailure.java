package dev.switchyard.gateway.domain;

/**
 * The closed catalogue of ways a call to Kiro can fail, and what each means for the request and
 * for the account (kiro-protocol.md §5.1–5.2). The HTTP status returned to the client is the
 * driving adapter's business; cooldown lengths are the account pool's.
 */
public enum UpstreamFailure {
    /** 400: our request was rejected (e.g. "Improperly formed request"). The account is fine. */
    INVALID_REQUEST(false, false, false),
    /** 400 {@code CONTENT_LENGTH_EXCEEDS_THRESHOLD}: the prompt is too long for any account. */
    CONTEXT_TOO_LONG(false, false, false),
    /** 400 {@code INVALID_MODEL_ID}: this account may not use the model; another may. */
    MODEL_UNAVAILABLE(true, false, false),
    /** 401: the access token expired or is invalid: refresh it and retry once on the same account. */
    UNAUTHORIZED(true, false, true),
    /** 403 "bearer token … invalid": as 401. */
    TOKEN_REJECTED(true, false, true),
    /** 402 {@code MONTHLY_REQUEST_COUNT}: quota exhausted until it resets. */
    QUOTA_EXHAUSTED(true, true, false),
    /** 403 other than a token problem (suspended, not allowed): the account is out for a while. */
    ACCOUNT_BLOCKED(true, true, false),
    /** 429: throttled; cool the account down and use another. */
    RATE_LIMITED(true, true, false),
    /** 5xx from Kiro. */
    SERVER_ERROR(true, true, false),
    /** No answer (connect, headers or an idle stream) within the configured time. */
    TIMEOUT(true, true, false),
    /** The connection failed or broke before any answer. */
    CONNECTION_FAILED(true, true, false),
    /** The stream broke or was corrupt after it had started: too late to switch accounts. */
    STREAM_BROKEN(false, true, false);

    private final boolean retryable;
    private final boolean penalizesAccount;
    private final boolean refreshesToken;

    UpstreamFailure(boolean retryable, boolean penalizesAccount, boolean refreshesToken) {
        this.retryable = retryable;
        this.penalizesAccount = penalizesAccount;
        this.refreshesToken = refreshesToken;
    }

    /** Worth trying again (on another account, or on this one after a token refresh) before anything reached the client. */
    public boolean retryable() {
        return retryable;
    }

    /** The account's health suffers (a cooldown); failures of our own request never penalize it. */
    public boolean penalizesAccount() {
        return penalizesAccount;
    }

    /** The token is the problem: force a refresh and retry once on the same account. */
    public boolean refreshesToken() {
        return refreshesToken;
    }
}
