package dev.switchyard.testkit.dev;

import java.util.Map;

/**
 * An area's local stand-in for an upstream that the environment does not configure (the dev run's
 * "Kiro upstream with one demo account", …). Found with {@link java.util.ServiceLoader}, so the dev
 * launcher depends on no feature and each area brings its own.
 */
public interface DevSimulator extends AutoCloseable {

    /**
     * Starts the simulator unless {@code environment} already names the real upstream.
     *
     * @return the variables that point the app at it (dev defaults: the user's environment still wins);
     *         empty when it did not start
     */
    Map<String, String> startUnlessConfigured(Map<String, String> environment);

    /** Once the app is ready: puts the demo data in through the app's own API. */
    void seed(DevApp app);

    @Override
    void close();
}
