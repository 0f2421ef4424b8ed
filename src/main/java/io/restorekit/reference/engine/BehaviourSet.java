package io.restorekit.reference.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.restorekit.reference.rules.RulesEdit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a running reference server does, as one immutable value: a {@link ListingBehaviour} per rules file (by its
 * id, e.g. {@code hbr}), a post-processor applied to every JSON body the transformer produces (success and error),
 * and an answer processor applied to the written answer (status, {@code Content-Type}, body text) just before it
 * goes out.
 *
 * <p>The mutation seam: derive a variant and hand it to {@link io.restorekit.reference.ReferenceServer#useBehaviour(BehaviourSet)}; the next
 * request sees it, no restart. Examples:
 * <pre>{@code
 * // change one rule as data: HBR's default page size
 * server.useBehaviour(server.behaviour().withRules("hbr", rules -> rules.with("/paging/size/default", 20)));
 * // change one rule in Java: a hook of the engine overridden
 * server.useBehaviour(server.behaviour().withEngine("hbr", b -> new ListingBehaviour(b.rules(), b.records(), b.hooks()) {
 *     @Override protected int totalPages(int total, int size) { return total / size; }
 * }));
 * // break the envelope: integers as strings
 * server.useBehaviour(server.behaviour().withPostProcessor(body -> ((ObjectNode) body).put("PageSize", "10")));
 * // break the protocol: JSON labelled as HTML
 * server.useBehaviour(server.behaviour().withAnswerProcessor(answer -> answer.withContentType("text/html")));
 * server.resetBehaviour();
 * }</pre>
 */
public record BehaviourSet(Map<String, ListingBehaviour> apis, UnaryOperator<JsonNode> postProcessor,
                           UnaryOperator<ReferenceAnswer> answerProcessor) {

    /** The post-processor of {@link #of}: the body as built. */
    private static final UnaryOperator<JsonNode> NO_POST_PROCESSING = UnaryOperator.identity();

    public BehaviourSet {
        apis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(apis));
    }

    /** {@code behaviours}, by id, no post-processing. */
    public static BehaviourSet of(List<ListingBehaviour> behaviours) {
        Map<String, ListingBehaviour> byId = new LinkedHashMap<>();
        behaviours.forEach(b -> byId.put(b.id(), b));
        return new BehaviourSet(byId, NO_POST_PROCESSING, UnaryOperator.identity());
    }

    /** Whether a post-processor other than {@link #of}'s (the body as built) is set: it then reads success bodies. */
    public boolean postProcesses() {
        return postProcessor != NO_POST_PROCESSING;
    }

    /** A copy in which {@code behaviour} answers for its {@link ListingBehaviour#id()} (replacing the old one). */
    public BehaviourSet with(ListingBehaviour behaviour) {
        Map<String, ListingBehaviour> copy = new LinkedHashMap<>(apis);
        copy.put(behaviour.id(), behaviour);
        return new BehaviourSet(copy, postProcessor, answerProcessor);
    }

    /** A copy in which API {@code id} runs on its rules edited by {@code edit} (a copy of the rules JSON). */
    public BehaviourSet withRules(String id, Consumer<RulesEdit> edit) {
        ListingBehaviour current = api(id);
        return with(current.withRules(current.rules().edited(json -> edit.accept(new RulesEdit(json)))));
    }

    /** A copy in which API {@code id} is answered by {@code engine} applied to its current behaviour. */
    public BehaviourSet withEngine(String id, Function<ListingBehaviour, ListingBehaviour> engine) {
        return with(engine.apply(api(id)));
    }

    /** A copy with another post-processor (it receives a body it may mutate or replace). */
    public BehaviourSet withPostProcessor(UnaryOperator<JsonNode> processor) {
        return new BehaviourSet(apis, processor, answerProcessor);
    }

    /** A copy with another answer processor (it receives the written answer and returns the one to send). */
    public BehaviourSet withAnswerProcessor(UnaryOperator<ReferenceAnswer> processor) {
        return new BehaviourSet(apis, postProcessor, processor);
    }

    /** The behaviour of rules file {@code id}. */
    public ListingBehaviour api(String id) {
        ListingBehaviour b = apis.get(id);
        if (b == null) {
            throw new IllegalArgumentException("no API with rules file rules/" + id + ".json; known: " + apis.keySet());
        }
        return b;
    }

    public Optional<ListingBehaviour> forId(String id) {
        return Optional.ofNullable(id).map(apis::get);
    }

    /** The first behaviour that answers this {@code Action} and {@code Version}; empty means 404. */
    public Optional<ListingBehaviour> resolve(String action, String version) {
        return apis.values().stream().filter(b -> b.answers(action, version)).findFirst();
    }
}
