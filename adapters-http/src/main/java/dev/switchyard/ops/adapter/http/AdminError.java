package dev.switchyard.ops.adapter.http;

import io.micronaut.serde.annotation.Serdeable;

/** Error body of the admin API: {@code {"error":{"type":"…","message":"…"}}}. */
@Serdeable
record AdminError(Detail error) {

    static AdminError of(String type, String message) {
        return new AdminError(new Detail(type, message));
    }

    @Serdeable
    record Detail(String type, String message) {
    }
}
