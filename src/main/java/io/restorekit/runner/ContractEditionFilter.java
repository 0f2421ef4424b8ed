package io.restorekit.runner;

import io.restorekit.config.ConfigurationException;
import io.restorekit.config.Contract;
import io.restorekit.config.Setting;
import io.restorekit.config.SettingSources;
import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Leaves the other contract edition's scenarios out of every run, at discovery (so they are neither run nor reported
 * as skipped): registered with the JUnit Platform by {@code META-INF/services}, so Maven's run and the standalone
 * runner filter alike. The edition is the run's, else the one the system settings name.
 */
public final class ContractEditionFilter implements PostDiscoveryFilter {
    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("containers are kept; their tests are filtered");
        }
        Optional<Contract> contract = contract();
        if (contract.isEmpty()) {
            return FilterResult.included("the contract setting is unusable: the run's @BeforeAll stops it with the reason");
        }
        String other = contract.get().other().tag().substring(1);
        return descriptor.getTags().stream().map(TestTag::getName).anyMatch(other::equals)
                ? FilterResult.excluded("belongs to the " + contract.get().other().id() + " contract edition")
                : FilterResult.included("runs under the " + contract.get().id() + " contract edition");
    }

    private static Optional<Contract> contract() {
        Optional<KitRuntime> run = CurrentRun.started();
        if (run.isPresent()) {
            return Optional.of(run.get().settings().contract());
        }
        Optional<SettingSources.Value> given = SettingSources.system().find(Setting.CONTRACT);
        try {
            return Optional.of(Contract.parse(given.map(SettingSources.Value::origin).orElse(Setting.CONTRACT.property()),
                    given.map(SettingSources.Value::value).orElse(null)));
        } catch (ConfigurationException e) {
            return Optional.empty();
        }
    }
}
