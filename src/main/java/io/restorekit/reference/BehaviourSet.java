package io.restorekit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a running reference server does, as one immutable value: an {@link ActionBehaviour} per {@code Action}, a
 * post-processor applied to every JSON body the transformer produces (success and error), and an answer processor
 * applied to the written answer (status, {@code Content-Type}, body text) just before it goes out.
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
 * // break the protocol: JSON labelled as HTML
 * server.useBehaviour(server.behaviour().withAnswerProcessor(answer -> answer.withContentType("text/html")));
 * server.resetBehaviour();
 * }</pre>
 */
public record BehaviourSet(Map<String, ActionBehaviour> actions, UnaryOperator<JsonNode> postProcessor,
                           UnaryOperator<ReferenceAnswer> answerProcessor) {

    public BehaviourSet {
        actions = Map.copyOf(actions);
    }

    public BehaviourSet(Map<String, ActionBehaviour> actions, UnaryOperator<JsonNode> postProcessor) {
        this(actions, postProcessor, UnaryOperator.identity());
    }

    /** The documented behaviour of both APIs over {@code dataset}, no post-processing. */
    public static BehaviourSet defaults(ReferenceDataset dataset) {
        return new BehaviourSet(Map.of(), UnaryOperator.identity())
                .with(new HbrRestoreJobsBehaviour(dataset.hbrRestoreJobs()))
                .with(new DbsRestoreTasksBehaviour(dataset.dbsRestoreTasks()));
    }

    /**
     * Both APIs under the other reading wherever their pages are silent: correct by every sentence the pages state,
     * so a conformance run against it may warn but must not fail.
     */
    public static BehaviourSet liberal(ReferenceDataset dataset) {
        return new BehaviourSet(Map.of(), UnaryOperator.identity())
                .with(new LiberalHbrRestoreJobs(dataset.hbrRestoreJobs()))
                .with(new LiberalDbsRestoreTasks(dataset.dbsRestoreTasks()));
    }

    /** A copy in which {@code behaviour} answers its {@link ActionBehaviour#action()} (replacing the old one). */
    public BehaviourSet with(ActionBehaviour behaviour) {
        Map<String, ActionBehaviour> copy = new LinkedHashMap<>(actions);
        copy.put(behaviour.action(), behaviour);
        return new BehaviourSet(copy, postProcessor, answerProcessor);
    }

    /** A copy with another post-processor (it receives a body it may mutate or replace). */
    public BehaviourSet withPostProcessor(UnaryOperator<JsonNode> processor) {
        return new BehaviourSet(actions, processor, answerProcessor);
    }

    /** A copy with another answer processor (it receives the written answer and returns the one to send). */
    public BehaviourSet withAnswerProcessor(UnaryOperator<ReferenceAnswer> processor) {
        return new BehaviourSet(actions, postProcessor, processor);
    }

    public Optional<ActionBehaviour> forAction(String action) {
        return Optional.ofNullable(action).map(actions::get);
    }

    /**
     * The behaviour that answers this {@code Action} and {@code Version} ({@link ActionBehaviour#answers}): the one
     * registered under the action name first, then any other that claims the call; empty means 404.
     */
    public Optional<ActionBehaviour> resolve(String action, String version) {
        Optional<ActionBehaviour> named = forAction(action).filter(b -> b.answers(action, version));
        if (named.isPresent()) {
            return named;
        }
        return actions.values().stream().filter(b -> b.answers(action, version)).findFirst();
    }
}
