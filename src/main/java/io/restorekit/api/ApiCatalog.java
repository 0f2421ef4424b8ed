package io.restorekit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restorekit.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The APIs the kit knows: one per {@code schemas/<id>/descriptor.json}. */
public final class ApiCatalog {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, ApiDescriptor> byId;
    /** Built on first use, once: step phrases resolve their items on every step. */
    private volatile ItemNouns itemNouns;

    private ApiCatalog(Map<String, ApiDescriptor> byId) {
        this.byId = byId;
    }

    public static ApiCatalog load(Path schemasRoot) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(schemasRoot)) {
            dirs.sorted().map(d -> d.resolve("descriptor.json")).filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read API descriptors under " + schemasRoot + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ConfigurationException("no API descriptor (schemas/<api>/descriptor.json) under " + schemasRoot);
        }
        Map<String, ApiDescriptor> byId = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                ApiDescriptor api = MAPPER.readValue(file.toFile(), ApiDescriptor.class);
                byId.put(api.id(), api);
            } catch (IOException e) {
                throw new ConfigurationException("invalid API descriptor " + file + ": " + e.getMessage());
            }
        }
        return new ApiCatalog(byId);
    }

    public ApiDescriptor get(String id) {
        ApiDescriptor api = byId.get(id.toLowerCase(java.util.Locale.ROOT));
        if (api == null) {
            throw new ConfigurationException("unknown API '" + id + "'; known: " + byId.keySet());
        }
        return api;
    }

    public Collection<ApiDescriptor> all() {
        return byId.values();
    }

    /** What step phrases call these APIs' items ({@link ItemNouns}); fails, on first use, for a noun no phrase can name. */
    public ItemNouns itemNouns() {
        ItemNouns nouns = itemNouns;
        if (nouns == null) {
            nouns = ItemNouns.of(all());
            itemNouns = nouns;
        }
        return nouns;
    }
}
