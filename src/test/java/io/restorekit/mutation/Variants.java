package io.restorekit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.engine.ApiException;
import io.restorekit.reference.engine.BehaviourSet;
import io.restorekit.reference.engine.DatasetRecord;
import io.restorekit.reference.engine.ListingBehaviour;
import io.restorekit.reference.engine.ReferenceAnswer;
import io.restorekit.reference.engine.RpcRequest;
import io.restorekit.reference.rules.ApiRules;
import io.restorekit.reference.rules.RulesEdit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Builders of mutant behaviours on top of the documented reference: a copy of one API's rules with one value
 * changed, the engine with one rule overridden, what one API answers edited, or the answer rewritten on the wire.
 */
final class Variants {
    private Variants() {
    }

    /** The documented set with API {@code api}'s rules edited (a copy with one value changed). */
    static Function<ReferenceServer, BehaviourSet> rules(String api, Consumer<RulesEdit> edit) {
        return server -> server.documentedBehaviour().withRules(api, edit);
    }

    /** The documented set with API {@code api} answered by {@code engine} (a subclass overriding one rule). */
    static Function<ReferenceServer, BehaviourSet> engine(String api, UnaryOperator<ListingBehaviour> engine) {
        return server -> server.documentedBehaviour().withEngine(api, engine);
    }

    static Function<ReferenceServer, BehaviourSet> hbr(UnaryOperator<ListingBehaviour> engine) {
        return engine("hbr", engine);
    }

    static Function<ReferenceServer, BehaviourSet> dbs(UnaryOperator<ListingBehaviour> engine) {
        return engine("dbs", engine);
    }

    static Function<ReferenceServer, BehaviourSet> hbrRules(Consumer<RulesEdit> edit) {
        return rules("hbr", edit);
    }

    static Function<ReferenceServer, BehaviourSet> dbsRules(Consumer<RulesEdit> edit) {
        return rules("dbs", edit);
    }

    /** The documented set whose answers are rewritten on the wire (status, Content-Type, body text). */
    static Function<ReferenceServer, BehaviourSet> wire(UnaryOperator<ReferenceAnswer> rewrite) {
        return server -> server.documentedBehaviour().withAnswerProcessor(rewrite);
    }

    /** API {@code api}'s success bodies edited after the rules built them. */
    static Function<ReferenceServer, BehaviourSet> envelope(String api, Consumer<ObjectNode> edit) {
        return engine(api, b -> new ListingBehaviour(b) {
            @Override
            protected ObjectNode envelope(String requestId, int pageNumber, int pageSize, int totalCount,
                                          List<DatasetRecord> page) {
                ObjectNode body = super.envelope(requestId, pageNumber, pageSize, totalCount, page);
                edit.accept(body);
                return body;
            }
        });
    }

    /** API {@code api}'s error bodies edited after the rules built them (the HTTP status stays). */
    static Function<ReferenceServer, BehaviourSet> error(String api, Consumer<ObjectNode> edit) {
        return engine(api, b -> new ListingBehaviour(b) {
            @Override
            public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
                ObjectNode body = super.error(e, request, requestId);
                edit.accept(body);
                return body;
            }
        });
    }

    /** API {@code api}'s selection {@code param} validated as documented but restricting nothing. */
    static Function<ReferenceServer, BehaviourSet> selectionIgnored(String api, String param) {
        return engine(api, b -> new ListingBehaviour(b) {
            @Override
            protected boolean selected(DatasetRecord record, Map<ApiRules.SelectionRule, Set<String>> restrictions) {
                Map<ApiRules.SelectionRule, Set<String>> kept = new LinkedHashMap<>(restrictions);
                kept.keySet().removeIf(rule -> rule.param().equals(param));
                return super.selected(record, kept);
            }
        });
    }

    static Function<ReferenceServer, BehaviourSet> hbrEnvelope(Consumer<ObjectNode> edit) {
        return envelope("hbr", edit);
    }

    static Function<ReferenceServer, BehaviourSet> dbsEnvelope(Consumer<ObjectNode> edit) {
        return envelope("dbs", edit);
    }

    /** Every listed HBR job that {@code where} selects, edited (a copy: the dataset is untouched). */
    static Function<ReferenceServer, BehaviourSet> hbrItems(Predicate<ObjectNode> where, Consumer<ObjectNode> edit) {
        return hbrEnvelope(body -> eachItem(body.path("RestoreJobs").path("RestoreJob"), where, edit));
    }

    /** Every listed DBS task that {@code where} selects, edited. */
    static Function<ReferenceServer, BehaviourSet> dbsItems(Predicate<ObjectNode> where, Consumer<ObjectNode> edit) {
        return dbsEnvelope(body -> eachItem(body.path("Items").path("RestoreTaskDetail"), where, edit));
    }

    static Function<ReferenceServer, BehaviourSet> hbrError(Consumer<ObjectNode> edit) {
        return error("hbr", edit);
    }

    static Function<ReferenceServer, BehaviourSet> dbsError(Consumer<ObjectNode> edit) {
        return error("dbs", edit);
    }

    /** {@code field} of {@code body} replaced by a value of another JSON type (same content where possible). */
    static void retype(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            throw new IllegalStateException("no field " + field + " to retype in " + body);
        }
        JsonNode other = value.isNumber() || value.isBoolean() ? f.textNode(value.asText())
                : value.isTextual() ? f.numberNode(value.asText().chars().sum())
                : f.textNode(value.toString());
        body.set(field, other);
    }

    /** {@code text} parsed as JSON (for mutants that unwrap JSON-in-a-string fields). */
    static JsonNode parse(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private static void eachItem(JsonNode list, Predicate<ObjectNode> where, Consumer<ObjectNode> edit) {
        if (list instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (item instanceof ObjectNode object && where.test(object)) {
                    edit.accept(object);
                }
            }
        }
    }

    static Predicate<ObjectNode> has(String field) {
        return item -> item.hasNonNull(field);
    }

    static Predicate<ObjectNode> fieldIs(String field, String value) {
        return item -> item.hasNonNull(field) && item.get(field).asText().equals(value);
    }
}
