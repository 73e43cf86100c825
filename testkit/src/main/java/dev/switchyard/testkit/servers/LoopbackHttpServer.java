package dev.switchyard.testkit.servers;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The JDK's HTTP server on loopback, for the simulators, with Nagle's algorithm off as real HTTP servers
 * have it: the JDK server leaves it on unless {@code sun.net.httpserver.nodelay} is set before its first
 * use, and then every small write after the first waits for the peer's delayed ACK (up to 40 ms per
 * reply on a kept-alive connection).
 */
public final class LoopbackHttpServer {

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private LoopbackHttpServer() {
    }

    /** Bound, not started. Port 0 lets the kernel choose. */
    public static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }
}
