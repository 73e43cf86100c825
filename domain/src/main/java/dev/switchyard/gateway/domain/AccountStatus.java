package dev.switchyard.gateway.domain;

/** One word for an account's health, for operators (the admin list) and logs. */
public enum AccountStatus {
    HEALTHY,
    COOLING_DOWN,
    UNHEALTHY,
    NEEDS_REFRESH,
    NEEDS_REAUTHENTICATION,
    DISABLED
}
