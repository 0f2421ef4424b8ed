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

    public static ApiDescriptor hbr() {
        return CATALOG.get("hbr");
    }

    public static ApiDescriptor dbs() {
        return CATALOG.get("dbs");
    }
}
