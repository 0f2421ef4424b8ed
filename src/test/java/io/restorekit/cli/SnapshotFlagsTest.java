package io.restorekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.restorekit.TestApis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Snapshot input the jar cannot use is one line naming the flag, exit 2, before anything is sent. */
class SnapshotFlagsTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--seed     | soon               | --seed='soon' is not a seed: it must be a whole number",
            "--target   | snapshot:/no/such  | --target=snapshot:='/no/such': /no/such does not exist; name a folder that conformance.record wrote",
            "--parity   | /no/such           | --parity='/no/such': /no/such does not exist",
            "--baseline | /no/such.json      | --baseline='/no/such.json': /no/such.json does not exist; name a baseline file",
            "--baseline | BAD                | is not valid JSON: ",
            "--record   | FILE               | is a file, not a folder to record into"})
    void unusableSnapshotInputIsOneLineAndExitTwo(String flag, String value, String expected) throws Exception {
        Path work = TestApis.ROOT.resolve("target/snapshot-flags");
        Files.createDirectories(work);
        Path bad = work.resolve("bad.json");
        Files.writeString(bad, "[{oops");
        String given = value.equals("BAD") ? bad.toString() : value.equals("FILE") ? bad.toString() : value;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ConformanceCli.run(new String[] {flag, given, "--kit-root", TestApis.ROOT.toString(),
                        "--report-dir", work.resolve("reports").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(exit).as(line + out).isEqualTo(2);
        assertThat(line).startsWith("restore-conformance: ").contains(expected).doesNotContain("\n").doesNotContain("Exception");
    }
}
