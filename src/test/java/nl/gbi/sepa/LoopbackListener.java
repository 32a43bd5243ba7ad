package nl.gbi.sepa;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that a hostile bank file points at. It records every request and answers each
 * with something a parser would gladly use (an entity declaration), so a parser that reaches out is seen.
 * Tests assert that it received nothing at all.
 */
public final class LoopbackListener implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LoopbackListener(HttpServer server) {
        this.server = server;
    }

    public static LoopbackListener start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackListener listener = new LoopbackListener(server);
            server.createContext("/", exchange -> {
                listener.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = "<!ENTITY leaked 'fetched'>".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return listener;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:port/what}: a URL a test puts in a file; the path says which variant asked. */
    public String url(String what) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + what;
    }

    /** Every request received so far, as "METHOD /path". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
