package dev.foothold.tenant.branding.boundary;

import dev.foothold.tenant.branding.control.BrandingStore;
import java.util.List;

/**
 * What a portal needs to theme itself.
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
 */
public record BrandingView(
    String tenant,
    String displayName,
    String primaryColor,
    String primaryTextColor,
    String accentColor,
    String accentTextColor,
    String supportEmail,
    String logoUrl,
    List<String> domains) {

  static BrandingView of(String slug, BrandingStore.Look look) {
    return new BrandingView(
        slug,
        look.displayName(),
        look.primaryColor(),
        look.primaryTextColor(),
        look.accentColor(),
        look.accentTextColor(),
        look.supportEmail(),
        look.logoMediaType().map(t -> "/api/v1/t/" + slug + "/branding/logo").orElse(null),
        look.domains());
  }
}
