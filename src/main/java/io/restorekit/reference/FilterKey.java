package io.restorekit.reference;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code Filters.N.Key} values of DescribeRestoreJobs2 and the job attribute each one compares with.
 *
 * <p>Mapping (a choice, documented in docs/reference-stubs.md): {@code RegionId} and {@code PlanId} are hidden
 * attributes of a dataset record (not response fields); {@code JobId} is the restore job's own {@code RestoreId} (the
 * key list is shared by the *Jobs2 APIs: here the job is the restore job); the resource keys name the restore's
 * destination, the only place the response has them: {@code InstanceId} → {@code TargetInstanceId}, {@code Bucket} →
 * {@code TargetBucket}, {@code FileSystemId} → {@code TargetFileSystemId}. {@code CompleteTime} compares numerically,
 * every other key as a string.
 */
public enum FilterKey {
    RegionId(r -> r.hiddenText("regionId"), false),
    PlanId(r -> r.hiddenText("planId"), false),
    JobId(r -> r.itemText("RestoreId"), false),
    VaultId(r -> r.itemText("VaultId"), false),
    InstanceId(r -> r.itemText("TargetInstanceId"), false),
    Bucket(r -> r.itemText("TargetBucket"), false),
    FileSystemId(r -> r.itemText("TargetFileSystemId"), false),
    Status(r -> r.itemText("Status"), false),
    CompleteTime(r -> r.itemText("CompleteTime"), true);

    private final Function<DatasetRecord, Optional<String>> extractor;
    private final boolean numeric;

    FilterKey(Function<DatasetRecord, Optional<String>> extractor, boolean numeric) {
        this.extractor = extractor;
        this.numeric = numeric;
    }

    /** The job's value for this key, empty when the job has none (e.g. {@code Bucket} of a NAS job). */
    public Optional<String> valueOf(DatasetRecord job) {
        return extractor.apply(job);
    }

    public boolean numeric() {
        return numeric;
    }

    public static Optional<FilterKey> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
