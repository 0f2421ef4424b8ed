package io.restorekit.mutation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restorekit.report.ConsoleSummary;
import io.restorekit.report.ScenarioOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The mutation panel: the conformance suite must pass the reference (no scenario failed or skipped) and fail every
 * mutant that breaks a documented clause. One JVM, one WireMock server, the behaviour swapped per mutant. Writes
 * {@code target/mutation-panel/report.md} and {@code report.json}.
 */
class MutationPanelTest {
    static final int MINIMUM_MUTANTS = 30;

    /** The kit roots whose rules files mutants are generated from, the project's own first. */
    static final List<String> KITS = List.of(".", "src/test/resources/third-api");

    private static PanelRunner runner;
    /** Runners of the other kits (the third-API fixture), by kit root, each started with its first mutant. */
    private static final java.util.Map<Path, PanelRunner> kitRunners = new java.util.concurrent.ConcurrentHashMap<>();
    private static Path root;
    private static java.util.Map<String, String> knownSurvivors;
    private static Path panelDir;
    private static long started;
    private static MutantResult reference;
    private static final List<MutantResult> results = Collections.synchronizedList(new ArrayList<>());

    static List<Mutant> mutants() {
        List<Mutant> all = new ArrayList<>();
        all.addAll(HbrMutants.all());
        all.addAll(DbsMutants.all());
        all.addAll(WireMutants.all());
        all.addAll(RulesMutants.of(root, KITS.stream().map(k -> root.resolve(k).normalize()).toList()));
        return all;
    }

    @BeforeAll
    static void startPanel() {
        root = Path.of(System.getProperty("kit.root", ".")).toAbsolutePath().normalize();
        panelDir = root.resolve("target").resolve("mutation-panel");
        knownSurvivors = RulesMutants.knownSurvivors(root);
        started = System.nanoTime();
        runner = new PanelRunner(root, panelDir, true);
    }

    @AfterAll
    static void stopPanel() {
        try {
            if (reference != null) {
                PanelReport report = new PanelReport(reference, results, Duration.ofNanos(System.nanoTime() - started),
                        knownSurvivors);
                report.write(panelDir);
                System.out.println(report.summary() + "  Report: " + panelDir.resolve("report.md"));
            }
        } finally {
            runner.close();
            kitRunners.values().forEach(PanelRunner::close);
        }
    }

    @TestFactory
    Stream<DynamicTest> panel() {
        List<Mutant> mutants = mutants();
        Stream<DynamicTest> checks = Stream.of(
                dynamicTest("the panel has at least " + MINIMUM_MUTANTS + " mutants and one in every clause family", () -> coverage(mutants)),
                dynamicTest("the reference passes every scenario, none skipped", MutationPanelTest::referencePasses));
        Stream<DynamicTest> panel = mutants.stream().map(m -> dynamicTest(
                (m.isEquivalent() ? "equivalent, survives: " : "killed: ") + m, () -> judge(m)));
        Stream<DynamicTest> after = Stream.of(dynamicTest("the reference still passes after every mutant (nothing leaked)", () -> {
            MutantResult again = runner.reference();
            assertTrue(again.catching().isEmpty() && again.skipped().isEmpty(),
                    "after the panel the reference no longer passes cleanly:\n" + describe(again.outcomes().stream()
                            .filter(o -> o.verdict() != ScenarioOutcome.Verdict.PASSED).toList()));
        }));
        return Stream.of(checks, panel, after).flatMap(s -> s);
    }

    private static void coverage(List<Mutant> mutants) {
        List<Mutant> killable = mutants.stream().filter(m -> !m.isEquivalent()).toList();
        assertTrue(killable.size() >= MINIMUM_MUTANTS, "only " + killable.size() + " mutants");
        Set<ClauseFamily> covered = killable.stream().map(Mutant::family).collect(Collectors.toCollection(() -> EnumSet.noneOf(ClauseFamily.class)));
        Set<ClauseFamily> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
        assertTrue(missing.isEmpty(), "no mutant breaks a clause of " + missing);
        for (String api : List.of("HBR", "DBS")) {
            assertTrue(killable.stream().anyMatch(m -> m.api().equals(api)), "no mutant of " + api);
        }
        Set<String> names = new java.util.HashSet<>();
        for (Mutant m : mutants) {
            assertTrue(names.add(m.slug()), "two mutants named " + m.slug());
        }
        Set<String> listed = new java.util.HashSet<>(RulesMutants.verdicts(root).keySet());
        listed.removeAll(names);
        assertTrue(listed.isEmpty(), RulesMutants.VERDICTS + " names no generated mutant: " + listed);
    }

    private static void referencePasses() {
        reference = runner.reference();
        List<ScenarioOutcome> wrong = reference.outcomes().stream()
                .filter(o -> o.verdict() != ScenarioOutcome.Verdict.PASSED).toList();
        if (reference.outcomes().isEmpty() || !wrong.isEmpty()) {
            fail("The reference must pass every scenario and skip none, but " + (reference.outcomes().isEmpty() ? "no scenario ran"
                    : wrong.size() + " did not pass:\n" + describe(wrong)));
        }
    }

    private static void judge(Mutant mutant) {
        Assumptions.assumeTrue(reference != null && reference.catching().isEmpty() && reference.skipped().isEmpty(),
                "the reference run did not pass cleanly, so a failing scenario would prove nothing about the mutant");
        PanelRunner judge = runnerFor(mutant);
        String knownGap = knownSurvivors.get(mutant.slug());
        MutantResult result = knownGap != null ? judge.run(mutant, PanelRunner.apiScope(mutant)) : judge.run(mutant);
        if (mutant.generated() && knownGap == null && !mutant.isEquivalent() && !result.killed() && result.scope() != null
                && !result.scope().equals(PanelRunner.apiScope(mutant))) {
            // No scenario of the clause the generator guessed caught it: any MUST/SHOULD clause of its API may.
            result = result.then(judge.run(mutant, PanelRunner.apiScope(mutant)));
        }
        results.add(result);
        if (result.outcomes().isEmpty()) {
            fail("No scenario ran against " + mutant);
        }
        List<ScenarioOutcome> crashed = result.catching().stream()
                .filter(o -> o.message().contains("failed due to some unknown error")).toList();
        if (!crashed.isEmpty()) {
            fail("The mutant crashed the reference instead of breaking " + mutant.clause() + ":\n" + describe(crashed));
        }
        if (mutant.isEquivalent() && result.killed()) {
            fail("Declared equivalent (" + mutant.equivalentBecause() + "), but " + result.catching().size()
                    + " scenarios failed:\n" + describe(result.catching()));
        }
        if (knownGap != null) {
            if (result.killed()) {
                fail("Listed as a known survivor in " + RulesMutants.VERDICTS + " (" + knownGap + "), but it is killed now: "
                        + "remove it from the list. Caught by:\n" + describe(result.catching()));
            }
            return;
        }
        if (!mutant.isEquivalent() && !result.killed()) {
            fail("SURVIVED: no scenario fails when the target breaks " + mutant.clause() + " (" + mutant.breaks() + "); "
                    + result.outcomes().size() + " scenarios passed or skipped");
        }
    }

    /** The runner of the kit the mutant belongs to: the project's own, or one started for its kit on first use. */
    private static PanelRunner runnerFor(Mutant mutant) {
        if (mutant.kit() == null || mutant.kit().equals(root)) {
            return runner;
        }
        return kitRunners.computeIfAbsent(mutant.kit(), kit -> {
            PanelRunner other = new PanelRunner(kit, panelDir.resolve(root.relativize(kit).toString().replace('/', '-')), true);
            MutantResult ref = other.reference();
            List<ScenarioOutcome> wrong = ref.outcomes().stream().filter(o -> o.verdict() != ScenarioOutcome.Verdict.PASSED).toList();
            if (ref.outcomes().isEmpty() || !wrong.isEmpty()) {
                other.close();
                throw new AssertionError("The reference of kit " + kit + " must pass every scenario before its mutants run:\n"
                        + describe(wrong));
            }
            return other;
        });
    }

    private static String describe(List<ScenarioOutcome> outcomes) {
        return outcomes.stream().limit(10).map(o -> "  " + o.verdict() + " " + o.location() + " " + o.name() + "\n    "
                + ConsoleSummary.firstLine(o.message())).collect(Collectors.joining("\n"));
    }

}
