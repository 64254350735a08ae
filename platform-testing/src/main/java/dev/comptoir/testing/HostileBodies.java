package dev.comptoir.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates request bodies an honest client would never send, from a valid one: values of the wrong type, absurd
 * sizes and numbers, numbers in quotes or with decimals, strings that are slow to match (an e-mail pattern, a list of
 * language ranges), CR/LF, missing and unknown fields, broken JSON, deep nesting. Seeded: a failure can be replayed.
 * {@link #everyField} and {@link #sized} are systematic: every string field gets every {@link #PATHOLOGICAL_STRINGS
 * pathological string}, every number every {@link #edgeNumbers edge}, and the whole body goes up to the size limit.
 */
public final class HostileBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Non-ASCII as JSON escapes: an unpaired surrogate reaches the server as such, not as a UTF-8 '?'. */
    private static final ObjectMapper ESCAPING = new ObjectMapper()
            .configure(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);

    /**
     * Strings that have hurt real services, by name. Those marked {@code mustRefuse} exceed every field limit or cannot
     * be stored (a NUL); the others may be legitimate text somewhere and must only be handled without harm.
     */
    public static final List<Pathological> PATHOLOGICAL_STRINGS = List.of(
            new Pathological("e-mail pattern backtracking", "a@" + ".".repeat(50_000) + " ", true),
            new Pathological("100k characters", "x".repeat(100_000), true),
            new Pathological("100k-item language range list", "en;q=0.5,".repeat(11_200), true),
            new Pathological("long unicode (30k emoji)", "\ud83d\ude00".repeat(30_000), true),
            new Pathological("10k combining marks", "e" + "\u0301".repeat(10_000), true),
            new Pathological("NUL", "a\u0000b", true),
            new Pathological("CR/LF header injection", "a@example.com\r\nBcc: victim@example.com", false),
            new Pathological("unpaired surrogates", "\ud800x\udfff", false),
            new Pathological("RTL override", "\u202egpj.exe", false),
            new Pathological("percent-encoded NUL", "abc%00def", false),
            new Pathological("SQL", "' OR 1=1; DROP TABLE orders; --", false),
            new Pathological("HTML", "<script>alert(1)</script><img src=x onerror=alert(1)>", false),
            new Pathological("zero-width and BOM", "\u200b\u200d\ufeff", false),
            new Pathological("blank", " \t ", false),
            new Pathological("empty", "", false));

    /** A named hostile string; {@code mustRefuse} when no field of any API may accept it. */
    public record Pathological(String name, String value, boolean mustRefuse) {
    }

    /** One hostile request body, named after what is wrong with it, and whether every API must refuse it. */
    public record Case(String name, String body, boolean mustRefuse) {
    }

    private HostileBodies() {
    }

    /** A hostile variant of {@code validBody}, a JSON object. */
    public static String next(Random random, String validBody) {
        try {
            return switch (random.nextInt(8)) {
                case 0 -> brokenJson(random, validBody);
                case 1 -> JSON.writeValueAsString(topLevelOfAnotherKind(random));
                case 2 -> "[".repeat(5000);
                default -> JSON.writeValueAsString(mutate(random, JSON.readTree(validBody)));
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} seeded {@link #next} variants of {@code validBody}, each named after its seed and index. */
    public static List<Case> random(long seed, int count, String validBody) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(new Case("random case " + i + " of seed " + seed, next(random, validBody), false));
        }
        return cases;
    }

    /**
     * For each string field of {@code validBody} in turn, every pathological string; for each number, every edge
     * number. A field inside an array is reached through its index ({@code $.line_items[0].id}).
     */
    public static List<Case> everyField(String validBody) {
        JsonNode valid = read(validBody);
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        leaves(valid, "$", leaves);
        List<Case> cases = new ArrayList<>();
        leaves.forEach((path, value) -> {
            if (value.isTextual()) {
                for (Pathological string : PATHOLOGICAL_STRINGS) {
                    cases.add(new Case(path + " = " + string.name(),
                            write(replaced(valid, path, NODES.textNode(string.value()))), string.mustRefuse()));
                }
            } else if (value.isNumber()) {
                edgeNumbers(value.isIntegralNumber()).forEach((name, edge) -> cases.add(new Case(path + " = " + name,
                        write(replaced(valid, path, edge.value())), edge.mustRefuse())));
            }
        });
        return cases;
    }

    /** A number at an edge; {@code mustRefuse} when no count, amount or limit of ours may take it. */
    public record Edge(JsonNode value, boolean mustRefuse) {
    }

    /**
     * Numbers at every edge. For an integer field, a fraction, a float literal or a number in a string is refused
     * (Jackson would otherwise truncate 1.5 to 1 and read "3" as 3); beyond 2^53 a JavaScript client loses precision,
     * and every count, amount and limit of ours is far below.
     */
    public static Map<String, Edge> edgeNumbers(boolean integerField) {
        Map<String, Edge> edges = new LinkedHashMap<>();
        edges.put("0", new Edge(NODES.numberNode(0), false));
        edges.put("-1", new Edge(NODES.numberNode(-1), true));
        edges.put("Long.MAX_VALUE", new Edge(NODES.numberNode(Long.MAX_VALUE), true));
        edges.put("Long.MIN_VALUE", new Edge(NODES.numberNode(Long.MIN_VALUE), true));
        edges.put("2^53+1", new Edge(NODES.numberNode(BigInteger.TWO.pow(53).add(BigInteger.ONE)), true));
        edges.put("2^64", new Edge(NODES.numberNode(BigInteger.TWO.pow(64)), true));
        edges.put("1e400", new Edge(NODES.numberNode(new BigDecimal("1e400")), true));
        edges.put("1.5", new Edge(NODES.numberNode(new BigDecimal("1.5")), integerField));
        edges.put("1e2", new Edge(NODES.numberNode(new BigDecimal("1e2")), integerField));
        edges.put("-0.0", new Edge(NODES.numberNode(-0.0), integerField));
        edges.put("\"3\" (a string)", new Edge(NODES.textNode("3"), true));
        return edges;
    }

    /**
     * Whole bodies around {@code limitBytes}, the service's request-body limit: the valid body padded with an unknown
     * field to 1 KiB under the limit, an array of empty objects as large (each costs a parser far more than its two
     * bytes), and the valid body padded to 1 KiB over the limit, which must be refused.
     */
    public static List<Case> sized(String validBody, long limitBytes) {
        int under = (int) Math.min(Integer.MAX_VALUE - 16, limitBytes - 1024);
        int over = (int) Math.min(Integer.MAX_VALUE - 16, limitBytes + 1024);
        return List.of(
                new Case("valid body padded to limit - 1 KiB (" + under + " bytes)", padded(validBody, under), false),
                new Case("[{},{},…] of limit - 1 KiB", emptyObjects(under), true),
                new Case("valid body padded to limit + 1 KiB (" + over + " bytes)", padded(validBody, over), true));
    }

    private static String padded(String validBody, int bytes) {
        String head = validBody.substring(0, validBody.lastIndexOf('}'));
        String separator = head.strip().endsWith("{") ? "" : ",";
        String prefix = head + separator + "\"padding\":\"";
        return prefix + "x".repeat(Math.max(0, bytes - prefix.length() - 2)) + "\"}";
    }

    private static String emptyObjects(int bytes) {
        StringBuilder body = new StringBuilder(bytes).append('[');
        while (body.length() < bytes - 4) {
            body.append("{},");
        }
        return body.append("{}]").toString();
    }

    private static void leaves(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> leaves(field.getValue(), path + "." + field.getKey(), leaves));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                leaves(array.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    /** A copy of {@code root} with the value at {@code path} (as {@link #leaves} names it) replaced. */
    private static JsonNode replaced(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode container = copy;
        List<String> steps = new ArrayList<>(List.of(path.substring(1).replace("[", ".[").split("\\.")));
        steps.removeIf(String::isEmpty);
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.startsWith("[")) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                if (last) {
                    ((ArrayNode) container).set(index, value);
                } else {
                    container = container.get(index);
                }
            } else if (last) {
                ((ObjectNode) container).set(step, value);
            } else {
                container = container.get(step);
            }
        }
        return copy;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return ESCAPING.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String brokenJson(Random random, String valid) {
        return switch (random.nextInt(4)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> valid.replace('"', '\'');
            case 2 -> "";
            default -> "\u0000\u00ff{\"\ud83d\ude00\":";
        };
    }

    private static JsonNode topLevelOfAnotherKind(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.arrayNode().add(1);
            case 1 -> NODES.textNode("checkout");
            case 2 -> NODES.numberNode(42);
            default -> NODES.nullNode();
        };
    }

    private static JsonNode mutate(Random random, JsonNode root) {
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            List<ContainerSlot> slots = new ArrayList<>();
            collect(root, slots);
            ContainerSlot slot = slots.get(random.nextInt(slots.size()));
            switch (random.nextInt(3)) {
                case 0 -> slot.set(hostileValue(random));
                case 1 -> slot.remove();
                default -> slot.addUnknown(hostileValue(random));
            }
        }
        return root;
    }

    private static JsonNode hostileValue(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("x".repeat(10_000 + random.nextInt(100_000)));
            case 2 -> NODES.numberNode(Long.MAX_VALUE);
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(new BigDecimal("1e400"));
            case 5 -> NODES.numberNode(0.5);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.arrayNode().add("a").add(NODES.objectNode());
            case 8 -> NODES.objectNode().put("id", "mug-black");
            case 9 -> NODES.textNode("\u0000\u202e\ud83d\ude00<script>alert(1)</script>' OR 1=1 --");
            case 10 -> NODES.textNode("");
            case 11 -> NODES.textNode("$.line_items[0]");
            case 12 -> NODES.numberNode(Integer.MIN_VALUE);
            case 13 -> NODES.textNode("a@" + ".".repeat(20_000 + random.nextInt(200_000)) + " ");
            case 14 -> NODES.textNode("de;q=0.1,".repeat(5_000 + random.nextInt(20_000)));
            case 15 -> NODES.textNode("ada@example.com\r\nBcc: all@example.com");
            case 16 -> NODES.numberNode(new BigDecimal("1.9"));
            case 17 -> NODES.textNode("3");
            case 18 -> NODES.numberNode(new BigDecimal("1e2"));
            default -> deep(100 + random.nextInt(800));
        };
    }

    private static JsonNode deep(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < depth; i++) {
            ArrayNode next = NODES.arrayNode();
            current.add(next);
            current = next;
        }
        return root;
    }

    private static void collect(JsonNode node, List<ContainerSlot> slots) {
        if (node instanceof ObjectNode object) {
            slots.add(new ContainerSlot(object, null, -1));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new ContainerSlot(object, name, -1));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new ContainerSlot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    /** A place in the tree: a field of an object, an element of an array, or an object to add a field to. */
    private record ContainerSlot(JsonNode container, String field, int index) {
        void set(JsonNode value) {
            if (container instanceof ObjectNode object && field != null) {
                object.set(field, value);
            } else if (container instanceof ArrayNode array && index >= 0) {
                array.set(index, value);
            } else {
                addUnknown(value);
            }
        }

        void remove() {
            if (container instanceof ObjectNode object && field != null) {
                object.remove(field);
            } else if (container instanceof ArrayNode array && index >= 0) {
                array.remove(index);
            }
        }

        void addUnknown(JsonNode value) {
            if (container instanceof ObjectNode object) {
                object.set("unexpected_" + Math.abs(value.hashCode() % 1000), value);
            } else if (container instanceof ArrayNode array) {
                array.add(value);
            }
        }
    }
}
