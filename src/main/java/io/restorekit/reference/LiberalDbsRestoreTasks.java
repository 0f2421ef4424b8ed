package io.restorekit.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DescribeRestoreTaskList under the other reading wherever the page is silent (see {@link LiberalHbrRestoreJobs}).
 */
public class LiberalDbsRestoreTasks extends DbsRestoreTasksBehaviour {
    private static final List<Integer> PAGE_SIZES = List.of(30, 50, 100);

    public LiberalDbsRestoreTasks(List<DatasetRecord> tasks) {
        super(tasks);
    }

    @Override
    public boolean answers(String action, String version) {
        return action().equals(action);
    }

    /** A page size not in "30 50 100" becomes the next one up (at most 100), or the default; not refused. */
    @Override
    protected int pageSize(RpcRequest request) {
        return LiberalHbrRestoreJobs.lenientInt(request, "PageSize").filter(v -> v >= 1)
                .map(v -> PAGE_SIZES.stream().filter(s -> s >= v).findFirst().orElse(100))
                .orElse(defaultPageSize());
    }

    /** A page number below 0, or not a number, is the first page. */
    @Override
    protected int pageNum(RpcRequest request) {
        return LiberalHbrRestoreJobs.lenientInt(request, "PageNum").filter(v -> v >= 0).orElse(defaultPageNum());
    }

    /** Ids are split at each comma exactly as sent: "a, b" names "a" and " b". */
    @Override
    protected Set<String> restoreTaskIds(RpcRequest request) {
        return request.param("RestoreTaskId")
                .map(s -> Arrays.stream(s.split(",")).filter(id -> !id.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Errors in Alibaba Cloud's common envelope only (RequestId, Code, Message), as its gateway answers them. */
    @Override
    public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
        return AlibabaError.body(e, requestId, request.host(), product());
    }
}
