/**
 * Who is calling.
 *
 * <p>Owns: the {@link dev.foothold.platform.identity.CurrentUser} contract, the typed {@link
 * dev.foothold.platform.identity.SubjectId}, tenant roles and memberships, the {@link
 * dev.foothold.platform.identity.Memberships} contract, and {@link
 * dev.foothold.platform.identity.People}: the members of the current tenant as others see them.
 * Depends on {@code dev.foothold.platform.tenant}. {@code deploy} reads the caller from the
 * verified access token; {@code tenant-admin} answers who is a member of which tenant, in which
 * role.
 */
package dev.foothold.platform.identity;
