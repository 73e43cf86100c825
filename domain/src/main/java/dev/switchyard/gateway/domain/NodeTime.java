package dev.switchyard.gateway.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Timestamps as the Node.js service writes them, {@code new Date().toISOString()}: RFC 3339 in UTC
 * with milliseconds ({@code 2026-11-24T12:00:00.000Z}). Reading also accepts any RFC 3339 offset
 * and epoch milliseconds, as number or string (kiro-protocol.md §5.6).
 */
public final class NodeTime {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private NodeTime() {
    }

    public static String format(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** A JSON value (string or number) as an instant; empty for null, blank or unreadable values. */
    public static Optional<Instant> parse(Object value) {
        try {
            return switch (value) {
                case null -> Optional.empty();
                case Number epochMillis -> Optional.of(Instant.ofEpochMilli(epochMillis.longValue()));
                case String text when text.isBlank() -> Optional.empty();
                case String text when text.strip().chars().allMatch(Character::isDigit) ->
                        Optional.of(Instant.ofEpochMilli(Long.parseLong(text.strip())));
                case String text -> Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
                default -> Optional.empty();
            };
        } catch (DateTimeException | NumberFormatException | ArithmeticException unreadable) {
            return Optional.empty();
        }
    }
}
