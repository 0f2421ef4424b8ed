package io.restorekit.config;

/**
 * The settings of repeatable runs and snapshots (README: Snapshots).
 *
 * @param seed {@code conformance.seed}: the seed of every choice the suite makes, or null (a run then draws one, or
 *             takes the recording's when it replays or compares with one)
 */
public record SnapshotSettings(Long seed) {
}
