package dev.switchyard.ops.adapter.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards every {@code /admin/**} endpoint with {@code ADMIN_API_KEY}, given as
 * {@code Authorization: Bearer <key>} or {@code x-api-key: <key>} and compared in constant time.
 * With no key configured the admin API is off: every admin request gets 403.
 */
@ServerFilter("/admin/**")
final class AdminAuthFilter implements Ordered {

    private final Optional<byte[]> adminKey;

    AdminAuthFilter(@Value("${admin.api-key:}") String adminKey) {
        this.adminKey = adminKey.isBlank() ? Optional.empty() : Optional.of(adminKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the rejection, or null to let the request through. */
    @RequestFilter
    @Nullable
    HttpResponse<AdminError> authenticate(HttpRequest<?> request) {
        if (adminKey.isEmpty()) {
            return reject(HttpStatus.FORBIDDEN, "admin_disabled", "the admin API is off: set ADMIN_API_KEY");
        }
        Optional<String> offered = AdminCredential.from(request);
        if (offered.isEmpty()) {
            return reject(HttpStatus.UNAUTHORIZED, "authentication_error",
                    "admin endpoints need Authorization: Bearer <ADMIN_API_KEY> or x-api-key");
        }
        if (!MessageDigest.isEqual(adminKey.get(), offered.get().getBytes(StandardCharsets.UTF_8))) {
            return reject(HttpStatus.UNAUTHORIZED, "authentication_error", "invalid admin key");
        }
        return null;
    }

    private static HttpResponse<AdminError> reject(HttpStatus status, String type, String message) {
        return HttpResponse.<AdminError>status(status).body(AdminError.of(type, message));
    }

    @Override
    public int getOrder() {
        // after RequestIdFilter, so rejections carry a request id too
        return HIGHEST_PRECEDENCE + 100;
    }
}
