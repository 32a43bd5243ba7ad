package nl.gbi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a request body that arrives in pieces into records, without ever holding the body whole: either
 * the elements of one JSON array ({@link Framing#ARRAY}) or a sequence of JSON values, one per line
 * ({@link Framing#NDJSON}). Built on Jackson's non-blocking parser, so it never waits for input: feed it
 * what arrived, take the records that are complete. Malformed JSON is a {@link JsonParseException}.
 */
public final class JsonRecordStream {

    /** How records are framed in the body. */
    public enum Framing { ARRAY, NDJSON }

    private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

    private final Framing framing;
    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final Deque<JsonNode> open = new ArrayDeque<>();
    private String fieldName;
    private boolean arrayStarted;
    private boolean arrayEnded;

    public JsonRecordStream(Framing framing) {
        this.framing = framing;
        try {
            this.parser = Json.MAPPER.getFactory().createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    /** Feeds the next piece of the body and returns the records it completed, in order. */
    public List<JsonNode> feed(byte[] bytes) throws IOException {
        feeder.feedInput(bytes, 0, bytes.length);
        return drain();
    }

    /** Ends the body; fails when it stopped inside a record or (for an array) before the array closed. */
    public List<JsonNode> end() throws IOException {
        feeder.endOfInput();
        List<JsonNode> records = drain();
        if (!open.isEmpty() || (framing == Framing.ARRAY && !arrayEnded)) {
            throw new JsonParseException(parser, "Onverwacht einde van de JSON: de invoer is afgebroken");
        }
        return records;
    }

    private List<JsonNode> drain() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
            JsonNode complete = accept(token);
            if (complete != null) {
                records.add(complete);
            }
        }
        return records;
    }

    /** Takes one token; returns a record when the token completed one. */
    private JsonNode accept(JsonToken token) throws IOException {
        if (open.isEmpty() && framing == Framing.ARRAY && !arrayStarted) {
            if (token != JsonToken.START_ARRAY) {
                throw new JsonParseException(parser, "Verwacht een JSON-lijst van berekeningen (of NDJSON met Content-Type application/x-ndjson)");
            }
            arrayStarted = true;
            return null;
        }
        if (open.isEmpty() && framing == Framing.ARRAY && (arrayEnded || token == JsonToken.END_ARRAY)) {
            if (arrayEnded) {
                throw new JsonParseException(parser, "Na de lijst van berekeningen mag niets meer komen");
            }
            arrayEnded = true;
            return null;
        }
        switch (token) {
            case FIELD_NAME -> {
                fieldName = parser.currentName();
                return null;
            }
            case START_OBJECT -> {
                open.push(attach(NODES.objectNode()));
                return null;
            }
            case START_ARRAY -> {
                open.push(attach(NODES.arrayNode()));
                return null;
            }
            case END_OBJECT, END_ARRAY -> {
                JsonNode closed = open.pop();
                return open.isEmpty() ? closed : null;
            }
            default -> {
                JsonNode scalar = attach(scalar(token));
                return open.isEmpty() ? scalar : null;
            }
        }
    }

    private JsonNode attach(JsonNode node) {
        JsonNode parent = open.peek();
        if (parent instanceof ObjectNode object) {
            object.set(fieldName, node);
        } else if (parent instanceof ArrayNode array) {
            array.add(node);
        }
        return node;
    }

    private JsonNode scalar(JsonToken token) throws IOException {
        try {
            return scalarValue(token);
        } catch (NumberFormatException | ArithmeticException unreadable) {
            // a number such as 1e2147483648 that no BigDecimal holds: malformed input, not an engine fault
            throw new JsonParseException(parser, "Dit getal is niet te lezen");
        }
    }

    private JsonNode scalarValue(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Onverwacht JSON-element " + token);
        };
    }
}
