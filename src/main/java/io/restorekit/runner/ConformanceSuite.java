package io.restorekit.runner;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_DYNAMIC_FACTOR_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
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
// Glue gets the run (KitRuntime) through its constructor, from the kit's object factory.
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "io.restorekit.runner.KitObjectFactory")
// The reports go to the folder conformance.report.dir names (by default target/conformance-report).
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.restorekit.report.ReportPlugin:conformance.report.dir")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
// Scenarios in parallel, one thread per core; scenarios share nothing mutable but thread-safe caches.
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME, value = "dynamic")
@ConfigurationParameter(key = PARALLEL_CONFIG_DYNAMIC_FACTOR_PROPERTY_NAME, value = "1")
public class ConformanceSuite {
}
