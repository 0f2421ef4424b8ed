/**
 * The WireMock reference stubs, by their entry points: {@link ReferenceServer} (embedded), {@link ReferenceServerMain}
 * (the {@code reference-stubs} command), {@link ReferenceExtensions} (WireMock's own runner finds it by
 * {@code ServiceLoader}) and {@link ReferenceApis} (a stubs folder's rules, datasets and hooks, loaded).
 *
 * <p>The parts, by role: {@code rules} (the rules files and their model), {@code engine} (the listing engine that
 * computes an answer) and {@code routing} (WireMock's matcher, transformer and filters). Each depends only on those
 * listed before it; see docs/reference-stubs.md, "Layout".
 */
package io.restorekit.reference;
