package io.restorekit.runner;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite: every feature under {@code features/}, glued by {@code io.restorekit.steps},
 * sent to the target that {@code conformance.target} names. {@code mvn verify} runs it through failsafe;
 * the standalone runner and the kit's own tests launch it the same way.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.restorekit.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.restorekit.report.ReportPlugin")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class ConformanceSuite {
}
