package dev.foothold.tenant.branding.boundary;

import java.util.List;

/**
 * What a portal served on a host of its own needs: its tenant, its theme, and the Keycloak client
 * it signs people in with there.
 *
 * @param tenant the tenant's slug
 * @param displayName the name to show
 * @param primaryColor the main brand colour, {@code #RRGGBB}
 * @param primaryTextColor text on the main colour
 * @param accentColor the accent colour
 * @param accentTextColor text on the accent colour
 * @param supportEmail where clients write for help, if set
 * @param logoUrl the logo, if the tenant has one
 * @param domains the verified custom domains the portal answers on
 * @param signInClientId the client to sign in with on this host: the tenant's own on a custom
 *     domain, the shared portal client on {@code <slug>.<base domain>}
 */
public record PortalView(
    String tenant,
    String displayName,
    String primaryColor,
    String primaryTextColor,
    String accentColor,
    String accentTextColor,
    String supportEmail,
    String logoUrl,
    List<String> domains,
    String signInClientId) {

  static PortalView of(BrandingView branding, String signInClientId) {
    return new PortalView(
        branding.tenant(),
        branding.displayName(),
        branding.primaryColor(),
        branding.primaryTextColor(),
        branding.accentColor(),
        branding.accentTextColor(),
        branding.supportEmail(),
        branding.logoUrl(),
        branding.domains(),
        signInClientId);
  }
}
