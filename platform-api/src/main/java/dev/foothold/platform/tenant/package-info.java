/**
 * Which tenant a request belongs to.
 *
 * <p>Owns: {@link dev.foothold.platform.tenant.TenantId} and the {@link
 * dev.foothold.platform.tenant.TenantContext} contract. Depends on the JDK only. The context is
 * filled by the request pipeline in {@code deploy} from the URL or host, never from a header the
 * client controls.
 */
package dev.foothold.platform.tenant;
