package dev.switchyard.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An SSE stream under /v1/messages that sends "first", then holds the stream open until the test
 * releases it: a proxy that buffers would never deliver "first" while the stream is held.
 */
@Requires(property = "spec.name", value = "NginxProxyIT")
@Controller("/v1/messages/held-stream")
class HeldStreamController {

    private volatile CountDownLatch release = new CountDownLatch(1);

    void hold() {
        release = new CountDownLatch(1);
    }

    void release() {
        release.countDown();
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> stream() {
        CountDownLatch held = release;
        return Flux.concat(
                Mono.just(Event.of("first")),
                Mono.fromCallable(() -> {
                    held.await(30, TimeUnit.SECONDS);
                    return Event.of("second");
                }).subscribeOn(Schedulers.boundedElastic()));
    }
}
