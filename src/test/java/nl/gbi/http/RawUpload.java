package nl.gbi.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An upload over a raw socket that sends its headers and part of its body, then stalls until told otherwise. */
final class RawUpload implements AutoCloseable {

    private final Socket socket;

    private RawUpload(Socket socket) {
        this.socket = socket;
    }

    /** Starts {@code POST path} declaring {@code declaredBytes} of body and sends only {@code partialBody}. */
    static RawUpload stall(int port, String path, String token, String contentType, long declaredBytes, String partialBody)
            throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) Duration.ofSeconds(20).toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + declaredBytes + "\r\n\r\n" + partialBody).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new RawUpload(socket);
    }

    /** Everything the server sends until it closes the connection (bounded by the socket timeout). */
    String readToClose() throws IOException {
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Hangs up mid-body: a reset instead of an orderly close when {@code reset}. */
    void hangUp(boolean reset) throws IOException {
        if (reset) {
            socket.setSoLinger(true, 0);
        }
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
