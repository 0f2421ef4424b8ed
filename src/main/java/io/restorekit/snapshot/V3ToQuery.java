package io.restorekit.snapshot;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.restorekit.wire.PercentEncoder;

/**
 * Recorded mappings match Action and Version as query parameters (the RPC form, {@link SnapshotRequest}); a V3-signed
 * request carries them as the {@code x-acs-action} and {@code x-acs-version} headers instead. This filter of the
 * kit's replay server adds them to the query of such a request before matching, so a replay answers it however the
 * recording was signed.
 */
final class V3ToQuery implements StubRequestFilterV2 {
    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String action = request.getHeader("x-acs-action");
        if (action == null || request.queryParameter("Action").isPresent()) {
            return RequestFilterAction.continueWith(request);
        }
        StringBuilder added = new StringBuilder("Action=").append(PercentEncoder.encode(action));
        String version = request.getHeader("x-acs-version");
        if (version != null && !request.queryParameter("Version").isPresent()) {
            added.append("&Version=").append(PercentEncoder.encode(version));
        }
        return RequestFilterAction.continueWith(RequestWrapper.create().transformAbsoluteUrl(url ->
                url + (url.contains("?") ? "&" : "?") + added).wrap(request));
    }

    @Override
    public String getName() {
        return "kit-v3-action-to-query";
    }
}
