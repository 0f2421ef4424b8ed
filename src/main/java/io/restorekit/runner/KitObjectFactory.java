package io.restorekit.runner;

import io.cucumber.core.backend.CucumberBackendException;
import io.cucumber.core.backend.ObjectFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the glue of each scenario, Cucumber's way ({@code cucumber.object-factory}, {@code META-INF/services}): one
 * instance of each class per scenario, its constructor given what it declares — the run's {@link KitRuntime} (or an
 * interface of it), shared by every scenario and thread of the run, and any other class (such as the scenario's
 * state), built once per scenario the same way.
 */
public final class KitObjectFactory implements ObjectFactory {
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private final Set<Class<?>> building = new HashSet<>();

    @Override
    public void start() {
        instances.clear();
    }

    @Override
    public void stop() {
        instances.clear();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        Object instance = instances.get(type);
        if (instance == null) {
            instance = build(type);
            instances.put(type, instance);
        }
        return type.cast(instance);
    }

    private Object build(Class<?> type) {
        if (type != Object.class && type.isAssignableFrom(KitRuntime.class)) {
            return CurrentRun.get();
        }
        if (!building.add(type)) {
            throw new CucumberBackendException("the glue's constructors depend on each other: " + building);
        }
        try {
            Constructor<?> constructor = constructorOf(type);
            List<Object> arguments = new ArrayList<>();
            for (Class<?> parameter : constructor.getParameterTypes()) {
                arguments.add(getInstance(parameter));
            }
            return constructor.newInstance(arguments.toArray());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CucumberBackendException("cannot build " + type.getName() + ": " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new CucumberBackendException("cannot build " + type.getName() + ": " + e, e);
        } finally {
            building.remove(type);
        }
    }

    /** The class's one public constructor (step classes and the scenario's state each have one). */
    private static Constructor<?> constructorOf(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new CucumberBackendException(type.getName() + " needs exactly one public constructor to be built as glue"
                    + " (it has " + constructors.length + ")");
        }
        return constructors[0];
    }
}
