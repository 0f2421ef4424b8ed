package io.restorekit.reference;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes {@code stubs/data/hbr-restore-jobs.json} and {@code stubs/data/dbs-restore-tasks.json} deterministically
 * (fixed seeds). The committed JSON is what the server reads; {@code DatasetGeneratorTest} checks that it is exactly
 * what this class produces. Regenerate with
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.restorekit.reference.DatasetGenerator}
 * (optional argument: the output directory, default {@code stubs/data}).
 */
public final class DatasetGenerator {
    static final int HBR_JOBS = 270;
    static final int DBS_TASKS = 132;
    static final int DBS_PLANS = 14;

    static final List<String> HBR_ITEM_FIELDS = List.of("SnapshotHash", "Status", "ErrorMessage", "ActualItems",
            "VaultId", "ActualBytes", "UdmDetail", "SourceType", "Options", "SourceInstanceId", "RestoreType",
            "TargetCreateTime", "ItemsDone", "BytesTotal", "Exclude", "ParentId", "CompleteTime", "CreatedTime",
            "TargetBucket", "ClusterId", "TargetFileSystemId", "Progress", "ExpireTime", "TargetDataSourceId",
            "TargetPrefix", "TargetPath", "ErrorFile", "StartTime", "UpdatedTime", "SnapshotId", "RestoreId",
            "TargetClientId", "ItemsTotal", "Include", "BytesDone", "TargetInstanceName", "TargetTableName", "Speed",
            "TargetTime", "OtsDetail", "CrossAccountType", "CrossAccountUserId", "CrossAccountRoleName", "Report",
            "MeteringBytesDone", "MeteringBytesTotal", "StorageClass", "FailbackDetail", "TargetInstanceId");

    static final List<String> DBS_ITEM_FIELDS = List.of("BackupGatewayId", "BackupPlanId", "BackupSetId",
            "ContinuousRestoreProgress", "CrossAliyunId", "CrossRoleName", "DestinationEndpointDatabaseName",
            "DestinationEndpointInstanceID", "DestinationEndpointInstanceType", "DestinationEndpointIpPort",
            "DestinationEndpointOracleSID", "DestinationEndpointRegion", "DestinationEndpointUserName", "ErrMessage",
            "FullDataRestoreProgress", "FullStruAfterRestoreProgress", "FullStruforeRestoreProgress", "RestoreDir",
            "RestoreObjects", "RestoreStatus", "RestoreTaskCreateTime", "RestoreTaskFinishTime", "RestoreTaskId",
            "RestoreTaskName", "RestoreTime");

    /** The files it writes, as stubs/rules/hbr.json and dbs.json name them. */
    static final String HBR_FILE = "hbr-restore-jobs.json";
    static final String DBS_FILE = "dbs-restore-tasks.json";
    private static final List<String> RESTORE_TYPES =
            List.of("ECS_FILE", "OSS", "NAS", "COMMON_FILE_SYSTEM", "OTS_TABLE", "UDM_ECS_ROLLBACK");
    private static final List<String> REGIONS = List.of("cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1");
    private static final List<String> DBS_INSTANCE_TYPES = List.of("RDS", "ECS", "Express", "agent", "dds", "other");
    private static final List<String> DBS_STATUSES = List.of("init", "running", "stop", "pause", "check_pass");
    private static final long HBR_BASE = 1_735_689_600L; // 2025-01-01T00:00:00Z, seconds
    private static final long DBS_BASE = 1_735_689_600_000L; // same instant, milliseconds
    private static final String ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Random random;
    private final Set<String> ids = new HashSet<>();

    private DatasetGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "stubs/data");
        Files.createDirectories(out);
        Files.writeString(out.resolve(HBR_FILE), hbrJson());
        Files.writeString(out.resolve(DBS_FILE), dbsJson());
        System.out.println("wrote " + out.resolve(HBR_FILE) + " and "
                + out.resolve(DBS_FILE));
    }

    static String hbrJson() {
        return pretty(new DatasetGenerator(2017_09_08L).hbr());
    }

    static String dbsJson() {
        return pretty(new DatasetGenerator(2019_03_06L).dbs());
    }

    // ---- HBR -------------------------------------------------------------------------------------------------

    private ObjectNode hbr() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("description", "Reference dataset of HBR DescribeRestoreJobs2 restore jobs. Each record: 'item' is"
                + " returned verbatim in RestoreJobs.RestoreJob; 'hidden' holds attributes the API filters on but"
                + " never returns: edition (Edition parameter), regionId (filter key RegionId), planId (filter key"
                + " PlanId). Generated by io.restorekit.reference.DatasetGenerator (test scope); do not edit by hand.");
        List<String> vaults = ids(8, "v-000", 20);
        List<List<String>> plans = RESTORE_TYPES.stream().map(t -> ids(3, "po-000", 20)).toList();
        List<String> instances = ids(8, "i-", 20);
        List<String> clients = ids(6, "c-000", 20);
        List<String> clusters = ids(3, "cl-000", 20);
        List<String> fileSystems = ids(4, "0be9", 6);
        List<String> buckets = List.of("restore-target-a", "restore-target-b", "restore-target-c", "restore-target-d");
        List<String> otsInstances = List.of("ots-orders", "ots-metrics", "ots-audit");
        List<String> otsTables = List.of("orders", "events", "users", "audit_log");
        ArrayNode records = root.putArray("records");
        long previousCreated = 0;
        for (int i = 0; i < HBR_JOBS; i++) {
            String type = RESTORE_TYPES.get(i % RESTORE_TYPES.size());
            int regionIndex = random.nextInt(REGIONS.size());
            int roll = random.nextInt(10);
            String status = roll < 6 ? "COMPLETE" : roll < 8 ? "PARTIAL_COMPLETE" : "FAILED";
            long completeTime = HBR_BASE + (i / 3) * 5_400L + 1_200; // groups of three share a CompleteTime
            long duration = 60 + random.nextInt(3_000);
            long created = i % 25 == 24 ? previousCreated : completeTime - duration; // some CreatedTime ties
            previousCreated = created;
            long bytesTotal = (1L << 20) + (long) (random.nextDouble() * 10_000_000_000L);
            long bytesDone = switch (status) {
                case "COMPLETE" -> bytesTotal;
                case "PARTIAL_COMPLETE" -> bytesTotal * (70 + random.nextInt(30)) / 100;
                default -> bytesTotal * random.nextInt(60) / 100;
            };
            String restoreId = id("r-", 20);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("SnapshotHash", hex(64));
            f.put("Status", status);
            if (!status.equals("COMPLETE")) {
                f.put("ErrorMessage", status.equals("FAILED") ? pick("the destination is not reachable",
                        "the snapshot has expired", "not enough space on the destination")
                        : "some files could not be restored");
            }
            f.put("VaultId", vaults.get(regionIndex * 2 + random.nextInt(2)));
            f.put("ActualBytes", bytesDone * (50 + random.nextInt(51)) / 100);
            f.put("RestoreType", type);
            f.put("BytesTotal", bytesTotal);
            f.put("BytesDone", bytesDone);
            if (random.nextInt(10) == 0) {
                f.put("ParentId", id("r-", 20));
            }
            f.put("CompleteTime", completeTime);
            f.put("CreatedTime", created);
            f.put("StartTime", created + 5 + random.nextInt(25));
            f.put("UpdatedTime", completeTime);
            f.put("ExpireTime", completeTime + 30L * 86_400);
            f.put("Progress", status.equals("COMPLETE") ? 10_000 : (int) (bytesDone * 10_000 / bytesTotal));
            f.put("TargetDataSourceId", id("ds-000", 20));
            f.put("SnapshotId", id("s-", 20));
            f.put("RestoreId", restoreId);
            f.put("Speed", Math.max(1, bytesDone / 1024 / duration));
            if (random.nextInt(8) == 0) {
                f.put("CrossAccountType", "CROSS_ACCOUNT");
                f.put("CrossAccountUserId", 1_589_750_000_000_000L + random.nextInt(1_000_000));
                f.put("CrossAccountRoleName", "BackupRole");
            } else {
                f.put("CrossAccountType", "SELF_ACCOUNT");
            }
            boolean archive = random.nextInt(5) == 0;
            f.put("StorageClass", archive ? "ARCHIVE" : "STANDARD");
            if (archive) {
                f.put("MeteringBytesDone", roundUpToMiB(bytesDone));
                f.put("MeteringBytesTotal", roundUpToMiB(bytesTotal));
            }
            boolean fileBased = type.equals("ECS_FILE") || type.equals("OSS") || type.equals("NAS");
            if (fileBased) {
                f.put("Report", report(restoreId));
                if (status.equals("PARTIAL_COMPLETE")) {
                    f.put("ErrorFile", "failed_" + restoreId + ".csv");
                }
            }
            switch (type) {
                case "ECS_FILE" -> {
                    boolean windows = random.nextBoolean();
                    long items = 10 + random.nextInt(50_000);
                    long done = status.equals("COMPLETE") ? items : items * random.nextInt(100) / 100;
                    f.put("SourceType", "ECS_FILE");
                    f.put("SourceInstanceId", pick(instances));
                    f.put("TargetInstanceId", pick(instances));
                    f.put("TargetClientId", pick(clients));
                    f.put("TargetPath", windows ? "D:\\restore" : "/restore/home");
                    f.put("Options", json(obj("UseVSS", windows && random.nextBoolean())));
                    f.put("Include", json(arr(windows ? "D:\\data\\*.docx" : "/home/alice/*.pdf", "/home/bob/*.txt")));
                    f.put("Exclude", json(arr("/var", "/proc")));
                    f.put("ItemsTotal", items);
                    f.put("ItemsDone", done);
                    f.put("ActualItems", done);
                }
                case "OSS" -> {
                    f.put("SourceType", "OSS");
                    f.put("TargetBucket", pick(buckets));
                    f.put("TargetPrefix", "restore/" + restoreId + "/");
                    f.put("Include", json(arr("logs/", "images/")));
                }
                case "NAS" -> {
                    int fs = random.nextInt(fileSystems.size());
                    f.put("SourceType", "NAS");
                    f.put("TargetFileSystemId", fileSystems.get(fs));
                    f.put("TargetCreateTime", 1_634_714_531L + fs * 86_400L);
                    f.put("TargetPath", "/restore");
                    f.put("Include", json(arr("/share/projects")));
                }
                case "COMMON_FILE_SYSTEM" -> {
                    // CPFS: the documented SourceType values have none for it, so SourceType is left out.
                    f.put("ClusterId", pick(clusters));
                    f.put("TargetPath", "/cpfs/restore");
                }
                case "OTS_TABLE" -> {
                    f.put("SourceType", "OTS_TABLE");
                    f.put("TargetInstanceName", pick(otsInstances));
                    f.put("TargetTableName", pick(otsTables));
                    f.put("TargetTime", created - 3_600L * (1 + random.nextInt(48)));
                    ObjectNode ots = MAPPER.createObjectNode();
                    ots.put("BatchChannelCount", 1 + random.nextInt(8));
                    ots.put("OverwriteExisting", random.nextBoolean());
                    f.put("OtsDetail", ots);
                }
                case "UDM_ECS_ROLLBACK" -> {
                    String source = pick(instances);
                    f.put("SourceType", "UDM_ECS");
                    f.put("SourceInstanceId", source);
                    f.put("TargetInstanceId", source);
                    f.put("UdmDetail", json(udmDetail(REGIONS.get(regionIndex))));
                    if (i % 12 == 5) {
                        f.put("FailbackDetail", json(failbackDetail(source)));
                    }
                }
                default -> throw new IllegalStateException(type);
            }
            ObjectNode record = records.addObject();
            ObjectNode hidden = record.putObject("hidden");
            hidden.put("edition", i % 7 == 3 ? "BASIC" : "STANDARD");
            hidden.put("regionId", REGIONS.get(regionIndex));
            hidden.put("planId", pick(plans.get(i % RESTORE_TYPES.size())));
            record.set("item", ordered(f, HBR_ITEM_FIELDS));
        }
        return root;
    }

    private static ObjectNode report(String restoreId) {
        String dir = "/temp/report/1589750000004625/" + restoreId + "/" + restoreId;
        ObjectNode r = MAPPER.createObjectNode();
        r.put("TotalFiles", dir + "_total.csv");
        r.put("SuccessFiles", dir + "_success.zip");
        r.put("FailedFiles", dir + "_failed.zip");
        r.put("SkippedFiles", dir + "_skipped.zip");
        r.put("ReportTaskStatus", "COMPLETE");
        return r;
    }

    private ObjectNode udmDetail(String region) {
        boolean windows = random.nextBoolean();
        ObjectNode d = MAPPER.createObjectNode();
        d.put("doCopy", random.nextBoolean());
        d.put("doBackup", false);
        d.put("instanceName", "instance-" + random.nextInt(100));
        d.put("appConsistent", false);
        d.put("destinationRegionId", region);
        d.put("enableFsFreeze", true);
        d.put("osNameEn", windows ? "Windows Server 2019 Data Center Edition 64bit" : "Alibaba Cloud Linux 3.2104 64bit");
        d.put("osName", windows ? "Windows Server 2019 Data Center Edition 64bit" : "Alibaba Cloud Linux 3.2104 64bit");
        d.putArray("diskIdList");
        d.put("backupVaultId", "");
        d.put("snapshotGroup", true);
        d.put("destinationRetention", 35);
        d.put("platform", windows ? "Windows Server 2019" : "Aliyun");
        d.put("timeoutInSeconds", 60);
        d.put("backupRetention", 1);
        d.put("osType", windows ? "windows" : "linux");
        d.put("preScriptPath", "");
        d.put("postScriptPath", "");
        d.put("enableWriters", true);
        d.put("ecsDeleted", false);
        return d;
    }

    private ObjectNode failbackDetail(String instanceId) {
        ObjectNode extra = MAPPER.createObjectNode();
        extra.put("restoreVMNamePrefix", "fb-");
        extra.put("dataCenterName", "SDDC-Datacenter");
        extra.put("dataStoreId", "datastore-50");
        extra.put("useHotAdd", false);
        ObjectNode d = MAPPER.createObjectNode();
        d.put("cpu", 2 + 2 * random.nextInt(4));
        d.put("extra", json(extra));
        d.put("instanceId", instanceId);
        d.put("memoryInMB", 4096 * (1 + random.nextInt(4)));
        d.put("serverId", hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12));
        d.put("uefiBoot", false);
        return d;
    }

    // ---- DBS -------------------------------------------------------------------------------------------------

    private record DbsPlan(String id, String type, String region, String instanceId, String ipPort, Long gatewayId,
                           String oracleSid, String crossAliyunId, boolean incremental, String database) {
    }

    private ObjectNode dbs() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("description", "Reference dataset of DBS DescribeRestoreTaskList restore tasks. Each record: 'item'"
                + " is returned verbatim in Items.RestoreTaskDetail; 'hidden' is empty (DBS filters only on"
                + " response fields). Generated by io.restorekit.reference.DatasetGenerator (test scope); do not edit"
                + " by hand.");
        List<DbsPlan> plans = new java.util.ArrayList<>();
        for (int p = 0; p < DBS_PLANS; p++) {
            String type = DBS_INSTANCE_TYPES.get(p % DBS_INSTANCE_TYPES.size());
            String instanceId = switch (type) {
                case "RDS" -> id("rm-bp", 17);
                case "ECS" -> id("i-bp", 18);
                case "dds" -> id("dds-bp", 14);
                default -> null;
            };
            boolean endpoint = type.equals("Express") || type.equals("agent") || type.equals("other");
            String ipPort = endpoint ? "100.64." + random.nextInt(256) + "." + random.nextInt(256) + ":"
                    + (3306 + random.nextInt(3000)) : null;
            boolean oracle = (type.equals("ECS") || type.equals("agent")) && p % 4 == 1;
            plans.add(new DbsPlan(id("dbs1", 12), type, pick(REGIONS), instanceId, ipPort,
                    type.equals("agent") ? 100_000_000L + random.nextInt(900_000_000) : null,
                    oracle ? "ORCL" + p : null,
                    p % 5 == 4 ? String.valueOf(1_000_000_000_000_000L + random.nextInt(1_000_000_000)) : null,
                    p % 3 == 0, pick("orders", "inventory", "billing", "crm")));
        }
        ArrayNode records = root.putArray("records");
        long previousCreated = 0;
        for (int i = 0; i < DBS_TASKS; i++) {
            DbsPlan plan = plans.get(i % DBS_PLANS);
            String status = DBS_STATUSES.get(random.nextInt(DBS_STATUSES.size()));
            long created = i % 20 == 19 ? previousCreated : DBS_BASE + i * 3_600_000L + random.nextInt(1_000_000);
            previousCreated = created;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("BackupGatewayId", plan.gatewayId());
            f.put("BackupPlanId", plan.id());
            f.put("BackupSetId", id("1ib", 9));
            if (plan.incremental()) {
                f.put("ContinuousRestoreProgress", progress(status));
            }
            if (plan.crossAliyunId() != null) {
                f.put("CrossAliyunId", plan.crossAliyunId());
                f.put("CrossRoleName", "dbs-cross-account-role");
            }
            if (plan.type().equals("RDS") || plan.type().equals("dds")) {
                f.put("DestinationEndpointDatabaseName", plan.database());
            }
            f.put("DestinationEndpointInstanceID", plan.instanceId());
            f.put("DestinationEndpointInstanceType", plan.type());
            f.put("DestinationEndpointIpPort", plan.ipPort());
            f.put("DestinationEndpointOracleSID", plan.oracleSid());
            if (!plan.type().equals("other")) {
                f.put("DestinationEndpointRegion", plan.region());
            }
            if (!plan.type().equals("dds")) {
                f.put("DestinationEndpointUserName", "restore_" + plan.database());
            }
            if (status.equals("stop")) {
                f.put("ErrMessage", pick("destination instance is locked", "connection refused by the destination",
                        "insufficient disk space on the destination"));
            }
            boolean started = !status.equals("init") && !status.equals("check_pass");
            f.put("FullDataRestoreProgress", started ? progress(status) : 0);
            f.put("FullStruAfterRestoreProgress", started && status.equals("stop") ? random.nextInt(101) : 0);
            f.put("FullStruforeRestoreProgress", started ? 100 : 0);
            if (plan.type().equals("agent")) {
                f.put("RestoreDir", "/data/restore/" + plan.database());
            }
            ArrayNode objects = MAPPER.createArrayNode();
            objects.addObject().put("DBName", plan.database());
            if (random.nextBoolean()) {
                objects.addObject().put("DBName", plan.database() + "_archive");
            }
            f.put("RestoreObjects", json(objects));
            f.put("RestoreStatus", status);
            f.put("RestoreTaskCreateTime", created);
            if (status.equals("stop")) {
                f.put("RestoreTaskFinishTime", created + 60_000L + random.nextInt(3_600_000));
            }
            f.put("RestoreTaskId", id("s1", 10));
            f.put("RestoreTaskName", "restore-" + plan.database() + "-" + i);
            f.put("RestoreTime", created - 60_000L * (1 + random.nextInt(10_080)));
            ObjectNode record = records.addObject();
            record.putObject("hidden");
            record.set("item", ordered(f, DBS_ITEM_FIELDS));
        }
        return root;
    }

    private int progress(String status) {
        return switch (status) {
            case "init", "check_pass" -> 0;
            default -> random.nextInt(100);
        };
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ObjectNode ordered(Map<String, Object> fields, List<String> order) {
        if (!order.containsAll(fields.keySet())) {
            throw new IllegalStateException("undocumented field among " + fields.keySet());
        }
        ObjectNode item = MAPPER.createObjectNode();
        for (String name : order) {
            Object v = fields.get(name);
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                item.put(name, s);
            } else if (v instanceof Integer n) {
                item.put(name, n);
            } else if (v instanceof Long n) {
                item.put(name, n);
            } else if (v instanceof JsonNode n) {
                item.set(name, n);
            } else {
                throw new IllegalStateException(name + ": " + v.getClass());
            }
        }
        return item;
    }

    private static long roundUpToMiB(long bytes) {
        long mib = 1L << 20;
        return (bytes + mib - 1) / mib * mib;
    }

    private List<String> ids(int count, String prefix, int length) {
        return java.util.stream.IntStream.range(0, count).mapToObj(n -> id(prefix, length)).toList();
    }

    /** A new id, unique across this generator's dataset. */
    private String id(String prefix, int length) {
        while (true) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int k = 0; k < length; k++) {
                sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
            }
            if (ids.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    private String hex(int length) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < length; k++) {
            sb.append(ALNUM.charAt(random.nextInt(16)));
        }
        return sb.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static ObjectNode obj(String name, boolean value) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put(name, value);
        return o;
    }

    private static ArrayNode arr(String... values) {
        ArrayNode a = MAPPER.createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    private static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
