package nl.gbi.http;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpMessage;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.http.impl.VertxHttpRequestDecoder;
import nl.gbi.json.Problems;

/**
 * Refuses a request that names its body length twice, with both {@code Content-Length} and
 * {@code Transfer-Encoding} (RFC 9112 §6.1: the classic request-smuggling desync): 400 and the connection
 * closed. Netty would quietly drop the Content-Length and read the body as chunked, keeping the connection
 * open, so each connection gets a decoder that marks such a request invalid instead; Vert.x then hands it
 * to {@link #refuse} rather than the router, and closes the connection once the answer is written.
 */
final class RequestFraming {

    private static final String DECODER = "httpDecoder";

    private RequestFraming() {
    }

    /**
     * Swaps the connection's request decoder for the strict one. Uses Vert.x internals (the pipeline's
     * handler name and decoder class); {@code HttpHygieneTest} fails if an upgrade moves them.
     */
    static void install(HttpConnection connection, HttpServerOptions options) {
        if (connection instanceof HttpServerConnection server) {
            ChannelPipeline pipeline = server.channelHandlerContext().pipeline();
            if (pipeline.get(DECODER) instanceof VertxHttpRequestDecoder && !(pipeline.get(DECODER) instanceof Strict)) {
                pipeline.replace(DECODER, DECODER, new Strict(options));
            }
        }
    }

    /** Both headers visible to the router: a Transfer-Encoding other than chunked beside a Content-Length. */
    static boolean isAmbiguous(HttpServerRequest request) {
        return request.headers().contains("Content-Length") && request.headers().contains("Transfer-Encoding");
    }

    /** The answer to a request the decoder found invalid (this one, or any malformed request line or header). */
    static void refuse(HttpServerRequest request) {
        Throwable cause = request.decoderResult() == null ? null : request.decoderResult().cause();
        String detail = cause instanceof Ambiguous || isAmbiguous(request)
                ? "Een verzoek met zowel Content-Length als Transfer-Encoding wordt geweigerd; stuur er een van beide"
                : "Het HTTP-verzoek is onleesbaar";
        SecurityHeaders.apply(request.response());
        request.response().setStatusCode(400).putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Problems.problem(400, "Ongeldig verzoek", detail).toString())
                .onComplete(written -> request.connection().close());
    }

    /** Netty's decoder as Vert.x configures it, except that a request with both length headers is invalid. */
    private static final class Strict extends VertxHttpRequestDecoder {
        Strict(HttpServerOptions options) {
            super(options);
        }

        @Override
        protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
            super.handleTransferEncodingChunkedWithContentLength(message);
            message.setDecoderResult(DecoderResult.failure(new Ambiguous()));
        }
    }

    private static final class Ambiguous extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Ambiguous() {
            super("Content-Length and Transfer-Encoding");
        }
    }
}
