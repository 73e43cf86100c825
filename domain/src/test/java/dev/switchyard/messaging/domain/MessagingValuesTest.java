package dev.switchyard.messaging.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagingValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+14155550123", "+447911123456", "+12"})
    void e164_numbers_are_phone_numbers(String number) {
        assertThat(PhoneNumber.of(number).e164()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14155550123", "+04155550123", "+1 415 555 0123", "+1234567890123456", "+1415555012a"})
    void other_shapes_are_not(String number) {
        assertThatThrownBy(() -> PhoneNumber.of(number)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E.164");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@example.com", "first.last+tag@mail.example.co.uk", "o'brien@example.ie", "x_y@sub-domain.example.org"})
    void plain_mailbox_addresses_are_accepted(String address) {
        assertThat(EmailAddress.of(address).value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "a@", "a@example", "a b@example.com", "a..b@example.com",
            ".a@example.com", "a@-example.com", "a@example.c", "Name <a@example.com>", "a@example.com\r\nBcc: x@evil.com"})
    void anything_else_is_not_an_email_address(String address) {
        assertThatThrownBy(() -> EmailAddress.of(address)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+14155550123", "Switchyard", "ACME 2", "a"})
    void sms_senders_are_numbers_or_short_alphanumeric_ids(String sender) {
        assertThat(SmsSender.of(sender).value()).isEqualTo(sender);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "TooLongSender", "ACME!", "+0123"})
    void other_sms_senders_are_rejected(String sender) {
        assertThatThrownBy(() -> SmsSender.of(sender)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "naïve"})
    void customer_ids_have_a_narrow_shape(String id) {
        assertThatThrownBy(() -> CustomerId.of(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "tab\t", "é"})
    void idempotency_keys_are_printable_ascii(String key) {
        assertThatThrownBy(() -> IdempotencyKey.of(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 255})
    void idempotency_keys_are_at_most_255_characters(int length) {
        assertThat(IdempotencyKey.of("k".repeat(length)).value()).hasSize(length);
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+14155550123"})
    void addresses_are_masked_in_to_string(String number) {
        assertThat(PhoneNumber.of(number).toString()).isEqualTo("+14*******23");
        assertThat(EmailAddress.of("jane.doe@example.com").toString()).isEqualTo("j***@example.com");
    }
}
