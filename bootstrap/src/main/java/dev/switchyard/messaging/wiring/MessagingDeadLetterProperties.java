package dev.switchyard.messaging.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** {@code messaging.dead-letters.*}: {@code DLQ_RETENTION}, how long a dead letter is kept before the retention job prunes it. */
@ConfigurationProperties("messaging.dead-letters")
record MessagingDeadLetterProperties(@Bindable(defaultValue = "P14D") Duration retention) {
}
