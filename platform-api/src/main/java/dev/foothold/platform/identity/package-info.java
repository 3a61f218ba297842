/**
 * Who is calling.
 *
 * <p>Owns: the {@link dev.foothold.platform.identity.CurrentUser} contract and the typed {@link
 * dev.foothold.platform.identity.SubjectId}. Depends on {@code dev.foothold.platform.tenant}. The
 * implementation reads the verified access token and lives in {@code deploy}.
 */
package dev.foothold.platform.identity;
