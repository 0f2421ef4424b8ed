/**
 * What a check rests on and what its breach raises: a scenario's clause tag ({@link io.restorekit.clause.ClauseTag}),
 * its basis and level ({@link io.restorekit.clause.Grade}), and the failure or warning a breach throws
 * ({@link io.restorekit.clause.ClauseViolation}, {@link io.restorekit.clause.ClauseWarning}). Apart from {@code session},
 * which raises them, and {@code report}, which reads them, so neither needs the other's insides.
 */
package io.restorekit.clause;
