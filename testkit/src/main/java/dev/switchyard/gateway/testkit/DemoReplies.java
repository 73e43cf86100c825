package dev.switchyard.gateway.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator answers when no script is queued (the dev run's demo account, the benchmark):
 * an echo of the user's message in a few chunks. A message containing {@code [sim chunks=N interval=MS]}
 * instead streams N chunks, the first at once and the others MS milliseconds apart.
 */
final class DemoReplies {

    private static final Pattern DIRECTIVE = Pattern.compile("\\[sim chunks=(\\d{1,6}) interval=(\\d{1,7})]");
    private static final int ECHO_LIMIT = 200;

    private DemoReplies() {
    }

    static KiroScript answer(RecordedKiroRequest request) {
        String content = request.currentMessage().path("content").asText("");
        Matcher directive = DIRECTIVE.matcher(content);
        if (directive.find()) {
            return paced(Integer.parseInt(directive.group(1)), Duration.ofMillis(Long.parseLong(directive.group(2))));
        }
        KiroScript.Stream stream = KiroScript.stream();
        if (content.contains("<thinking_mode>")) {
            stream.text("<thinking>\nThe user wants an answer from the simulator.\n</thinking>\n\n");
        }
        stream.text(chunks("Hello from the Kiro simulator. You said: " + lastWords(content)).toArray(String[]::new));
        return stream.contextUsage(1.25).metering(0.01);
    }

    private static KiroScript paced(int chunks, Duration interval) {
        KiroScript.Stream stream = KiroScript.stream();
        for (int i = 0; i < chunks; i++) {
            if (i > 0) {
                stream.pause(interval);
            }
            stream.text("chunk " + i + " ");
        }
        return stream.contextUsage(0.5);
    }

    private static String lastWords(String content) {
        String userText = content.substring(content.lastIndexOf("\n\n") + 1).strip();
        return userText.length() <= ECHO_LIMIT ? userText : "…" + userText.substring(userText.length() - ECHO_LIMIT);
    }

    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        String[] words = text.split("(?<= )");
        StringBuilder chunk = new StringBuilder();
        for (String word : words) {
            chunk.append(word);
            if (chunk.length() >= 12) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }
}
