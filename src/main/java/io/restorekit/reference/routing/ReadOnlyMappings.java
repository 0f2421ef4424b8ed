package io.restorekit.reference.routing;

import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.common.filemaker.FilenameMaker;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference mappings of {@code <stubs>/mappings}, loaded as WireMock loads them (at start and on every
 * {@code /__admin/reset} or {@code /__admin/mappings/reset}) but never written: WireMock's own file source would
 * delete the committed files on {@code DELETE /__admin/mappings} and write new ones on
 * {@code POST /__admin/mappings/save} or {@code "persistent": true}. Here those change the running server only.
 */
public final class ReadOnlyMappings implements MappingsSource {
    private final JsonFileMappingsSource files;

    public ReadOnlyMappings(Path mappingsDir) {
        this.files = new JsonFileMappingsSource(new SingleRootFileSource(mappingsDir.toFile()), new FilenameMaker());
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        files.loadMappingsInto(stubMappings);
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
        // read-only: the stubs folder is the kit's reference, not a recording target
    }

    @Override
    public void save(StubMapping stubMapping) {
        // read-only
    }

    @Override
    public void remove(StubMapping stubMapping) {
        // read-only: the mapping leaves the running server, its file stays
    }

    @Override
    public void remove(java.util.UUID stubMappingId) {
        // read-only
    }

    @Override
    public void removeAll() {
        // read-only
    }
}
