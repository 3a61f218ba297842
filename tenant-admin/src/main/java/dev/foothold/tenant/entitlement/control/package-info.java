/**
 * The gate's memory ({@link dev.foothold.tenant.entitlement.control.GateCache}): what it reads on
 * every request, shared by every instance. Depends on {@code platform-api}, JCache and MicroProfile
 * Config.
 */
package dev.foothold.tenant.entitlement.control;
