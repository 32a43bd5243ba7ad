package nl.gbi.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.gbi.domain.Fout;

/** RFC 9457 problem details as the contract shapes them: {@code type, title, status, detail[, fouten]}. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static ObjectNode problem(int status, String title, String detail) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "about:blank");
        node.put("title", title);
        node.put("status", status);
        node.put("detail", detail);
        return node;
    }

    /** A 400 listing every violation at once. */
    public static ObjectNode validation(String detail, List<Fout> fouten) {
        ObjectNode node = problem(400, "Ongeldige invoer", detail);
        node.set("fouten", fouten(fouten));
        return node;
    }

    public static ArrayNode fouten(List<Fout> fouten) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Fout fout : fouten) {
            array.addObject().put("veld", fout.veld()).put("code", fout.code()).put("melding", fout.melding());
        }
        return array;
    }
}
