package io.restorekit.snapshot;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.NearMiss;
import io.restorekit.wire.HttpExchange;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a request a recording lacks: HTTP 404, plain text (never JSON, so no scenario can read it as an
 * answer and pass), one first line naming the request and the nearest recorded one — WireMock's own near-miss ranking
 * — starting {@value #PREFIX}, by which a replaying run reports it as a miss rather than as the target's answer
 * (WireMock keeps only the status, media type and body of a not-matched answer, so no header can mark it).
 */
public final class ReplayMiss extends com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer {
    static final String PREFIX = "The recording at ";
    private final Path dir;

    ReplayMiss(Path dir) {
        this.dir = dir;
    }

    @Override
    protected ResponseDefinition render(Admin admin, ServeEvent event) {
        LoggedRequest request = event.getRequest();
        SnapshotRequest asked = SnapshotRequest.of(request.getMethod().getName(), java.net.URI.create(request.getUrl()),
                request::getHeader);
        List<NearMiss> nearest = admin.findTopNearMissesFor(request).getNearMisses();
        String closest = nearest.isEmpty() || nearest.get(0).getStubMapping() == null ? "none (the recording is empty)"
                : Optional.ofNullable(nearest.get(0).getStubMapping().getName()).orElse("an unnamed mapping");
        String text = PREFIX + dir + " has no answer to " + asked.line() + "; the nearest recorded request is "
                + closest + "\n\n" + (nearest.isEmpty() ? "" : nearest.get(0).getDiff().toString());
        return new ResponseDefinitionBuilder().withStatus(404).withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody(text).build();
    }

    /** The first line of a miss answer, when {@code exchange} is one (else empty: a recorded answer). */
    static Optional<String> of(HttpExchange exchange) {
        String body = exchange.responseBody();
        if (exchange.status() != 404 || body == null || !body.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(Recording.firstLine(body));
    }
}
