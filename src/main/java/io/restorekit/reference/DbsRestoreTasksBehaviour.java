package io.restorekit.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Database Backup (DBS, 2019-03-06) {@code DescribeRestoreTaskList}, computed from the dataset. Pages are numbered
 * from 0 ({@code PageNum} default 0, as the page's default and sample say; its "any non-zero positive Integer" is a
 * recorded doc defect). {@code ClientToken} is accepted and ignored: answers are a pure function of the other
 * parameters and the dataset, so the same token (with the same parameters) gets the same answer.
 */
public class DbsRestoreTasksBehaviour extends ActionBehaviour {
    public static final String ACTION = "DescribeRestoreTaskList";
    public static final String VERSION = "2019-03-06";

    protected final List<DatasetRecord> tasks;

    public DbsRestoreTasksBehaviour(List<DatasetRecord> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    @Override
    public String product() {
        return "dbs";
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ObjectNode success(RpcRequest request, String requestId) {
        int pageNum = pageNum(request);
        int pageSize = pageSize(request);
        String planId = backupPlanId(request);
        Set<String> taskIds = restoreTaskIds(request);
        List<DatasetRecord> matching = tasks.stream()
                .filter(t -> selected(t, planId, taskIds))
                .sorted(order())
                .toList();
        List<DatasetRecord> page = page(matching, pageNum, pageSize);
        return envelope(requestId, pageNum, pageSize, matching.size(), page);
    }

    @Override
    public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
        ObjectNode body = super.error(e, request, requestId);
        body.put("Success", false);
        body.put("ErrCode", e.code());
        body.put("ErrMessage", e.getMessage());
        body.put("HttpStatusCode", e.status());
        return body;
    }

    // ---- paging ----------------------------------------------------------------------------------------------

    protected int defaultPageNum() {
        return 0;
    }

    protected int defaultPageSize() {
        return 30;
    }

    /** 0 is the first page; negative numbers are refused. */
    protected boolean isValidPageNum(int pageNum) {
        return pageNum >= 0;
    }

    /** Only 30, 50 or 100. */
    protected boolean isValidPageSize(int pageSize) {
        return pageSize == 30 || pageSize == 50 || pageSize == 100;
    }

    protected int pageNum(RpcRequest request) {
        int n = intParam(request, "PageNum", defaultPageNum());
        if (!isValidPageNum(n)) {
            throw ApiException.invalidParameter("PageNum", n + " is out of range: pages are numbered from 0");
        }
        return n;
    }

    protected int pageSize(RpcRequest request) {
        int n = intParam(request, "PageSize", defaultPageSize());
        if (!isValidPageSize(n)) {
            throw ApiException.invalidParameter("PageSize", n + " is not one of 30, 50, 100");
        }
        return n;
    }

    /** Pages are numbered from 0: page N of size S holds items S×N+1 … S×(N+1) of the ordered listing. */
    protected List<DatasetRecord> page(List<DatasetRecord> ordered, int pageNum, int pageSize) {
        return slice(ordered, (long) pageNum * pageSize, pageSize);
    }

    protected int totalPages(int totalElements, int pageSize) {
        return (totalElements + pageSize - 1) / pageSize;
    }

    // ---- restrictions ----------------------------------------------------------------------------------------

    /** The plan to restrict to; absent or empty means no restriction (null). */
    protected String backupPlanId(RpcRequest request) {
        return request.param("BackupPlanId").filter(s -> !s.isEmpty()).orElse(null);
    }

    /** A task is listed when it belongs to the plan (if one is named) and is one of the ids (if any are named). */
    protected boolean selected(DatasetRecord task, String planId, Set<String> taskIds) {
        return (planId == null || task.itemText("BackupPlanId").map(planId::equals).orElse(false))
                && (taskIds.isEmpty() || task.itemText("RestoreTaskId").map(taskIds::contains).orElse(false));
    }

    /** One id or a comma-separated list; items are trimmed and empty items dropped. Empty set = no restriction. */
    protected Set<String> restoreTaskIds(RpcRequest request) {
        return request.param("RestoreTaskId")
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    // ---- answer ----------------------------------------------------------------------------------------------

    /** RestoreTaskCreateTime descending (newest first), then RestoreTaskId ascending. */
    protected Comparator<DatasetRecord> order() {
        return Comparator.comparingLong((DatasetRecord r) -> r.itemLong("RestoreTaskCreateTime")).reversed()
                .thenComparing(r -> r.itemText("RestoreTaskId").orElse(""));
    }

    protected ObjectNode envelope(String requestId, int pageNum, int pageSize, int totalElements,
                                  List<DatasetRecord> page) {
        ObjectNode body = Json.object();
        body.put("RequestId", requestId);
        body.put("Success", true);
        body.put("HttpStatusCode", 200);
        body.put("PageNum", pageNum);
        body.put("PageSize", pageSize);
        body.put("TotalElements", totalElements);
        body.put("TotalPages", totalPages(totalElements, pageSize));
        ArrayNode list = body.putObject("Items").putArray("RestoreTaskDetail");
        page.forEach(task -> list.add(task.item().deepCopy()));
        return body;
    }
}
