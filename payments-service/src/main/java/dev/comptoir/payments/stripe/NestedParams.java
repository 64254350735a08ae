package dev.comptoir.payments.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form parameters named by their bracket path ({@code payment_method_options[card][three_d_secure][version]}),
 * gathered into the nested maps that stripe-java's extra parameters take and encode back into that path. It carries
 * what stripe-java has no typed setter for.
 */
final class NestedParams {
    private static final Pattern PATH = Pattern.compile("[^\\[\\]]+(\\[[^\\[\\]]+\\])*");
    private static final Pattern KEY = Pattern.compile("[^\\[\\]]+");

    private final Map<String, Object> root = new LinkedHashMap<>();

    /** The keys of a bracket path, outermost first: {@code a[b][c]} is a, b, c. */
    static List<String> keys(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a form parameter path (name[key][key]...): " + path);
        }
        List<String> keys = new ArrayList<>();
        Matcher key = KEY.matcher(path);
        while (key.find()) {
            keys.add(key.group());
        }
        return keys;
    }

    /** Sets the parameter at {@code path}; a null value is left out. */
    @SuppressWarnings("unchecked")
    NestedParams put(String path, String value) {
        if (value == null) {
            return this;
        }
        List<String> keys = keys(path);
        Map<String, Object> map = root;
        for (String key : keys.subList(0, keys.size() - 1)) {
            Object child = map.computeIfAbsent(key, absent -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map)) {
                throw new IllegalArgumentException(path + " goes through the value of " + key);
            }
            map = (Map<String, Object>) child;
        }
        String last = keys.get(keys.size() - 1);
        if (map.get(last) instanceof Map) {
            throw new IllegalArgumentException(path + " would replace the parameters under it");
        }
        map.put(last, value);
        return this;
    }

    Map<String, Object> asMap() {
        return root;
    }
}
