package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data the reference answers from, read once from {@code <stubs>/data/}: {@value #HBR_FILE} and
 * {@value #DBS_FILE}, each {@code {"records": [{"hidden": {...}, "item": {...}}, ...]}}. Records are kept read-only:
 * behaviours hand out copies of {@code item}.
 */
public final class ReferenceDataset {
    public static final String HBR_FILE = "hbr-restore-jobs.json";
    public static final String DBS_FILE = "dbs-restore-tasks.json";

    private final List<DatasetRecord> hbrRestoreJobs;
    private final List<DatasetRecord> dbsRestoreTasks;

    public ReferenceDataset(List<DatasetRecord> hbrRestoreJobs, List<DatasetRecord> dbsRestoreTasks) {
        this.hbrRestoreJobs = List.copyOf(hbrRestoreJobs);
        this.dbsRestoreTasks = List.copyOf(dbsRestoreTasks);
    }

    /** Reads both files from {@code dataDir} (usually {@code stubs/data}). */
    public static ReferenceDataset load(Path dataDir) {
        return new ReferenceDataset(read(dataDir.resolve(HBR_FILE)), read(dataDir.resolve(DBS_FILE)));
    }

    public List<DatasetRecord> hbrRestoreJobs() {
        return hbrRestoreJobs;
    }

    public List<DatasetRecord> dbsRestoreTasks() {
        return dbsRestoreTasks;
    }

    private static List<DatasetRecord> read(Path file) {
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
        return out;
    }
}
