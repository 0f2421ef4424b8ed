package io.restorekit.reference.routing;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import io.restorekit.reference.engine.ApiException;

/**
 * The WireMock request matcher {@value #NAME}: {@code "customMatcher": {"name": "rpc-action", "parameters":
 * {"action": "DescribeRestoreJobs2"}}} matches an RPC call (GET or POST) naming that {@code Action} wherever the
 * SDKs put it — the query string (V1), the form body, or the {@code x-acs-action} header (V3); a query value wins.
 * WireMock's own matchers cannot say "this parameter, in any of those three places" in one mapping.
 */
public final class RpcActionMatcher extends RequestMatcherExtension {
    public static final String NAME = "rpc-action";
    static final String ACTION = "action";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        if (request.getMethod() != RequestMethod.GET && request.getMethod() != RequestMethod.POST) {
            return MatchResult.noMatch();
        }
        Object wanted = parameters.get(ACTION);
        if (wanted == null) {
            return MatchResult.noMatch();
        }
        try {
            return MatchResult.of(String.valueOf(wanted).equals(RpcRequestParser.parse(request).action()));
        } catch (ApiException malformed) {
            // A request the parser refuses is no API's: the RPC fallback answers it.
            return MatchResult.noMatch();
        }
    }
}
