package dev.switchyard.gateway.adapter.redis;

/** Redis did not answer in time, or the connection is down: the callers switch to their degraded mode. */
final class RedisUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RedisUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
