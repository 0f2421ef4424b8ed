package io.restorekit.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restorekit.TestApis;
import io.restorekit.config.KitSettings;
import io.restorekit.report.ReportFacts;
import io.restorekit.session.SessionContext;
import io.restorekit.target.Targets;
import io.restorekit.wire.RpcClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The glue's constructors get the run's one runtime, whichever object factory (Cucumber makes one per thread when
 * scenarios run in parallel) builds them, and one instance per scenario of everything else they declare.
 */
class KitObjectFactoryTest {
    public static final class State {
    }

    public static final class Steps {
        final State state;
        final KitRuntime runtime;

        public Steps(State state, KitRuntime runtime) {
            this.state = state;
            this.runtime = runtime;
        }
    }

    public static final class OtherSteps {
        final State state;
        final SessionContext session;

        public OtherSteps(State state, SessionContext session) {
            this.state = state;
            this.session = session;
        }
    }

    public static final class TwoConstructors {
        public TwoConstructors() {
        }

        public TwoConstructors(State state) {
        }
    }

    private static KitRuntime runtime() {
        Properties props = new Properties();
        props.setProperty("kit.root", TestApis.ROOT.toString());
        return new KitRuntime(KitSettings.from(props, Map.of()), Targets.fixed(URI.create("http://127.0.0.1:1"), "nowhere"),
                RpcClient.RequestDecorator.NONE, new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void everyFactoryOfARunGivesItsGlueTheRunsRuntimeAndEachScenarioItsOwnState() throws Exception {
        try (KitRuntime runtime = runtime()) {
            CurrentRun.enter(runtime);
            try {
                KitObjectFactory factory = new KitObjectFactory();
                factory.addClass(Steps.class);
                factory.addClass(OtherSteps.class);
                factory.start();
                Steps steps = factory.getInstance(Steps.class);
                OtherSteps other = factory.getInstance(OtherSteps.class);
                assertThat(steps.runtime).isSameAs(runtime);
                assertThat(other.session).isSameAs(runtime);
                assertThat(other.state).isSameAs(steps.state);
                assertThat(factory.getInstance(Steps.class)).isSameAs(steps);
                factory.stop();

                factory.start();
                Steps next = factory.getInstance(Steps.class);
                assertThat(next).isNotSameAs(steps);
                assertThat(next.state).isNotSameAs(steps.state);
                assertThat(next.runtime).isSameAs(runtime);
                factory.stop();

                Steps onAnotherThread = CompletableFuture.supplyAsync(() -> {
                    KitObjectFactory perThread = new KitObjectFactory();
                    perThread.start();
                    return perThread.getInstance(Steps.class);
                }).get();
                assertThat(onAnotherThread.runtime).isSameAs(runtime);
                assertThat(CurrentRun.started()).containsSame(runtime);
                assertThat(ReportFacts.Source.find()).isInstanceOf(RunReportFacts.class);
                assertThat(ReportFacts.Source.find().started()).containsSame((ReportFacts) runtime);
            } finally {
                CurrentRun.leave();
            }
        }
        assertThat(CurrentRun.started()).isEmpty();
        assertThat(new RunReportFacts().started()).isEmpty();
    }

    @Test
    void aSecondRunCannotEnterWhileOneIsInProgress() {
        try (KitRuntime first = runtime(); KitRuntime second = runtime()) {
            CurrentRun.enter(first);
            try {
                assertThatThrownBy(() -> CurrentRun.enter(second)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("one at a time");
                assertThat(CurrentRun.started()).containsSame(first);
            } finally {
                CurrentRun.leave();
            }
        }
    }

    @Test
    void glueNeedsExactlyOnePublicConstructor() {
        KitObjectFactory factory = new KitObjectFactory();
        factory.start();
        assertThatThrownBy(() -> factory.getInstance(TwoConstructors.class))
                .hasMessageContaining("exactly one public constructor");
    }
}
