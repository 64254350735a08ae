package dev.comptoir.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a raw request body (kept raw for idempotency fingerprints) as the expected JSON shape, or says why not. */
public final class JsonBody {
    private JsonBody() {
    }

    public static <T> T read(ObjectMapper objectMapper, String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ApiException(400, ApiError.invalidRequest("invalid_json", "A JSON body is required.", null));
        }
        try {
            T value = objectMapper.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, ApiError.invalidRequest("invalid_json", "A JSON object is required.",
                        null));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, ErrorMappers.unreadable(e));
        }
    }
}
