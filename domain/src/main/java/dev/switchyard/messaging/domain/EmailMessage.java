package dev.switchyard.messaging.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An email: one recipient, one sender, a one-line subject, and a text part, an HTML part or both.
 * The subject cannot carry CR or LF, so it can never inject a header.
 */
public record EmailMessage(
        CustomerId customerId, EmailAddress to, EmailAddress from, String subject, Optional<String> text, Optional<String> html)
        implements OutboundMessage {

    public EmailMessage {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        subject = validSubject(subject);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        text.ifPresent(EmailMessage::validText);
        html.ifPresent(EmailMessage::validHtml);
        if (text.isEmpty() && html.isEmpty()) {
            throw new IllegalArgumentException("an email needs a text part, an HTML part or both");
        }
    }

    public static String validSubject(String subject) {
        MessageLimits.requireText(subject, MessageLimits.EMAIL_SUBJECT);
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("must be one line (no CR or LF)");
        }
        return subject;
    }

    public static String validText(String text) {
        return MessageLimits.requireText(text, MessageLimits.EMAIL_TEXT);
    }

    public static String validHtml(String html) {
        return MessageLimits.requireText(html, MessageLimits.EMAIL_HTML);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String recipient() {
        return to.value();
    }

    @Override
    public String toString() {
        return "EmailMessage[customerId=" + customerId + ", to=" + to + ", from=" + from
                + ", subject=" + Redaction.body(subject)
                + ", text=" + text.map(Redaction::body).orElse("-")
                + ", html=" + html.map(Redaction::body).orElse("-") + "]";
    }
}
