/**
 * Checks a tenant's branding before it is stored: the logo's real type, SVG safety, and colour
 * contrast; and custom domains, verified by reading the challenge TXT record from DNS ({@link
 * dev.foothold.tenant.branding.control.DnsTxtRecords}, the JDK's JNDI DNS provider). Depends on the
 * JDK, JPA and the identity directory's contract.
 *
 * <p>{@link dev.foothold.tenant.branding.control.LogoCheck} turns uploaded bytes into a checked
 * {@link dev.foothold.tenant.branding.control.Logo}; {@link
 * dev.foothold.tenant.branding.control.Contrast} holds the colours to WCAG AA. Every refusal is a
 * {@link dev.foothold.tenant.branding.control.BrandingRejected} with a stable reason code and a
 * message written for the tenant administrator; the boundary maps it to a problem response.
 */
package dev.foothold.tenant.branding.control;
