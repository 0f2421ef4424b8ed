package io.restorekit.target;

import io.restorekit.config.TargetSpec;
import io.restorekit.api.ApiDescriptor;
import io.restorekit.config.ConfigurationException;
import io.restorekit.config.KitSettings;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.signing.SigningDecorator;
import java.net.URI;
import java.util.Optional;

/** Resolves the settings into a {@link Target}; any error is one line, raised before any request. */
public final class Targets {
    private Targets() {
    }

    /** Checks the settings without starting anything (used to fail fast). */
    public static TargetSpec parse(KitSettings settings) {
        TargetSpec spec = TargetSpec.parse(settings.nameOf(KitSettings.TARGET), settings.target());
        settings.endpointOverrides().forEach((api, url) ->
                TargetSpec.baseUrl(settings.nameOf(io.restorekit.config.Setting.ENDPOINT.property(api)), url, url));
        // Credentials set in part, or a named profile that is missing or malformed, are an error for every target (one
        // line, no secret quoted); the live one needs credentials.
        boolean isLive = spec instanceof TargetSpec.Live;
        boolean credentials = SigningDecorator.credentials(settings, isLive).isPresent();
        if (spec instanceof TargetSpec.Live live && !credentials) {
            throw new ConfigurationException(settings.nameOf(KitSettings.TARGET) + "=alibaba:" + live.region()
                    + " needs credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET"
                    + " (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), or a profile; the kit looked in "
                    + io.restorekit.signing.CredentialChain.whereLooked(true));
        }
        return spec;
    }

    public static Target open(KitSettings settings) {
        TargetSpec spec = parse(settings);
        Target base;
        if (spec instanceof TargetSpec.Stubs) {
            // The embedded reference serves the edition the run holds it to.
            ReferenceServer server = ReferenceServer.start(settings.stubsDir(), 0, null,
                    io.restorekit.reference.rules.Reading.DOCUMENTED, settings.contract());
            base = new FixedTarget(URI.create(server.baseUrl()), "embedded reference stubs at " + server.baseUrl()
                    + (settings.contract() == io.restorekit.config.Contract.SEED ? "" : " (" + settings.contract().id() + " edition)"),
                    null, false, server::close);
        } else if (spec instanceof TargetSpec.Snapshot snapshot) {
            io.restorekit.snapshot.ReplayServer server = io.restorekit.snapshot.ReplayServer.start(snapshot.dir());
            base = new FixedTarget(URI.create(server.baseUrl()), "recording " + snapshot.dir() + " (" + server.mappings()
                    + " requests) replayed at " + server.baseUrl(), null, false, server::close);
        } else if (spec instanceof TargetSpec.Url url) {
            base = new FixedTarget(url.base(), "URL " + url.base(), null, false, () -> { });
        } else {
            String region = ((TargetSpec.Live) spec).region();
            base = new LiveTarget(region);
        }
        return settings.endpointOverrides().isEmpty() ? base : new OverriddenTarget(base, settings);
    }

    /** A target that sends every API to one base URL (an emulator, or a server a test started). */
    public static Target fixed(URI base, String description) {
        return new FixedTarget(base, description, null, false, () -> { });
    }

    /** One base URL for every API. */
    record FixedTarget(URI base, String description, String regionId, boolean live, Runnable closer) implements Target {
        @Override
        public URI endpoint(ApiDescriptor api) {
            return base;
        }

        @Override
        public Optional<String> region() {
            return Optional.ofNullable(regionId);
        }

        @Override
        public void close() {
            closer.run();
        }
    }

    /** The live service: HTTPS to each API's documented host for the region. */
    record LiveTarget(String regionId) implements Target {
        @Override
        public URI endpoint(ApiDescriptor api) {
            return URI.create("https://" + api.live().hostFor(regionId));
        }

        @Override
        public String description() {
            return "live Alibaba Cloud, region " + regionId;
        }

        @Override
        public Optional<String> region() {
            return Optional.of(regionId);
        }

        @Override
        public boolean live() {
            return true;
        }
    }

    /** Per-API endpoint overrides ({@code conformance.<api>.endpoint}) on top of the chosen target. */
    record OverriddenTarget(Target base, KitSettings settings) implements Target {
        @Override
        public URI endpoint(ApiDescriptor api) {
            return settings.endpointOverride(api.id())
                    .map(url -> TargetSpec.baseUrl("conformance." + api.id() + ".endpoint", url, url))
                    .orElseGet(() -> base.endpoint(api));
        }

        @Override
        public String description() {
            return base.description() + ", overridden for " + settings.endpointOverrides();
        }

        @Override
        public Optional<String> region() {
            return base.region();
        }

        @Override
        public boolean live() {
            return base.live();
        }

        @Override
        public void close() {
            base.close();
        }
    }
}
