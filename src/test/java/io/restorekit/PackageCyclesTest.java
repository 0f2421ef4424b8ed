package io.restorekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run's composition root ({@code runner}) is the top of the packages it wires: nothing it depends on depends on
 * it, the reports know no runner, and the glue ({@code steps}) is known to no one but Cucumber. Read from the sources:
 * every import and fully-qualified name of {@code io.restorekit.<package>} in code (comments and string literals left
 * out; a package's sub-packages are packages of their own).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of(System.getProperty("kit.root", ".")).resolve("src/main/java/io/restorekit");
    private static final Pattern NAME = Pattern.compile("\\bio\\.restorekit\\.((?:[a-z][a-z0-9_]*\\.)*[a-z][a-z0-9_]*)\\b");
    private static final List<String> WATCHED = List.of("clause", "report", "runner", "session", "steps");
    /** Cycles left on purpose: none (report and session met in the clause types, now their own package). */
    private static final Set<Set<String>> KNOWN = Set.of();

    @Test
    void runnerIsInNoCycle() {
        Map<String, Set<String>> graph = graph();
        List<String> cycles = new ArrayList<>();
        for (String other : graph.keySet()) {
            if (!other.equals("runner") && reaches(graph, "runner", other) && reaches(graph, other, "runner")) {
                cycles.add("runner <-> " + other);
            }
        }
        assertThat(cycles).as("packages depending on the runner that the runner depends on").isEmpty();
    }

    @Test
    void noCycleBetweenClauseReportRunnerSessionAndSteps() {
        Map<String, Set<String>> graph = graph();
        List<String> cycles = new ArrayList<>();
        for (int i = 0; i < WATCHED.size(); i++) {
            for (int j = i + 1; j < WATCHED.size(); j++) {
                String a = WATCHED.get(i);
                String b = WATCHED.get(j);
                if (!KNOWN.contains(Set.of(a, b)) && reaches(graph, a, b) && reaches(graph, b, a)) {
                    cycles.add(a + " <-> " + b);
                }
            }
        }
        assertThat(cycles).isEmpty();
        assertThat(reaches(graph, "report", "runner")).as("report depends on runner").isFalse();
        assertThat(graph.keySet().stream().filter(p -> !p.equals("steps") && graph.get(p).contains("steps")))
                .as("packages naming the glue").isEmpty();
    }

    /**
     * No two packages of the kit depend on each other, through any path — except a package and its own sub-package
     * ({@code report} writes {@code report.docpage}'s pages from its own outcomes): one feature in two folders.
     */
    @Test
    void noTwoPackagesDependOnEachOther() {
        Map<String, Set<String>> graph = graph();
        List<String> cycles = new ArrayList<>();
        List<String> packages = new ArrayList<>(graph.keySet());
        for (int i = 0; i < packages.size(); i++) {
            for (int j = i + 1; j < packages.size(); j++) {
                String a = packages.get(i);
                String b = packages.get(j);
                boolean family = a.startsWith(b + ".") || b.startsWith(a + ".");
                if (!family && reaches(graph, a, b) && reaches(graph, b, a)) {
                    cycles.add(a + " <-> " + b);
                }
            }
        }
        assertThat(cycles).isEmpty();
    }

    @Test
    void theScanSeesImportsAndQualifiedNamesButNotCommentsOrStrings() {
        String code = "import io.restorekit.api.X;\n// io.restorekit.steps in a comment\n/* io.restorekit.steps */\n"
                + "class A { String glue = \"io.restorekit.steps\"; io.restorekit.report.docpage.DocPages p; }";
        assertThat(namedPackages(code)).containsExactlyInAnyOrder("api", "report.docpage");
        assertThat(graph()).containsKeys(WATCHED.toArray(String[]::new));
    }

    /** Each package and the other packages its sources name. */
    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".");
                Set<String> named = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                try {
                    namedPackages(Files.readString(f)).stream().filter(p -> !p.equals(pkg)).forEach(named::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        graph.values().forEach(named -> named.retainAll(graph.keySet()));
        return graph;
    }

    /** The packages {@code code} names: a name's segments up to its first capitalised one. */
    static Set<String> namedPackages(String code) {
        Matcher m = NAME.matcher(codeOnly(code));
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        return named;
    }

    /** The code without its comments, string literals (text blocks included) and character literals, in one pass. */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
        Deque<String> todo = new ArrayDeque<>(graph.getOrDefault(from, Set.of()));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }
}
