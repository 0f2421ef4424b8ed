package io.restorekit.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of repeatable runs and snapshots (README: Snapshots), as given; the snapshot package checks the folders
 * and files before the run sends anything.
 *
 * @param seed       {@code conformance.seed}: the seed of every choice the suite makes, or null (a run then takes the
 *                   recording's when it replays or compares with one, else draws a fresh one)
 * @param record     {@code conformance.record}: the folder to record every exchange into, or null
 * @param recordMask {@code conformance.record.mask}: JSON pointers of account identifiers to mask in the recording
 * @param parity     {@code conformance.parity}: a recording every answer is compared with, or null
 * @param parityMask {@code conformance.parity.mask}: JSON pointers of further volatile fields parity does not compare
 * @param baseline   {@code conformance.baseline}: the known deviations the run is judged against, or null
 * @param baselineWrite {@code conformance.baseline.write}: where to write this run's outcomes as a baseline, or null
 */
public record SnapshotSettings(Long seed, Path record, List<String> recordMask, Path parity, List<String> parityMask,
                               Path baseline, Path baselineWrite) {
    public SnapshotSettings {
        recordMask = List.copyOf(recordMask);
        parityMask = List.copyOf(parityMask);
    }
}
