package io.restorekit.reference.engine;

/**
 * One answer as the reference writes it to the wire: HTTP status, {@code Content-Type} and body text. What a
 * {@link BehaviourSet#answerProcessor()} sees and may replace, for faults below the JSON body (a wrong status, a
 * wrong media type).
 */
public record ReferenceAnswer(int status, String contentType, String body) {

    public ReferenceAnswer withStatus(int otherStatus) {
        return new ReferenceAnswer(otherStatus, contentType, body);
    }

    public ReferenceAnswer withContentType(String otherContentType) {
        return new ReferenceAnswer(status, otherContentType, body);
    }

    public ReferenceAnswer withBody(String otherBody) {
        return new ReferenceAnswer(status, contentType, otherBody);
    }
}
