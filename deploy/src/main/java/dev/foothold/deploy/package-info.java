/**
 * Assembles Foothold into one application on Payara Micro.
 *
 * <p>Owns the request pipeline (authentication, tenant resolution, problems), the datasource, the
 * start-up that migrates every module's schema, health checks, and the implementations of the
 * platform contracts that are about the request rather than a business component ({@code
 * CurrentUser}, {@code TenantContext}, {@code ClockSource}). Depends on {@code platform-api} and
 * discovers modules through its SPI: nothing here imports {@code dev.foothold.mastery} or {@code
 * dev.foothold.tenant} classes by name.
 */
package dev.foothold.deploy;
