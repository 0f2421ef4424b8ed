package io.restorekit.oracle;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * The one seed every choice of a run derives from: the same seed against the same data sends the same requests, so
 * a run can be repeated and a recording replayed. Each choice is a pure function of the seed and its label (never of
 * the order in which parallel scenarios ask), so parallel runs choose alike.
 *
 * <p>Today the seeded choices are the ClientTokens; the picked filter values ({@link ValuePicker}) and the generated
 * request cases ({@link RequestCaseGenerator}) are functions of the target's data and of the schema alone.
 */
public record RunSeed(long value) {
    private static final SecureRandom FRESH = new SecureRandom();

    /** A seed for a run that names none: different each run, printed so the run can be repeated. */
    public static RunSeed fresh() {
        // Non-negative, so it reads and types back easily.
        return new RunSeed(FRESH.nextLong() & Long.MAX_VALUE);
    }

    /** A ClientToken for the choice called {@code label}: {@code kit-<label>-<16 hex digits>}, at most 64 characters. */
    public String clientToken(String label) {
        String token = "kit-" + label + "-" + String.format("%016x", derive(label));
        return token.length() <= 64 ? token : token.substring(token.length() - 64);
    }

    /** A number for the choice called {@code label}: fixed by the seed and the label alone. */
    public long derive(String label) {
        // String.hashCode is specified, so the same on every JVM.
        return new SplittableRandom(value ^ ((long) label.hashCode() << 32 | (label.length() & 0xffffffffL))).nextLong();
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
