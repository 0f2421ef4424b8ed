package io.restorekit.runner;

import io.restorekit.config.ConfigurationException;
import io.restorekit.config.Contract;
import io.restorekit.config.Setting;
import io.restorekit.config.SettingSources;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Under Maven, {@code conformance.tags} (or {@code CONFORMANCE_TAGS}) becomes Cucumber's own tag filter before
 * discovery, so the setting works through both its names in both runners; so does {@code CUCUMBER_FILTER_TAGS}, the
 * twin of Cucumber's {@code cucumber.filter.tags}. Programmatic runs (the standalone runner,
 * the kit's own tests) install a runtime and filter by tags themselves; this leaves them alone.
 */
public final class TagSettingListener implements LauncherSessionListener {
    static final String CUCUMBER_TAGS = "cucumber.filter.tags";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (KitRuntime.isInstalled()) {
            return;
        }
        SettingSources system = SettingSources.system();
        // conformance.tags (CONFORMANCE_TAGS), else Cucumber's own name (or its environment twin).
        String tags = system.find(Setting.TAGS).or(() -> system.find(CUCUMBER_TAGS)).map(v -> v.value().trim()).orElse(null);
        Contract contract;
        try {
            java.util.Optional<SettingSources.Value> given = system.find(Setting.CONTRACT);
            contract = Contract.parse(given.map(SettingSources.Value::origin).orElse(Setting.CONTRACT.property()),
                    given.map(SettingSources.Value::value).orElse(null));
        } catch (ConfigurationException e) {
            return; // the run's @BeforeAll reads the settings again and stops with this one line
        }
        // The other contract edition's scenarios are never part of the run.
        System.setProperty(CUCUMBER_TAGS, contract.tagExpression(tags));
    }
}
