package fr.simulateursons.moteur.json;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Records built by their constructor through core reflection, not by Jackson's method handle.
 * <p>
 * Jackson 3.3 calls a record's canonical constructor with {@code MethodHandle.invokeWithArguments}, which adapts
 * the handle to each new constructor type and spins classes for it, at every start of the CLI, for the records of
 * the bundled resources and of the pack's manifest: time on the main thread of a short run (BENCHMARKS.md,
 * "Measurement history").
 * Core reflection makes the same call through the JDK's native accessor, which spins no class, when
 * {@code -Djdk.reflect.useNativeAccessorOnly=true} is set, as the launcher does for its short commands (the switch
 * covers every reflective call of the process; this one is its use). JDK 17 ignores the switch: its reflection is
 * native for the first calls of each constructor, then generates an accessor. What a constructor throws is
 * reported as Jackson reports it; an {@link Error} goes through untouched, as with Jackson.
 */
final class ConstructeursDirects extends SimpleModule {

    ConstructeursDirects() {
        super(ConstructeursDirects.class.getSimpleName());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new ValueInstantiators() {
            @Override
            public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier type) {
                return null;
            }

            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier type,
                                                             ValueInstantiator jackson) {
                // Only Jackson's own instantiator with a constructor taking the properties: a record's canonical
                // constructor, or a creator a class declares; anything else (a factory method, a custom
                // instantiator) is left to Jackson.
                if (jackson.getClass() == StdValueInstantiator.class && jackson.getWithArgsCreator() != null
                        && jackson.getWithArgsCreator().getAnnotated() instanceof Constructor<?> constructeur
                        && constructeur.trySetAccessible()) {
                    return new ParConstructeur((StdValueInstantiator) jackson, constructeur);
                }
                return jackson;
            }
        });
    }

    private static final class ParConstructeur extends StdValueInstantiator {

        private final Constructor<?> constructeur;

        ParConstructeur(StdValueInstantiator jackson, Constructor<?> constructeur) {
            super(jackson);
            this.constructeur = constructeur;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
            try {
                return constructeur.newInstance(args);
            } catch (Exception e) {
                if (e instanceof InvocationTargetException i && i.getCause() instanceof Error erreur) {
                    throw erreur;
                }
                return ctxt.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(ctxt, e));
            }
        }
    }
}
