package io.restorekit.report;

/**
 * What one scenario sent: {@code sent} HTTP requests (retries included), of which {@code repeated} asked again what an
 * earlier request of the run had asked (same action and parameters, signature aside): answers a cached copy could serve.
 */
public record RequestCount(int sent, int repeated) {
    public static final RequestCount NONE = new RequestCount(0, 0);
}
