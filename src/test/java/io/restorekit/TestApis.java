package io.restorekit;

import io.restorekit.api.ApiCatalog;
import io.restorekit.api.ApiDescriptor;
import java.nio.file.Path;

/** The real descriptors from {@code schemas/}, for tests. */
public final class TestApis {
    public static final Path ROOT = Path.of(System.getProperty("kit.root", "")).toAbsolutePath();
    public static final ApiCatalog CATALOG = ApiCatalog.load(ROOT.resolve("schemas"));

    private TestApis() {
    }

    /** Every API tag, e.g. {@code @hbr}: one per descriptor. */
    public static java.util.Set<String> tags() {
        return CATALOG.all().stream().map(a -> "@" + a.id()).collect(java.util.stream.Collectors.toSet());
    }

    /** A regex alternation of every API's label, e.g. {@code (?:HBR|DBS)}: clause tags and defect ids start with one. */
    public static String labels() {
        return CATALOG.all().stream().map(ApiDescriptor::label).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    public static ApiDescriptor hbr() {
        return CATALOG.get("hbr");
    }

    public static ApiDescriptor dbs() {
        return CATALOG.get("dbs");
    }
}
