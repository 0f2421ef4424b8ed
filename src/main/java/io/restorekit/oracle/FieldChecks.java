package io.restorekit.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;

/** Checks of single field values that a schema keyword alone cannot state. */
public final class FieldChecks {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Both units are judged inside 2000-01-01 … 2100-01-01: the ranges cannot overlap. */
    private static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

    private FieldChecks() {
    }

    /** Empty when {@code value} is an integer timestamp in {@code unit} ("seconds"/"milliseconds"); else why not. */
    public static Optional<String> timestampProblem(JsonNode value, String unit) {
        if (!value.isIntegralNumber()) {
            return Optional.of("is " + value + ", not an integer timestamp");
        }
        long v = value.asLong();
        long scale = switch (unit) {
            case "seconds" -> 1;
            case "milliseconds" -> 1000;
            default -> throw new IllegalArgumentException("unknown timestamp unit " + unit);
        };
        if (v >= FROM * scale && v < TO * scale) {
            return Optional.empty();
        }
        String guess = v >= FROM * 1000 && v < TO * 1000 ? " — that counts milliseconds"
                : v >= FROM && v < TO ? " — that counts seconds" : "";
        return Optional.of("is " + v + ", not a time in " + unit + " between 2000 and 2100" + guess);
    }

    /** Empty when {@code value} is a string holding JSON; else why not. */
    public static Optional<String> embeddedJsonProblem(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.of("is " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a string");
        }
        try {
            MAPPER.readTree(value.asText());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("does not parse as JSON (" + e.getOriginalMessage() + "): " + value.asText());
        }
    }

    /** Empty when {@code value} is an integer within {@code low} … {@code high} (both kept); else why not. */
    public static Optional<String> rangeProblem(JsonNode value, long low, long high) {
        return value.isIntegralNumber() && value.asLong() >= low && value.asLong() <= high
                ? Optional.empty() : Optional.of("is " + value + ", outside " + low + " … " + high);
    }

    /** Whether {@code value} is the integer {@code expected}. */
    public static boolean isInteger(JsonNode value, long expected) {
        return value.isIntegralNumber() && value.asLong() == expected;
    }

    /** Whether {@code value} is an integer multiple of {@code unit}. */
    public static boolean isMultipleOf(JsonNode value, long unit) {
        return value.isIntegralNumber() && value.asLong() % unit == 0;
    }
}
