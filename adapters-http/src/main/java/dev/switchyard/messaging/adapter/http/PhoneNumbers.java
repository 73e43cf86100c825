package dev.switchyard.messaging.adapter.http;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Phone numbers checked against the numbering plans with libphonenumber: international form only
 * (a leading {@code +}, spaces, dashes and parentheses tolerated), normalised to E.164.
 * This lives at the HTTP edge because the domain is JDK-only; the domain's {@code PhoneNumber}
 * keeps the E.164 shape as its invariant.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it is not a valid international number. */
    static Optional<String> toE164(String text) {
        if (!text.strip().startsWith("+") || text.length() > 32) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, "ZZ");
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
