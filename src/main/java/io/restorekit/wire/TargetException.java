package io.restorekit.wire;

/** The target did not give a usable HTTP answer; the message is one line naming what and where. */
public class TargetException extends RuntimeException {
    private final transient HttpExchange exchange;

    public TargetException(String message, HttpExchange exchange) {
        super(message);
        this.exchange = exchange;
    }

    public HttpExchange exchange() {
        return exchange;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // one clear line is the whole story; the exchange holds the details
    }
}
