package dev.comptoir.platform.errors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A number is read as written: a fraction or a float literal ({@code 1.5}, {@code 1e2}, {@code -0.0}) is not an
 * integer, and a string ({@code "3"}) is not a number. Jackson would otherwise truncate 1.9 to 1 and read "3" as 3,
 * quietly accepting a quantity or an amount the client did not mean.
 */
@Singleton
public class StrictJsonNumbers implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        objectMapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String,
                CoercionAction.Fail);
        objectMapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
}
