package io.restorekit.runner;

import io.restorekit.config.Setting;
import io.restorekit.config.SettingSources;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Under Maven, {@code conformance.tags} (or {@code CONFORMANCE_TAGS}) becomes Cucumber's own tag filter before
 * discovery, so the setting works through both its names in both runners; so does {@code CUCUMBER_FILTER_TAGS}, the
 * twin of Cucumber's {@code cucumber.filter.tags}. Programmatic runs (the standalone runner,
 * the kit's own tests) enter a runtime and filter by tags themselves; this leaves them alone.
 */
public final class TagSettingListener implements LauncherSessionListener {
    static final String CUCUMBER_TAGS = "cucumber.filter.tags";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (CurrentRun.started().isPresent() || System.getProperty(CUCUMBER_TAGS) != null) {
            return;
        }
        SettingSources system = SettingSources.system();
        // conformance.tags (CONFORMANCE_TAGS), else Cucumber's own name through its environment twin.
        system.find(Setting.TAGS).or(() -> system.find(CUCUMBER_TAGS))
                .ifPresent(v -> System.setProperty(CUCUMBER_TAGS, v.value().trim()));
    }
}
