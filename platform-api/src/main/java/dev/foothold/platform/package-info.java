/**
 * The contract of the host platform that every Foothold module is written against.
 *
 * <p>Owns: the vocabulary shared by all modules (tenants, the current user, entitlements, time,
 * domain events, problems) and the SPI by which a module declares itself. Depends on nothing but
 * the JDK; every implementation lives in another module ({@code tenant-admin} or {@code deploy}),
 * never here.
 */
package dev.foothold.platform;
