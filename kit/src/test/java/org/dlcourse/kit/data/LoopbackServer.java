package org.dlcourse.kit.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on the loopback address serving fixed files, standing in for the data set's web location; it
 * answers 404 for any other path and counts the requests.
 */
final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves {@code content} at {@code /data/name}. */
    LoopbackServer serve(String name, byte[] content) {
        files.put("/data/" + name, content);
        return this;
    }

    /** The base URL of the served files. */
    URI base() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/data/");
    }

    /** The number of requests answered so far. */
    int requests() {
        return requests.get();
    }

    /** A base URL on the loopback address where nothing listens: a port that was free a moment ago. */
    static URI unreachable() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create(
                    "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort() + "/data/");
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] content = files.get(exchange.getRequestURI().getPath());
        try (exchange; OutputStream body = exchange.getResponseBody()) {
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, content.length);
                body.write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
