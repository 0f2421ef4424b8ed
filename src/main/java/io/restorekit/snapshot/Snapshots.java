package io.restorekit.snapshot;

import io.restorekit.config.KitSettings;
import io.restorekit.config.Setting;
import io.restorekit.config.SnapshotSettings;
import io.restorekit.config.TargetSpec;
import io.restorekit.wire.HttpExchange;
import java.nio.file.Path;
import io.restorekit.report.KnownDeviations;
import io.restorekit.report.ParityDifference;
import io.restorekit.report.ScenarioOutcome;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A run's snapshot parts, checked before it sends anything (a folder or file it cannot use is one line naming the
 * setting): the recorder when {@code conformance.record} names a folder, and the seed of the recording it replays.
 */
public final class Snapshots {
    private final SnapshotRecorder recorder;
    private final ParityCheck parity;
    private final Long recordedSeed;
    private final boolean replays;
    private final Baseline baseline;
    private final Path baselineWrite;
    private final String target;

    private Snapshots(SnapshotRecorder recorder, ParityCheck parity, Long recordedSeed, boolean replays, Baseline baseline,
                      Path baselineWrite, String target) {
        this.recorder = recorder;
        this.parity = parity;
        this.recordedSeed = recordedSeed;
        this.replays = replays;
        this.baseline = baseline;
        this.baselineWrite = baselineWrite;
        this.target = target;
    }

    /** {@code identifiers}: values a recording must never hold (the AccessKeyId). */
    public static Snapshots open(KitSettings settings, Collection<String> identifiers) {
        SnapshotSettings given = settings.snapshots();
        SnapshotRecorder recorder = null;
        if (given.record() != null) {
            Path dir = Recording.checkWritable(settings.nameOf(Setting.RECORD.property()), given.record().toString());
            String masks = String.join(",", given.recordMask());
            recorder = new SnapshotRecorder(dir, IdentifierMask.parsePointers(settings.nameOf(Setting.RECORD_MASK.property()),
                    masks), identifiers);
        } else if (!given.recordMask().isEmpty()) {
            throw new io.restorekit.config.ConfigurationException(settings.nameOf(Setting.RECORD_MASK.property())
                    + " masks identifiers in a recording, but no recording was asked for: set conformance.record too");
        }
        ParityCheck parity = null;
        if (given.parity() != null) {
            String name = settings.nameOf(Setting.PARITY.property());
            Path dir = io.restorekit.config.RecordingFolder.checkReadable(name, given.parity().toString());
            parity = ParityCheck.load(name, dir, IdentifierMask.parsePointers(settings.nameOf(Setting.PARITY_MASK.property()),
                    String.join(",", given.parityMask())));
        } else if (!given.parityMask().isEmpty()) {
            throw new io.restorekit.config.ConfigurationException(settings.nameOf(Setting.PARITY_MASK.property())
                    + " names fields parity does not compare, but no parity was asked for: set conformance.parity too");
        }
        Optional<Path> replayed = replayed(settings);
        // The recording replayed, else the one compared with: its requests are only sent again with its seed.
        Long seed = replayed.or(() -> Optional.ofNullable(given.parity())).flatMap(Recording::manifest)
                .map(Recording.Manifest::seed).orElse(null);
        Baseline baseline = given.baseline() == null ? null
                : Baseline.load(settings.nameOf(Setting.BASELINE.property()), given.baseline());
        if (given.baselineWrite() != null && Files.isDirectory(given.baselineWrite())) {
            throw new io.restorekit.config.ConfigurationException(settings.nameOf(Setting.BASELINE_WRITE.property()) + "='"
                    + given.baselineWrite() + "' is a folder; name the baseline file to write");
        }
        return new Snapshots(recorder, parity, seed, replayed.isPresent(), baseline, given.baselineWrite(), settings.target());
    }

    /** The recording this run replays ({@code snapshot:DIR}), if it does. */
    private static Optional<Path> replayed(KitSettings settings) {
        TargetSpec spec = TargetSpec.parse(settings.nameOf(KitSettings.TARGET), settings.target());
        return spec instanceof TargetSpec.Snapshot snapshot ? Optional.of(snapshot.dir()) : Optional.empty();
    }

    /** Where every exchange goes besides the scenario's journal: the recorder, or nowhere. */
    public Consumer<HttpExchange> exchangeSink() {
        return recorder == null ? exchange -> { } : recorder;
    }

    /** The seed the replayed (or compared) recording was made with, when it says. */
    public Optional<Long> recordedSeed() {
        return Optional.ofNullable(recordedSeed);
    }

    /** Writes the recording, if the run makes one; returns the lines to print (the recording's, parity's). */
    public List<String> finish(Long seed, String target) {
        List<String> lines = new java.util.ArrayList<>();
        if (parity != null) {
            lines.add(parity.summary());
        }
        if (recorder != null) {
            lines.add(recorder.write(seed, target));
        }
        return lines;
    }

    /** How {@code exchange}'s answer differs from the recording parity compares with (empty without parity). */
    public List<ParityDifference> parity(HttpExchange exchange) {
        return parity == null || !exchange.answered() ? List.of() : parity.compare(exchange);
    }

    /** The baseline the run is judged against (none: every failure fails the run). */
    public KnownDeviations deviations() {
        return baseline == null ? KnownDeviations.NONE : baseline;
    }

    /** Writes {@code outcomes} as a baseline when conformance.baseline.write names a file; returns the line to print. */
    public Optional<String> writeBaseline(List<ScenarioOutcome> outcomes) {
        if (baselineWrite == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.write(baselineWrite, outcomes, target));
        } catch (java.io.IOException e) {
            return Optional.of("Could not write the baseline " + baselineWrite + ": " + e.getMessage());
        }
    }

    /** The recording parity compares with, if any. */
    public Optional<Path> parityDir() {
        return parity == null ? Optional.empty() : Optional.of(parity.dir());
    }

    /** When this run replays a recording and {@code exchange} is its miss answer: the miss's first line. */
    public Optional<String> miss(HttpExchange exchange) {
        return replays ? ReplayMiss.of(exchange) : Optional.empty();
    }
}
