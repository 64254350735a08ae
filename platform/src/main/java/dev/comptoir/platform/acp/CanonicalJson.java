package dev.comptoir.platform.acp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.comptoir.platform.text.Sha256;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of a request body that ignores what does not change its meaning: key order, white space, and how a
 * number is written ({@code 1}, {@code 1.0} and {@code 1e0} are the same). A body that is not JSON is taken as bytes.
 */
public final class CanonicalJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(false));

    private CanonicalJson() {
    }

    public static String fingerprint(String body) {
        String canonical;
        try {
            canonical = body == null || body.isBlank() ? "" : canonical(JSON.readTree(body));
        } catch (JsonProcessingException notJson) {
            canonical = "raw:" + body;
        }
        return Sha256.hex(canonical);
    }

    static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) node).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), canonical(field.getValue()));
            }
            StringBuilder out = new StringBuilder("{");
            fields.forEach((key, value) -> out.append(JSON.getNodeFactory().textNode(key)).append(':').append(value)
                    .append(','));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(element -> out.append(canonical(element)).append(','));
            return out.append(']').toString();
        }
        if (node.isNumber()) {
            // toString, not toPlainString: 1e999999999 must stay a dozen characters, not a billion.
            return node.decimalValue().stripTrailingZeros().toString();
        }
        return node.toString();
    }
}
