package dev.comptoir.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates request bodies an honest client would never send, from a valid one: values of the wrong type, absurd
 * sizes and numbers, numbers in quotes or with decimals, strings that are slow to match (an e-mail pattern, a list of
 * language ranges), CR/LF, missing and unknown fields, broken JSON, deep nesting. Seeded: a failure can be replayed.
 */
public final class HostileBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
