/**
 * Figures for the platform's operators.
 *
 * <p>Owns the {@link dev.foothold.platform.operations.OperatorFigures} contract. Depends on the JDK
 * only. Modules report figures that name tenants here, never in MicroProfile Metrics: the server's
 * own metrics endpoint cannot be guarded by a token, the platform's {@code /metrics} can.
 */
package dev.foothold.platform.operations;
