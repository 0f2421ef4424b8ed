package io.restorekit.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The parsed value of {@code conformance.target}: where every scenario is sent. */
public sealed interface TargetSpec {
    String ACCEPTED = "accepted: 'stubs' (the embedded reference, the default), a base URL such as"
            + " http://127.0.0.1:8080, alibaba:<region> such as alibaba:cn-hangzhou, or snapshot:<folder> (a recording)";
    Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+");

    /** The embedded WireMock reference stubs on a free loopback port. */
    record Stubs() implements TargetSpec {
    }

    /** Any server answering both actions at one base URL. */
    record Url(URI base) implements TargetSpec {
    }

    /** The live Alibaba Cloud service in one region, over HTTPS, with signed requests. */
    record Live(String region) implements TargetSpec {
    }

    /** A recording ({@code conformance.record}) served again by an embedded WireMock. */
    record Snapshot(java.nio.file.Path dir) implements TargetSpec {
    }

    static TargetSpec parse(String setting, String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("stubs")) {
            return new Stubs();
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("alibaba:")) {
            String region = v.substring("alibaba:".length());
            if (!REGION.matcher(region).matches()) {
                throw new ConfigurationException(setting + "='" + value + "': '" + region
                        + "' is not a region id like cn-hangzhou; " + ACCEPTED);
            }
            return new Live(region);
        }
        if (lower.startsWith("snapshot:")) {
            String dir = v.substring("snapshot:".length());
            if (dir.isBlank()) {
                throw new ConfigurationException(setting + "='" + value + "' names no folder; give snapshot:<folder>,"
                        + " a folder conformance.record wrote");
            }
            return new Snapshot(RecordingFolder.checkReadable(setting + "=snapshot:", dir));
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new Url(baseUrl(setting, value, v));
        }
        throw new ConfigurationException(setting + "='" + value + "' is not a target; " + ACCEPTED);
    }

    /** A base URL: scheme, host, optional port and path; no query, fragment or user info. */
    static URI baseUrl(String setting, String original, String v) {
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new URISyntaxException(v, "no host");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(v, "a base URL takes no query, fragment or user info");
            }
            if (uri.getPort() == 0 || uri.getPort() > 65535) {
                throw new URISyntaxException(v, "port out of range");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw new ConfigurationException(setting + "='" + original + "' is not a usable base URL ("
                    + e.getReason() + "); " + ACCEPTED);
        }
    }
}
