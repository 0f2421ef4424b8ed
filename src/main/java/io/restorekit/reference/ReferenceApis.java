package io.restorekit.reference;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.engine.BehaviourSet;
import io.restorekit.reference.engine.DatasetRecord;
import io.restorekit.reference.engine.ListingBehaviour;
import io.restorekit.reference.engine.ListingHook;
import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.Json;
import io.restorekit.reference.rules.Reading;
import io.restorekit.reference.rules.RulesFile;
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
 * (records of {@code {"hidden": {...}, "item": {...}}}, kept read-only: behaviours hand out copies of {@code item},
 * or its JSON text written once for the wire)
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
        return load(stubsDir, io.restorekit.config.Contract.SEED);
    }

    /** As {@link #load(Path)}, every rules file under {@code contract} (its {@code "contracts"} patch, if it has one). */
    public static ReferenceApis load(Path stubsDir, io.restorekit.config.Contract contract) {
        return load(stubsDir, contract, null);
    }

    /**
     * As {@link #load(Path, io.restorekit.config.Contract)}, each dataset read from {@code dataDir} (the file of the same
     * name as the one its rules name under the stubs, e.g. {@code hbr-restore-jobs.json}) when it is not null.
     */
    public static ReferenceApis load(Path stubsDir, io.restorekit.config.Contract contract, Path dataDir) {
        Map<String, ListingHook> hooks = new TreeMap<>();
        ServiceLoader.load(ListingHook.class).forEach(h -> hooks.put(h.getName(), h));
        Map<String, RulesFile> rules = new TreeMap<>();
        Path dir = stubsDir.resolve("rules");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .map(RulesFile::read).map(r -> r.under(contract)).forEach(r -> rules.put(r.id(), r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        Map<String, List<DatasetRecord>> datasets = new LinkedHashMap<>();
        for (RulesFile file : rules.values()) {
            ApiRules documented = file.rules(Reading.DOCUMENTED);
            Path named = stubsDir.resolve(documented.data());
            Path data = dataDir == null ? named : dataDir.resolve(named.getFileName().toString());
            if (dataDir != null && !Files.isRegularFile(data)) {
                throw new IllegalArgumentException(dataDir + " has no " + named.getFileName() + " (rules/" + file.id()
                        + ".json names " + documented.data() + "): a data folder holds one such file per API");
            }
            datasets.put(file.id(), read(data, documented));
            // A reading may serve its own dataset (values the other reading of a field would produce); your own
            // data (dataDir) stands for every reading.
            for (String name : file.readingNames()) {
                ApiRules reading = file.rules(Reading.parse(name));
                if (dataDir == null && !reading.data().equals(documented.data())) {
                    datasets.put(file.id() + "#" + name, read(stubsDir.resolve(reading.data()), reading));
                }
            }
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
            List<DatasetRecord> data = datasets.getOrDefault(file.id() + "#" + own.name(), datasets.get(file.id()));
            all.add(new ListingBehaviour(api, data, api.hooks().stream().map(hooks::get).toList()));
        }
        return BehaviourSet.of(all);
    }

    /** The dataset, checked against the rules: a bad file fails with the file, the record and the field. */
    static List<DatasetRecord> read(Path file, ApiRules rules) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        JsonNode records = root.path("records");
        if (!records.isArray()) {
            throw new IllegalArgumentException(file + ": expected {\"records\": [...]}");
        }
        Map<JsonPointer, Boolean> fields = fieldsOf(rules);
        List<DatasetRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            JsonNode item = record.get("item");
            String where = file + ": record " + (i + 1);
            if (item == null || !item.isObject()) {
                throw new IllegalArgumentException(where + " has no \"item\" object (every record needs one)");
            }
            JsonNode hidden = record.get("hidden");
            if (hidden != null && !hidden.isObject()) {
                throw new IllegalArgumentException(where + ": \"hidden\" must be an object");
            }
            DatasetRecord read = new DatasetRecord(hidden instanceof ObjectNode h ? h : Json.object(), (ObjectNode) item);
            fields.forEach((pointer, integer) -> {
                JsonNode value = record.at(pointer);
                if (value.isMissingNode() || value.isNull()) {
                    return;
                }
                if (integer ? !value.canConvertToLong() || !value.isIntegralNumber() : value.isContainerNode()) {
                    throw new IllegalArgumentException(where + ": " + pointer + " is " + value + ", not "
                            + (integer ? "an integer" : "a single value") + " (rules/" + rules.id() + ".json "
                            + (integer ? "compares it as an integer)" : "selects or orders on it)"));
                }
            });
            out.add(read);
        }
        return List.copyOf(out);
    }

    /** Every record field the rules read, with whether they read it as an integer. */
    private static Map<JsonPointer, Boolean> fieldsOf(ApiRules rules) {
        Map<JsonPointer, Boolean> fields = new LinkedHashMap<>();
        rules.selections().values().forEach(s -> fields.putIfAbsent(s.field(), false));
        rules.filters().ifPresent(f -> f.keys().values().forEach(k -> fields.merge(k.field(), k.integer(), Boolean::logicalOr)));
        rules.order().forEach(o -> fields.merge(o.field(), o.integer(), Boolean::logicalOr));
        return fields;
    }
}
