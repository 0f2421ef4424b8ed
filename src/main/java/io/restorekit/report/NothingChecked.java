package io.restorekit.report;

/** A run that ran no scenario (its tag filter matched none): it fails, with this one line, rather than pass. */
public final class NothingChecked extends RuntimeException {
    public NothingChecked(String message) {
        super(message, null, false, false);
    }
}
