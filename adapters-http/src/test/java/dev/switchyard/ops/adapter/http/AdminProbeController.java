package dev.switchyard.ops.adapter.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

@Requires(property = "spec.name", value = "AdminAuthFilterTest")
@Controller("/admin/probe")
class AdminProbeController {

    @Get
    Map<String, String> probe() {
        return Map.of("admin", "yes");
    }
}
