package dev.switchyard.messaging.domain;

import java.util.Locale;

/** How an outbound message travels. {@link #wireName()} is its name in events, rows and APIs. */
public enum Channel {
    SMS,
    EMAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWireName(String name) {
        for (Channel channel : values()) {
            if (channel.wireName().equals(name)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel: " + name);
    }
}
