package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The APIs a stubs folder serves: one per {@code <stubs>/rules/<id>.json}, each with the dataset its rules name
 * (records of {@code {"hidden": {...}, "item": {...}}}, kept read-only: behaviours hand out copies of {@code item})
 * and the {@link ListingHook}s they name.
 */
public final class ReferenceApis {
    private final Map<String, RulesFile> rules;
    private final Map<String, List<DatasetRecord>> datasets;
    private final Map<String, ListingHook> hooks;

    private ReferenceApis(Map<String, RulesFile> rules, Map<String, List<DatasetRecord>> datasets,
                          Map<String, ListingHook> hooks) {
        this.rules = rules;
        this.datasets = datasets;
        this.hooks = hooks;
    }

    /** Reads every rules file of {@code <stubsDir>/rules} and the data each names; hooks from the classpath. */
    public static ReferenceApis load(Path stubsDir) {
        Map<String, ListingHook> hooks = new TreeMap<>();
        ServiceLoader.load(ListingHook.class).forEach(h -> hooks.put(h.getName(), h));
        Map<String, RulesFile> rules = new TreeMap<>();
        Path dir = stubsDir.resolve("rules");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .map(RulesFile::read).forEach(r -> rules.put(r.id(), r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        Map<String, List<DatasetRecord>> datasets = new LinkedHashMap<>();
        for (RulesFile file : rules.values()) {
            ApiRules documented = file.rules(Reading.DOCUMENTED);
            datasets.put(file.id(), read(stubsDir.resolve(documented.data())));
            for (String hook : documented.hooks()) {
                if (!hooks.containsKey(hook)) {
                    throw new IllegalArgumentException("rules/" + file.id() + ".json names the hook '" + hook
                            + "', which is not on the classpath; known: " + hooks.keySet());
                }
            }
        }
        return new ReferenceApis(rules, datasets, hooks);
    }

    /** The rules ids, e.g. {@code [dbs, hbr]}. */
    public List<String> ids() {
        return List.copyOf(rules.keySet());
    }

    public RulesFile rulesFile(String id) {
        RulesFile file = rules.get(id);
        if (file == null) {
            throw new IllegalArgumentException("no rules/" + id + ".json; known: " + rules.keySet());
        }
        return file;
    }

    /** The records of {@code id}'s dataset (read-only). */
    public List<DatasetRecord> records(String id) {
        rulesFile(id);
        return datasets.get(id);
    }

    /** Every API under {@code reading}, no post-processing; a reading no rules file has is refused. */
    public BehaviourSet behaviours(Reading reading) {
        if (!reading.isDocumented() && rules.values().stream().noneMatch(f -> f.readingNames().contains(reading.name()))) {
            java.util.Set<String> known = new java.util.TreeSet<>();
            rules.values().forEach(f -> known.addAll(f.readingNames()));
            throw new IllegalArgumentException("'" + reading.name() + "' is not a reading; accepted: " + String.join(", ", known));
        }
        List<ListingBehaviour> all = new ArrayList<>();
        for (RulesFile file : rules.values()) {
            // An API whose rules file does not name the reading serves its documented rules under it.
            Reading own = file.readingNames().contains(reading.name()) ? reading : Reading.DOCUMENTED;
            ApiRules api = file.rules(own);
            all.add(new ListingBehaviour(api, datasets.get(file.id()), api.hooks().stream().map(hooks::get).toList()));
        }
        return BehaviourSet.of(all);
    }

    static List<DatasetRecord> read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + file.toAbsolutePath(), e);
        }
        JsonNode records = root.path("records");
        if (!records.isArray()) {
            throw new IllegalArgumentException(file + ": expected {\"records\": [...]}");
        }
        List<DatasetRecord> out = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode item = record.get("item");
            if (item == null || !item.isObject()) {
                throw new IllegalArgumentException(file + ": every record needs an \"item\" object");
            }
            JsonNode hidden = record.get("hidden");
            out.add(new DatasetRecord(hidden instanceof ObjectNode h ? h : Json.object(), (ObjectNode) item));
        }
        return List.copyOf(out);
    }
}
