/**
 * Snapshots (README: Snapshots): a run's exchanges recorded as WireMock stub mappings ({@link SnapshotRecorder}),
 * served again offline ({@link ReplayServer}), compared answer by answer with a later target ({@link ParityCheck}),
 * and a reviewed list of known deviations that a run is judged against ({@link Baseline}).
 */
package io.restorekit.snapshot;
