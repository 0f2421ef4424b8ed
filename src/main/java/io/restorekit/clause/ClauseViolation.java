package io.restorekit.clause;

import io.restorekit.wire.RpcResponse;

/**
 * A documented clause the target broke: which clause, what was expected and what came, the request that
 * was sent and the relevant part of the answer — a sentence about the docs, not a stack trace.
 */
public class ClauseViolation extends AssertionError {
    public ClauseViolation(String clause, String statement, RpcResponse response) {
        super(format(clause, statement, response));
    }

    /** An already formatted message. */
    public ClauseViolation(String message) {
        super(message);
    }

    public static String format(String clause, String statement, RpcResponse response) {
        StringBuilder message = new StringBuilder();
        if (clause != null && !clause.isBlank()) {
            message.append('[').append(clause).append("] ");
        }
        message.append(statement);
        if (response != null) {
            message.append("\n  request: ").append(response.exchange().requestLine());
            message.append("\n  answer:  HTTP ").append(response.status()).append(' ')
                    .append(RpcResponse.abbreviate(response.exchange().responseBody()));
        }
        return message.toString();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message is the report; the glue's stack frames would only bury it
    }
}
