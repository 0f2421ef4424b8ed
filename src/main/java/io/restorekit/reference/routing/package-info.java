/**
 * The WireMock-facing side: the request matcher {@link RpcActionMatcher} ({@code rpc-action}) and the transformer
 * {@link RestoreApiTransformer} ({@code restore-api}) that the mappings of {@code <stubs>/mappings} name, the
 * {@link RpcRequestParser} that reads a WireMock request as the SDKs send it, the {@link SignatureRequestFilter}
 * and the {@link ReadOnlyMappings} source.
 *
 * <p>Apart so that WireMock's types stop here: this package turns a request into an engine call and the engine's
 * answer into WireMock's response, and holds no listing rule.
 */
package io.restorekit.reference.routing;
