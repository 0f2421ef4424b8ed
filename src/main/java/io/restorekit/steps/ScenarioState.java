package io.restorekit.steps;

import io.restorekit.oracle.FilterCondition;
import io.restorekit.oracle.PageWalk;
import io.restorekit.session.ApiSession;
import io.restorekit.clause.ClauseViolation;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one scenario has seen so far; shared by its step classes (one instance per scenario). */
public final class ScenarioState {
    private static final Pattern PICK = Pattern.compile("\\{\\{([A-Za-z0-9_]+)}}");

    ApiSession session;
    RpcResponse answer;
    RpcResponse secondAnswer;
    PageWalk walk;
    /** Why the last "list all" got no walk: the target rejected the first page (kept for lenient steps). */
    AssertionError walkRejection;
    PageWalk secondWalk;
    PageWalk fullListing;
    int walkPageSize;
    RpcRequest walkRequest;
    final List<FilterCondition> filters = new ArrayList<>();
    final Map<String, String> picks = new LinkedHashMap<>();

    /** Replaces {@code {{name}}} with the value picked under that name. */
    String expand(String text) {
        Matcher m = PICK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = picks.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("the scenario uses {{" + m.group(1) + "}} but picked no value by that name");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    PageWalk requireFullListing() {
        if (fullListing == null) {
            throw new IllegalStateException("the scenario needs 'Given the full listing …' first");
        }
        return fullListing;
    }

    PageWalk requireWalk() {
        if (walkRejection != null) {
            throw walkRejection;
        }
        if (walk == null) {
            throw new IllegalStateException("the scenario listed nothing page by page yet");
        }
        return walk;
    }

    RpcResponse requireAnswer() {
        if (answer == null) {
            throw new IllegalStateException("the scenario sent no request yet");
        }
        return answer;
    }

    /** What one item is called in messages, the noun of the API's descriptor. */
    String noun() {
        return session.api().list().noun();
    }

    /** The scenario's clause is broken: a failure (MUST) or a warning (SHOULD), by the scenario's grade. */
    RuntimeException violation(String statement, RpcResponse response) {
        return session.broken(statement, response);
    }

    /** Fails with the paging problems the walk found, if any. */
    PageWalk requireConsistent(PageWalk walk) {
        if (!walk.consistent()) {
            throw violation("Paging broke while listing: " + walk.describe(), lastPage(walk));
        }
        return walk;
    }

    void requireSizeParam(String sizeParam) {
        String documented = session.api().paging().sizeParam();
        if (!sizeParam.equals(documented)) {
            throw new IllegalArgumentException(sizeParam + " is not " + session.api().label() + "'s page size parameter " + documented);
        }
    }

    /** The request with each table row (name | value) added, {{picks}} expanded. */
    RpcRequest withRows(RpcRequest request, io.cucumber.datatable.DataTable table) {
        RpcRequest built = request;
        for (List<String> row : table.asLists()) {
            built = built.with(row.get(0), expand(row.get(1) == null ? "" : row.get(1)));
        }
        return built;
    }

    static RpcResponse lastPage(PageWalk walk) {
        return walk.pages().isEmpty() ? null : walk.pages().get(walk.pages().size() - 1).response();
    }

    /** Skips the scenario with the reason (a JUnit/Cucumber "aborted" outcome, never a pass). */
    static <T> T skip(String reason) {
        throw new org.opentest4j.TestAbortedException("Skipped: " + reason);
    }
}
