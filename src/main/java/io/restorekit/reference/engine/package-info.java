/**
 * The listing engine that computes an answer: {@link ListingBehaviour} (paging, selections, filters, order,
 * envelope and errors of one API from its rules and {@link DatasetRecord}s), {@link BehaviourSet} (every API of a
 * running server: the mutation seam), the {@link ListingHook} extension point, and the values it speaks in —
 * {@link RpcRequest} in, a JSON body, {@link ApiException} or {@link ReferenceAnswer} out.
 *
 * <p>Apart from the routing so that it knows nothing of WireMock: it runs on the rules package alone, and a variant
 * of it (a mutant) is plain Java over plain values.
 */
package io.restorekit.reference.engine;
