package io.restorekit.mutation;

import static io.restorekit.mutation.ClauseFamily.ERROR_SHAPES;
import static io.restorekit.mutation.ClauseFamily.PROTOCOL;
import static io.restorekit.mutation.Variants.wire;

import java.util.List;

/** Mutants below the JSON body, for both APIs at once: the HTTP status and the declared media type. */
final class WireMutants {
    private WireMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant(PROTOCOL, "Protocol.ContentType", "JSON answers labelled Content-Type text/html",
                        wire(answer -> answer.withContentType("text/html;charset=utf-8"))),
                new Mutant(PROTOCOL, "Protocol.ContentType", "answers without a Content-Type header",
                        wire(answer -> answer.withContentType(null)))
                        .equivalent("RFC 9110 §8.3: a sender SHOULD (not MUST) send Content-Type, and the request already"
                                + " asked for Format=JSON; a body that parses as the documented JSON with no media type"
                                + " declared breaks no documented clause. A declared non-JSON type does, and is killed."),
                new Mutant(ERROR_SHAPES, "HBR.Error.Envelope", "errors without Success:false answered HTTP 200",
                        wire(answer -> answer.status() >= 400 && !answer.body().contains("\"Success\"") ? answer.withStatus(200) : answer)));
    }
}
