package dev.switchyard.gateway.adapter.http.upstream;

import dev.switchyard.gateway.domain.reply.AssistantEvent;
import java.util.function.Consumer;

/**
 * Splits streamed text into thinking and text the way the reference does (kiro-protocol.md §3.5.3):
 * when thinking was requested the model opens its answer with {@code <thinking>}; whitespace before it
 * makes no text; one newline after it is dropped; it ends at a {@code </thinking>} that is not next to a
 * quote or backtick and is followed by a blank line (or by nothing but whitespace when the text ends or a
 * tool call begins); that blank line is dropped. Enough of the tail is held back that a tag split across
 * chunks is still found. Only the start of the answer can open thinking.
 */
final class ThinkingTagParser {

    static final String OPEN = "<thinking>";
    static final String CLOSE = "</thinking>";
    private static final String BLANK_LINE = "\n\n";

    private enum State { START, THINKING, TEXT }

    private final Consumer<AssistantEvent> out;
    private final StringBuilder pending = new StringBuilder();
    private State state = State.START;
    private boolean dropNewline;

    ThinkingTagParser(Consumer<AssistantEvent> out) {
        this.out = out;
    }

    void text(String chunk) {
        pending.append(chunk);
        drain(false);
    }

    /** A tool call or the end of the text: nothing more follows this text, flush what is held back. */
    void boundary() {
        drain(true);
        if (state == State.START) {
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            emit(state == State.THINKING, pending.toString());
            pending.setLength(0);
        }
        state = State.TEXT;
    }

    private void drain(boolean atBoundary) {
        while (true) {
            switch (state) {
                case START -> {
                    int first = firstNonWhitespace();
                    if (first < 0) {
                        return;
                    }
                    String rest = pending.substring(first);
                    if (rest.startsWith(OPEN)) {
                        pending.delete(0, first + OPEN.length());
                        state = State.THINKING;
                        dropNewline = true;
                    } else if (OPEN.startsWith(rest) && !atBoundary) {
                        return;
                    } else {
                        state = State.TEXT;
                    }
                }
                case THINKING -> {
                    if (dropNewline) {
                        if (pending.isEmpty()) {
                            return;
                        }
                        if (pending.charAt(0) == '\n') {
                            pending.deleteCharAt(0);
                        } else if (pending.length() >= 2 && pending.charAt(0) == '\r' && pending.charAt(1) == '\n') {
                            pending.delete(0, 2);
                        } else if (pending.length() == 1 && pending.charAt(0) == '\r' && !atBoundary) {
                            return;
                        }
                        dropNewline = false;
                    }
                    int end = realCloseTag(atBoundary);
                    if (end >= 0) {
                        emit(true, pending.substring(0, end));
                        pending.delete(0, end + CLOSE.length());
                        if (pending.indexOf(BLANK_LINE) == 0) {
                            pending.delete(0, BLANK_LINE.length());
                        } else if (pending.toString().isBlank()) {
                            pending.setLength(0);
                        }
                        state = State.TEXT;
                        continue;
                    }
                    int safe = pending.length() - (CLOSE.length() + BLANK_LINE.length() - 1);
                    if (safe > 0 && !atBoundary) {
                        emit(true, pending.substring(0, safe));
                        pending.delete(0, safe);
                    }
                    return;
                }
                case TEXT -> {
                    if (!pending.isEmpty()) {
                        emit(false, pending.toString());
                        pending.setLength(0);
                    }
                    return;
                }
            }
        }
    }

    private int firstNonWhitespace() {
        for (int i = 0; i < pending.length(); i++) {
            if (!Character.isWhitespace(pending.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a closing tag that really ends the thinking, or -1. */
    private int realCloseTag(boolean atBoundary) {
        int from = 0;
        while (true) {
            int at = pending.indexOf(CLOSE, from);
            if (at < 0) {
                return -1;
            }
            int after = at + CLOSE.length();
            boolean quoted = isQuote(at - 1) || isQuote(after);
            if (!quoted) {
                String rest = pending.substring(after);
                if (rest.startsWith(BLANK_LINE) || atBoundary && rest.isBlank()) {
                    return at;
                }
            }
            from = at + 1;
        }
    }

    private boolean isQuote(int index) {
        if (index < 0 || index >= pending.length()) {
            return false;
        }
        char c = pending.charAt(index);
        return c == '"' || c == '\'' || c == '`';
    }

    private void emit(boolean thinking, String text) {
        if (!text.isEmpty()) {
            out.accept(thinking ? new AssistantEvent.ThinkingDelta(text) : new AssistantEvent.TextDelta(text));
        }
    }
}
