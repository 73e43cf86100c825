package dev.switchyard.bench.gatewayapi;

import dev.switchyard.testkit.servers.NginxServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * nginx as a plain reverse proxy in front of the Kiro simulator (unbuffered, kept-alive upstream
 * connections): the baseline of product.md's "TTFB within 1 ms of a plain nginx proxy hop".
 */
final class PlainProxyHop {

    private PlainProxyHop() {
    }

    /** Started, or null when nginx is not installed. */
    static NginxServer startInFrontOf(int simulatorPort) {
        if (!NginxServer.isInstalled()) {
            return null;
        }
        try (InputStream template = PlainProxyHop.class.getResourceAsStream("/plain-proxy-nginx.conf")) {
            Path conf = Files.createTempFile("plain-proxy-", ".conf");
            Files.write(conf, template.readAllBytes());
            return NginxServer.start(conf, simulatorPort, Files.createTempDirectory("plain-proxy-"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the plain proxy's nginx configuration", e);
        }
    }
}
