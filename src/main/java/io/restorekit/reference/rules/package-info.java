/**
 * The rules files of {@code <stubs>/rules} and their model: {@link RulesFile} (one file, its readings and contract
 * editions as merge patches), {@link ApiRules} (one API's rules under one {@link Reading}, checked at start),
 * {@link RulesEdit} (a mutant's edit of the JSON) and the {@link FilterOperator} vocabulary a rules file may name.
 *
 * <p>Kept apart as the bottom layer: it reads data and depends on no other package of the reference (the engine
 * runs on it, the WireMock routing never looks inside it). {@link Json} is the reference's one Jackson mapper, here
 * because every package above uses it.
 */
package io.restorekit.reference.rules;
