package io.restorekit.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many requests a whole run will send, and how long that takes at the run's rate, said before its first scenario:
 * against the live service a run's cost is its requests, not its CPU.
 *
 * <p>The model is the suite's request budget ({@value #FILE} beside the features, kept current by the kit's own tests):
 * per API, the requests one run sent against the reference and how many of them asked for a page after the first.
 * Those later pages grow with the listing (walks of every page, listings filtered from it), the rest do not, so a
 * target whose probe counts {@code T} items is estimated at {@code fixed + laterPages × T / measuredTotal}.
 */
public final class RequestEstimate {
    public static final String FILE = "request-budget.json";

    /** One API's budget: what a run against {@code measuredTotal} items sent, and how many were later pages. */
    public record Budget(long measuredTotal, long requests, long laterPages) {
        long estimate(long total) {
            long fixed = requests - laterPages;
            return measuredTotal <= 0 ? requests : fixed + Math.round((double) laterPages * total / measuredTotal);
        }
    }

    private final Map<String, Budget> budgets;

    public RequestEstimate(Map<String, Budget> budgets) {
        this.budgets = Map.copyOf(budgets);
    }

    /** The budget beside {@code featuresDir}, or none when the suite has none (an estimate is then not given). */
    public static Optional<RequestEstimate> read(Path featuresDir) {
        Path file = featuresDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode apis = new ObjectMapper().readTree(file.toFile()).path("apis");
            Map<String, Budget> budgets = new LinkedHashMap<>();
            apis.properties().forEach(e -> budgets.put(e.getKey(), new Budget(e.getValue().path("measuredTotal").asLong(),
                    e.getValue().path("requests").asLong(), e.getValue().path("laterPages").asLong())));
            return Optional.of(new RequestEstimate(budgets));
        } catch (IOException e) {
            throw new io.restorekit.config.ConfigurationException(file + " is not a request budget: " + e.getMessage());
        }
    }

    /**
     * One line: {@code Estimate: about 342 requests for the whole suite (DBS 89, HBR 253) for DBS 132, HBR 231 items; at 5/s about 1 min 8 s}.
     *
     * @param totals each API's item count as the probe found it (id → count), labels by id for the line
     * @param rate   requests per second, 0 for unlimited
     */
    public String describe(Map<String, Long> totals, Map<String, String> labels, double rate) {
        return describe(totals, labels, rate, null);
    }

    /** As above; with a tag filter ({@code tags} not blank) the line says the run sends fewer. */
    public String describe(Map<String, Long> totals, Map<String, String> labels, double rate, String tags) {
        StringBuilder perApi = new StringBuilder();
        StringBuilder items = new StringBuilder();
        StringBuilder unknown = new StringBuilder();
        long sum = 0;
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            String label = labels.getOrDefault(total.getKey(), total.getKey());
            Budget budget = budgets.get(total.getKey());
            if (budget == null) {
                unknown.append(unknown.isEmpty() ? "" : ", ").append(label);
                continue;
            }
            long requests = budget.estimate(Math.max(0, total.getValue()));
            sum += requests;
            perApi.append(perApi.isEmpty() ? "" : ", ").append(label).append(' ').append(requests);
            items.append(items.isEmpty() ? "" : ", ").append(label).append(' ')
                    .append(total.getValue() < 0 ? "(no count)" : total.getValue());
        }
        String line = "Estimate: about " + sum + " requests for the whole suite (" + perApi + ") for " + items + " items"
                + (rate > 0 ? "; at " + rate(rate) + "/s " + duration(Duration.ofMillis(Math.round(sum * 1000 / rate)))
                : "; no rate limit");
        if (tags != null && !tags.isBlank()) {
            line += "; the tag filter " + tags + " sends fewer";
        }
        return unknown.isEmpty() ? line : line + "; no budget for " + unknown + " (" + FILE + ")";
    }

    /** The whole run's estimate: the sum over the APIs the budget knows. */
    public long total(Map<String, Long> totals) {
        return totals.entrySet().stream().mapToLong(t -> requests(t.getKey(), Math.max(0, t.getValue())).orElse(0L)).sum();
    }

    /** Requests an API's run is estimated at for {@code total} items, if the budget knows the API. */
    public Optional<Long> requests(String api, long total) {
        return Optional.ofNullable(budgets.get(api)).map(b -> b.estimate(total));
    }

    private static String rate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 1) {
            return "under 1 s";
        }
        if (seconds < 60) {
            return "about " + seconds + " s";
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return "about " + (hours > 0 ? hours + " h " + minutes + " min" : minutes + " min " + seconds % 60 + " s");
    }
}
