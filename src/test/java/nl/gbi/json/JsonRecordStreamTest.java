package nl.gbi.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRecordStreamTest {

    private static final String ARRAY = "[{\"a\":1,\"b\":[1,{\"c\":\"é\"}]}, {\"a\":450.00}, \"x\", null]";
    private static final String NDJSON = "{\"a\":1}\n{\"a\":450.00,\"b\":{\"c\":[]}}\n\n{\"a\":\"ü\"}\n";

    @Test
    void arrayElementsAreRecordsAndDecimalsKeepTheirScale() throws IOException {
        List<JsonNode> records = readAll(JsonRecordStream.Framing.ARRAY, ARRAY, Integer.MAX_VALUE);
        assertEquals(4, records.size());
        assertEquals("é", records.get(0).get("b").get(1).get("c").textValue());
        assertEquals(new BigDecimal("450.00"), records.get(1).get("a").decimalValue());
        assertEquals("450.00", records.get(1).get("a").toString());
        assertEquals("x", records.get(2).textValue());
    }

    /** Pieces may end anywhere: inside a key, a number, a multi-byte character. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64})
    void recordsSurviveAnySplitOfTheBody(int pieceSize) throws IOException {
        assertEquals(readAll(JsonRecordStream.Framing.ARRAY, ARRAY, Integer.MAX_VALUE).toString(),
                readAll(JsonRecordStream.Framing.ARRAY, ARRAY, pieceSize).toString());
        List<JsonNode> lines = readAll(JsonRecordStream.Framing.NDJSON, NDJSON, pieceSize);
        assertEquals(3, lines.size());
        assertEquals("ü", lines.get(2).get("a").textValue());
    }

    @Test
    void malformedBodiesAreRefused() {
        assertThrows(JsonParseException.class, () -> readAll(JsonRecordStream.Framing.ARRAY, "[{\"a\":}]", 5));
        assertThrows(JsonParseException.class, () -> readAll(JsonRecordStream.Framing.ARRAY, "[{\"a\":1}", 5));
        assertThrows(JsonParseException.class, () -> readAll(JsonRecordStream.Framing.ARRAY, "{\"a\":1}", 5));
        assertThrows(JsonParseException.class, () -> readAll(JsonRecordStream.Framing.ARRAY, "[] []", 5));
        assertThrows(JsonParseException.class, () -> readAll(JsonRecordStream.Framing.NDJSON, "{\"a\":1}\n{\"a\":", 5));
        assertThrows(JsonParseException.class, () -> readAll(JsonRecordStream.Framing.NDJSON, "{\"a\":NaN}", 5));
        assertThrows(IOException.class, () -> readAll(JsonRecordStream.Framing.NDJSON, "{\"a\":1,\"a\":2}", 5));
    }

    @Test
    void anEmptyArrayHasNoRecords() throws IOException {
        assertEquals(List.of(), readAll(JsonRecordStream.Framing.ARRAY, " [ ] ", 1));
    }

    private static List<JsonNode> readAll(JsonRecordStream.Framing framing, String body, int pieceSize) throws IOException {
        JsonRecordStream stream = new JsonRecordStream(framing);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<JsonNode> records = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += pieceSize) {
            records.addAll(stream.feed(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + pieceSize))));
        }
        records.addAll(stream.end());
        return records;
    }
}
