package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.application.port.out.AssistantUpstream;
import dev.switchyard.gateway.application.port.out.UpstreamCall;
import dev.switchyard.gateway.application.port.out.UpstreamOpening;
import dev.switchyard.gateway.domain.UpstreamFailure;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AssistantUpstream} over Kiro's {@code generateAssistantResponse} (kiro-protocol.md): the JDK
 * HTTP client on virtual threads, HTTP/2 over TLS (one connection carries many streams) and HTTP/1.1
 * on plain http (the simulator). Opening waits for the status line within the connect and response
 * timeouts; a 200 body becomes a {@link KiroEventStream}, anything else a classified refusal. The
 * access token is only ever in the Authorization header, never in a log.
 */
public final class KiroAssistantUpstream implements AssistantUpstream, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KiroAssistantUpstream.class);
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final KiroSettings settings;
    private final JsonMapper json;
    private final KiroRequestBuilder requests;
    private final KiroHeaders headers;
    private final KiroErrors errors;
    private final HttpClient http;
    private final ConcurrentHashMap<String, URI> endpoints = new ConcurrentHashMap<>();

    public KiroAssistantUpstream(KiroSettings settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.requests = new KiroRequestBuilder(settings, json);
        this.headers = new KiroHeaders(settings);
        this.errors = new KiroErrors(json, clock);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @Override
    public UpstreamOpening open(UpstreamCall call) {
        KiroRequest request = requests.build(call.conversation(), call.credentials());
        URI endpoint = endpoints.computeIfAbsent(call.credentials().region(),
                region -> URI.create(settings.urlTemplate().replace("{region}", region)));
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .version("https".equals(endpoint.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        headers.apply(builder, call);
        CompletableFuture<HttpResponse<KiroBody>> answer = http.sendAsync(builder.build(), this::body);
        try {
            HttpResponse<KiroBody> response = answer.get(settings.responseTimeout().toNanos(), TimeUnit.NANOSECONDS);
            return switch (response.body()) {
                case KiroBody.Streaming streaming -> {
                    KiroEventStream stream = new KiroEventStream(json, request, settings.idleTimeout());
                    streaming.publisher().subscribe(stream);
                    yield new UpstreamOpening.Opened(stream);
                }
                case KiroBody.Error error -> errors.refusal(response.statusCode(), response.headers(), error.bytes());
            };
        } catch (TimeoutException noAnswer) {
            answer.cancel(true);
            return refused(UpstreamFailure.TIMEOUT, "no answer from Kiro within " + settings.responseTimeout().toSeconds() + " s");
        } catch (ExecutionException failed) {
            return transportFailure(failed.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return refused(UpstreamFailure.CONNECTION_FAILED, "interrupted while waiting for Kiro");
        }
    }

    private HttpResponse.BodySubscriber<KiroBody> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() == 200) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofPublisher(), KiroBody.Streaming::new);
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), KiroBody.Error::limited);
    }

    private static UpstreamOpening.Refused transportFailure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return refused(UpstreamFailure.TIMEOUT, "could not connect to Kiro in time");
        }
        if (cause instanceof HttpTimeoutException) {
            return refused(UpstreamFailure.TIMEOUT, "no answer from Kiro in time");
        }
        if (cause instanceof ConnectException) {
            return refused(UpstreamFailure.CONNECTION_FAILED, "could not connect to Kiro");
        }
        if (cause instanceof IOException) {
            LOG.debug("the call to Kiro failed", cause);
            return refused(UpstreamFailure.CONNECTION_FAILED, "the connection to Kiro failed: " + cause.getClass().getSimpleName());
        }
        throw new IllegalStateException("the call to Kiro failed unexpectedly", cause);
    }

    private static UpstreamOpening.Refused refused(UpstreamFailure failure, String detail) {
        return new UpstreamOpening.Refused(failure, Optional.empty(), detail);
    }

    @Override
    public void close() {
        http.close();
    }

    /** What a Kiro answer's body is read as: a stream when it is 200, the (bounded) error text otherwise. */
    private sealed interface KiroBody {
        record Streaming(Flow.Publisher<List<ByteBuffer>> publisher) implements KiroBody {
        }

        record Error(byte[] bytes) implements KiroBody {
            static Error limited(byte[] bytes) {
                return new Error(bytes.length <= ERROR_BODY_LIMIT ? bytes : Arrays.copyOf(bytes, ERROR_BODY_LIMIT));
            }
        }
    }
}
