/**
 * The SPI by which a module plugs into the platform.
 *
 * <p>Owns {@link dev.foothold.platform.module.FootholdModule} and {@link
 * dev.foothold.platform.module.Migrations}. Depends on {@code dev.foothold.platform.entitlement}.
 * {@code deploy} discovers modules with {@link java.util.ServiceLoader}, runs their migrations
 * before serving, and registers their REST classes.
 */
package dev.foothold.platform.module;
