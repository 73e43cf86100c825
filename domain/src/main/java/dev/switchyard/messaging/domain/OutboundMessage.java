package dev.switchyard.messaging.domain;

/** A message a customer asked us to send. Its {@code toString()} never shows a body. */
public sealed interface OutboundMessage permits SmsMessage, EmailMessage {

    CustomerId customerId();

    Channel channel();

    /** The address the message goes to, in its canonical form: E.164 number or email address. */
    String recipient();
}
