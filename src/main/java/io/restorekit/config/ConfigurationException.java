package io.restorekit.config;

/** A setting the kit cannot work with; its message is the one line the user sees. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message says it all; a stack trace would only bury it
    }
}
