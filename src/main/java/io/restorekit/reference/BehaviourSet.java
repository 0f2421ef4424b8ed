package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a running reference server does, as one immutable value: an {@link ActionBehaviour} per {@code Action} and a
 * post-processor applied to every JSON body the transformer produces (success and error) just before it is written.
 *
 * <p>The mutation seam: derive a variant and hand it to {@link ReferenceServer#useBehaviour(BehaviourSet)}; the next
 * request sees it, no restart. Examples:
 * <pre>{@code
 * // break one rule: HBR's default page size
 * server.useBehaviour(server.behaviour().with(new HbrRestoreJobsBehaviour(server.dataset().hbrRestoreJobs()) {
 *     @Override protected int defaultPageSize() { return 20; }
 * }));
 * // break the envelope: integers as strings
 * server.useBehaviour(server.behaviour().withPostProcessor(body -> ((ObjectNode) body).put("PageSize", "10")));
 * server.resetBehaviour();
 * }</pre>
 */
public record BehaviourSet(Map<String, ActionBehaviour> actions, UnaryOperator<JsonNode> postProcessor) {

    public BehaviourSet {
        actions = Map.copyOf(actions);
    }

    /** The documented behaviour of both APIs over {@code dataset}, no post-processing. */
    public static BehaviourSet defaults(ReferenceDataset dataset) {
        return new BehaviourSet(Map.of(), UnaryOperator.identity())
                .with(new HbrRestoreJobsBehaviour(dataset.hbrRestoreJobs()))
                .with(new DbsRestoreTasksBehaviour(dataset.dbsRestoreTasks()));
    }

    /** A copy in which {@code behaviour} answers its {@link ActionBehaviour#action()} (replacing the old one). */
    public BehaviourSet with(ActionBehaviour behaviour) {
        Map<String, ActionBehaviour> copy = new LinkedHashMap<>(actions);
        copy.put(behaviour.action(), behaviour);
        return new BehaviourSet(copy, postProcessor);
    }

    /** A copy with another post-processor (it receives a body it may mutate or replace). */
    public BehaviourSet withPostProcessor(UnaryOperator<JsonNode> processor) {
        return new BehaviourSet(actions, processor);
    }

    public Optional<ActionBehaviour> forAction(String action) {
        return Optional.ofNullable(action).map(actions::get);
    }
}
