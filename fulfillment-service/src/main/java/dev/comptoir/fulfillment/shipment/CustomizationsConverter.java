package dev.comptoir.fulfillment.shipment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;

/** A line's customizations (field id to value) as one JSON column: they are read and written only as a whole. */
@Converter
public class CustomizationsConverter implements AttributeConverter<Map<String, String>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> customizations) {
        try {
            return JSON.writeValueAsString(customizations == null ? Map.of() : new TreeMap<>(customizations));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Customizations cannot be written as JSON", e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored customizations are not JSON: " + json, e);
        }
    }
}
