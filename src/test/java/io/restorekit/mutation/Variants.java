package io.restorekit.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restorekit.reference.ApiException;
import io.restorekit.reference.BehaviourSet;
import io.restorekit.reference.DatasetRecord;
import io.restorekit.reference.DbsRestoreTasksBehaviour;
import io.restorekit.reference.HbrRestoreJobsBehaviour;
import io.restorekit.reference.ReferenceAnswer;
import io.restorekit.reference.ReferenceServer;
import io.restorekit.reference.RpcRequest;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Builders of mutant behaviours on top of the documented reference: replace one action's behaviour with a subclass
 * that overrides one rule, edit what one action answers, or rewrite the answer on the wire.
 */
final class Variants {
    private Variants() {
    }

    /** The documented set with HBR answered by {@code behaviour} (a subclass overriding one rule). */
    static Function<ReferenceServer, BehaviourSet> hbr(Function<List<DatasetRecord>, HbrRestoreJobsBehaviour> behaviour) {
        return server -> server.documentedBehaviour().with(behaviour.apply(server.dataset().hbrRestoreJobs()));
    }

    /** The documented set with DBS answered by {@code behaviour} (a subclass overriding one rule). */
    static Function<ReferenceServer, BehaviourSet> dbs(Function<List<DatasetRecord>, DbsRestoreTasksBehaviour> behaviour) {
        return server -> server.documentedBehaviour().with(behaviour.apply(server.dataset().dbsRestoreTasks()));
    }

    /** The documented set whose answers are rewritten on the wire (status, Content-Type, body text). */
    static Function<ReferenceServer, BehaviourSet> wire(UnaryOperator<ReferenceAnswer> rewrite) {
        return server -> server.documentedBehaviour().withAnswerProcessor(rewrite);
    }

    /** HBR success bodies edited after the documented envelope is built. */
    static Function<ReferenceServer, BehaviourSet> hbrEnvelope(Consumer<ObjectNode> edit) {
        return hbr(jobs -> new HbrRestoreJobsBehaviour(jobs) {
            @Override
            protected ObjectNode envelope(String requestId, int pageNumber, int pageSize, int totalCount,
                                          List<DatasetRecord> page) {
                ObjectNode body = super.envelope(requestId, pageNumber, pageSize, totalCount, page);
                edit.accept(body);
                return body;
            }
        });
    }

    /** DBS success bodies edited after the documented envelope is built. */
    static Function<ReferenceServer, BehaviourSet> dbsEnvelope(Consumer<ObjectNode> edit) {
        return dbs(tasks -> new DbsRestoreTasksBehaviour(tasks) {
            @Override
            protected ObjectNode envelope(String requestId, int pageNum, int pageSize, int totalElements,
                                          List<DatasetRecord> page) {
                ObjectNode body = super.envelope(requestId, pageNum, pageSize, totalElements, page);
                edit.accept(body);
                return body;
            }
        });
    }

    /** Every listed HBR job that {@code where} selects, edited (a copy: the dataset is untouched). */
    static Function<ReferenceServer, BehaviourSet> hbrItems(Predicate<ObjectNode> where, Consumer<ObjectNode> edit) {
        return hbrEnvelope(body -> eachItem(body.path("RestoreJobs").path("RestoreJob"), where, edit));
    }

    /** Every listed DBS task that {@code where} selects, edited. */
    static Function<ReferenceServer, BehaviourSet> dbsItems(Predicate<ObjectNode> where, Consumer<ObjectNode> edit) {
        return dbsEnvelope(body -> eachItem(body.path("Items").path("RestoreTaskDetail"), where, edit));
    }

    /** HBR error bodies edited after the documented error is built (the HTTP status stays). */
    static Function<ReferenceServer, BehaviourSet> hbrError(Consumer<ObjectNode> edit) {
        return hbr(jobs -> new HbrRestoreJobsBehaviour(jobs) {
            @Override
            public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
                ObjectNode body = super.error(e, request, requestId);
                edit.accept(body);
                return body;
            }
        });
    }

    /** DBS error bodies edited after the documented error is built. */
    static Function<ReferenceServer, BehaviourSet> dbsError(Consumer<ObjectNode> edit) {
        return dbs(tasks -> new DbsRestoreTasksBehaviour(tasks) {
            @Override
            public ObjectNode error(ApiException e, RpcRequest request, String requestId) {
                ObjectNode body = super.error(e, request, requestId);
                edit.accept(body);
                return body;
            }
        });
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
