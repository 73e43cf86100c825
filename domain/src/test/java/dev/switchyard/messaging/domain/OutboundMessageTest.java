package dev.switchyard.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private static final CustomerId CUSTOMER = CustomerId.of("cust-1");

    static SmsMessage sms(String body) {
        return new SmsMessage(CUSTOMER, PhoneNumber.of("+14155550123"), Optional.of(SmsSender.of("ACME")), body);
    }

    static EmailMessage email(String subject, Optional<String> text, Optional<String> html) {
        return new EmailMessage(CUSTOMER, EmailAddress.of("jane@example.com"), EmailAddress.of("noreply@acme.io"),
                subject, text, html);
    }

    @Test
    void an_sms_body_is_non_empty_and_at_most_1600_characters() {
        assertThat(sms("x".repeat(1600)).body()).hasSize(1600);
        assertThatThrownBy(() -> sms("x".repeat(1601))).hasMessageContaining("at most 1600");
        assertThatThrownBy(() -> sms("  ")).hasMessageContaining("must not be empty");
    }

    @Test
    void an_email_needs_a_part_and_a_one_line_subject() {
        assertThat(email("Hi", Optional.empty(), Optional.of("<p>Hi</p>")).html()).contains("<p>Hi</p>");
        assertThatThrownBy(() -> email("Hi", Optional.empty(), Optional.empty())).hasMessageContaining("text part, an HTML part");
        assertThatThrownBy(() -> email("Hi\r\nBcc: victim@example.com", Optional.of("t"), Optional.empty()))
                .hasMessageContaining("one line");
        assertThatThrownBy(() -> email("s".repeat(999), Optional.of("t"), Optional.empty())).hasMessageContaining("at most 998");
    }

    @Test
    void to_string_never_shows_a_body_or_subject() {
        assertThat(sms("the secret code is 424242").toString()).doesNotContain("424242").contains("<redacted 25 chars>");
        assertThat(email("Quarterly figures", Optional.of("revenue up"), Optional.empty()).toString())
                .doesNotContain("Quarterly", "revenue", "jane@");
    }

    @Test
    void the_fingerprint_follows_the_content_and_only_the_content() {
        RequestFingerprint one = RequestFingerprint.of(sms("hello"));

        assertThat(RequestFingerprint.of(sms("hello"))).isEqualTo(one);
        assertThat(RequestFingerprint.of(sms("hello!"))).isNotEqualTo(one);
        assertThat(RequestFingerprint.of(new SmsMessage(CUSTOMER, PhoneNumber.of("+14155550123"), Optional.empty(), "hello")))
                .isNotEqualTo(one);
        assertThat(RequestFingerprint.of(email("a", Optional.of("bc"), Optional.empty())))
                .isNotEqualTo(RequestFingerprint.of(email("ab", Optional.of("c"), Optional.empty())));
    }

    @Test
    void a_derived_key_is_stable_and_marked_as_derived() {
        IdempotencyKey key = IdempotencyKey.derivedFrom(RequestFingerprint.of(sms("hello")));

        assertThat(key).isEqualTo(IdempotencyKey.derivedFrom(RequestFingerprint.of(sms("hello"))));
        assertThat(key.value()).startsWith("auto-").hasSize(37);
    }

    @Test
    void events_are_schema_version_1_with_microsecond_utc_timestamps() {
        OutboundMessageEvent event = OutboundMessageEvent.accepted(IdempotencyKey.of("k1"), sms("hi"),
                Instant.parse("2026-11-24T10:15:30.123456789Z"));

        assertThat(event.schemaVersion()).isEqualTo(1);
        assertThat(event.acceptedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
        assertThatThrownBy(() -> new OutboundMessageEvent(2, IdempotencyKey.of("k1"), sms("hi"), Instant.EPOCH))
                .hasMessageContaining("schema_version 2");
    }

    @Test
    void a_retry_remembers_when_it_first_failed() {
        QueuedMessage first = QueuedMessage.firstDelivery(OutboundMessageEvent.accepted(IdempotencyKey.of("k"), sms("hi"), Instant.EPOCH));
        Instant failedAt = Instant.parse("2026-11-24T10:00:00Z");

        QueuedMessage second = first.nextAttempt(failedAt);
        QueuedMessage third = second.nextAttempt(failedAt.plusSeconds(5));

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(third.attempt()).isEqualTo(3);
        assertThat(third.firstFailedAt()).contains(failedAt);
    }
}
