package dev.switchyard.bench.gatewayapi;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's Redis round trips as Lettuce's Micrometer recorder publishes them on {@code /metrics}
 * ({@code lettuce_command_completion_seconds}: command sent → answer received): counts by command, and
 * the latency histogram summed over commands. Differences of two readings give a window.
 */
record RedisTraffic(Map<String, Long> countByCommand, Map<Double, Long> cumulativeByUpperBound) {

    private static final String METRIC = "lettuce_command_completion_seconds";
    private static final Pattern COUNT = Pattern.compile(METRIC + "_count\\{.*command=\"([A-Z]+)\".*} ([0-9.eE+]+)");
    private static final Pattern BUCKET = Pattern.compile(METRIC + "_bucket\\{.*le=\"([^\"]+)\".*} ([0-9.eE+]+)");

    static RedisTraffic parse(String metrics) {
        Map<String, Long> counts = new TreeMap<>();
        Map<Double, Long> buckets = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            Matcher count = COUNT.matcher(line);
            if (count.matches()) {
                counts.merge(count.group(1), (long) Double.parseDouble(count.group(2)), Long::sum);
                continue;
            }
            Matcher bucket = BUCKET.matcher(line);
            if (bucket.matches()) {
                double bound = "+Inf".equals(bucket.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1));
                buckets.merge(bound, (long) Double.parseDouble(bucket.group(2)), Long::sum);
            }
        }
        return new RedisTraffic(counts, buckets);
    }

    RedisTraffic minus(RedisTraffic earlier) {
        Map<String, Long> counts = new TreeMap<>();
        countByCommand.forEach((command, count) -> {
            long delta = count - earlier.countByCommand.getOrDefault(command, 0L);
            if (delta > 0) {
                counts.put(command, delta);
            }
        });
        Map<Double, Long> buckets = new TreeMap<>();
        cumulativeByUpperBound.forEach((bound, count) -> buckets.put(bound, count - earlier.cumulativeByUpperBound.getOrDefault(bound, 0L)));
        return new RedisTraffic(counts, buckets);
    }

    long total() {
        return countByCommand.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The upper bound (ms) of the histogram bucket that holds the percentile: the true value is at most that. */
    double percentileAtMostMs(double percentile) {
        long total = total();
        for (Map.Entry<Double, Long> bucket : cumulativeByUpperBound.entrySet()) {
            if (bucket.getValue() >= Math.ceil(total * percentile / 100.0)) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }
}
