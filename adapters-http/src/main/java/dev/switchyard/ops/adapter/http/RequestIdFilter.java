package dev.switchyard.ops.adapter.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (nginx's
 * {@code $request_id}, a client's UUID), otherwise a new UUID. It goes into the MDC of every log
 * line written for the request, back to the caller in the response header, and into one access
 * line per request (logger {@code dev.switchyard.access}; path only, never the query string).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.switchyard.access");
    private static final String ID_ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final String START_ATTRIBUTE = RequestIdFilter.class.getName() + ".start";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ID_ATTRIBUTE, id);
        request.setAttribute(START_ATTRIBUTE, System.nanoTime());
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ID_ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
        if (ACCESS.isInfoEnabled()) {
            long millis = request.getAttribute(START_ATTRIBUTE, Long.class)
                    .map(start -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                    .orElse(-1L);
            ACCESS.info("{} {} {} {}ms", request.getMethodName(), request.getPath(), response.code(), millis);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
