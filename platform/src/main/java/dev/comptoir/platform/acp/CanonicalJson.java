package dev.comptoir.platform.acp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.comptoir.platform.text.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A digest of a request body that ignores what does not change its meaning: key order, white space, and how a
 * number is written ({@code 1}, {@code 1.0} and {@code 1e0} are the same). A body that is not one JSON value is
 * taken as bytes.
 * <p>
 * The body is read as a stream of tokens, never as a tree: each value is reduced to a SHA-256 digest as soon as it
 * ends (an object's from its members' digests in key order, an array's from its elements' in order), so the memory
 * a body needs is a digest per member of the objects open at a time, not a node per value.
 */
public final class CanonicalJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte OBJECT = 'o';
    private static final byte ARRAY = 'a';
    private static final byte STRING = 's';
    private static final byte NUMBER = 'n';
    private static final byte LITERAL = 'l';
    private static final byte RAW = 'r';

    private CanonicalJson() {
    }

    public static byte[] digest(String body) {
        if (body == null || body.isBlank()) {
            return new Walker(null).sha256(0, RAW, new byte[0]);
        }
        try (JsonParser parser = JSON.createParser(body)) {
            byte[] digest = new Walker(parser).value(0, parser.nextToken());
            if (parser.nextToken() == null) {
                return digest;
            }
        } catch (IOException notJson) {
            // Falls through: compared as text.
        }
        return new Walker(null).sha256(0, RAW, body.getBytes(StandardCharsets.UTF_8));
    }

    /** One pass over a body, with one reusable digest per nesting level. */
    private static final class Walker {
        private final JsonParser parser;
        private final List<MessageDigest> digests = new ArrayList<>();

        Walker(JsonParser parser) {
            this.parser = parser;
        }

        byte[] value(int depth, JsonToken token) throws IOException {
            if (token == null) {
                throw new IOException("Unexpected end of input");
            }
            return switch (token) {
                case START_OBJECT -> object(depth);
                case START_ARRAY -> array(depth);
                case VALUE_STRING -> sha256(depth, STRING, parser.getText().getBytes(StandardCharsets.UTF_8));
                // toString, not toPlainString: 1e999999999 must stay a dozen characters, not a billion.
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sha256(depth, NUMBER, parser.getDecimalValue()
                        .stripTrailingZeros().toString().getBytes(StandardCharsets.US_ASCII));
                case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> sha256(depth, LITERAL,
                        parser.getText().getBytes(StandardCharsets.US_ASCII));
                default -> throw new IOException("Unexpected " + token);
            };
        }

        /** The digest of the members, each the digest of its name then the digest of its value, in byte order. */
        private byte[] object(int depth) throws IOException {
            List<byte[]> members = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    throw new IOException("Unexpected " + token);
                }
                byte[] member = new byte[64];
                byte[] name = sha256(depth + 1, STRING, parser.currentName().getBytes(StandardCharsets.UTF_8));
                System.arraycopy(name, 0, member, 0, 32);
                System.arraycopy(value(depth + 1, parser.nextToken()), 0, member, 32, 32);
                members.add(member);
            }
            members.sort(Arrays::compareUnsigned);
            MessageDigest digest = at(depth);
            digest.update(OBJECT);
            members.forEach(digest::update);
            return digest.digest();
        }

        private byte[] array(int depth) throws IOException {
            MessageDigest digest = at(depth);
            digest.update(ARRAY);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                digest.update(value(depth + 1, token));
            }
            return digest.digest();
        }

        byte[] sha256(int depth, byte type, byte[] content) {
            MessageDigest digest = at(depth);
            digest.update(type);
            return digest.digest(content);
        }

        /** The digest of this nesting level: the values inside a value are digested one level deeper. */
        private MessageDigest at(int depth) {
            while (digests.size() <= depth) {
                digests.add(Sha256.newDigest());
            }
            return digests.get(depth);
        }
    }
}
