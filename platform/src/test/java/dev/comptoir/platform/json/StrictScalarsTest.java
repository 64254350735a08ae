package dev.comptoir.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

class StrictScalarsTest {
    private final ObjectMapper json = strict();

    record Count(Integer quantity, Long amount) {
    }

    @Test
    void fractionsAndFloatLiteralsAreNotIntegers() {
        for (String quantity : new String[] {"1.5", "1.9", "1e2", "-0.0"}) {
            assertThrows(MismatchedInputException.class,
                    () -> json.readValue("{\"quantity\":" + quantity + "}", Count.class), quantity);
        }
    }

    @Test
    void aNumberInAStringIsNotANumber() {
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"quantity\":\"3\"}", Count.class));
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"amount\":\"3\"}", Count.class));
    }

    @Test
    void integersAreReadAsWritten() throws Exception {
        assertEquals(new Count(3, 9_007_199_254_740_993L),
                json.readValue("{\"quantity\":3,\"amount\":9007199254740993}", Count.class));
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictScalars().customize(mapper);
        return mapper;
    }
}
