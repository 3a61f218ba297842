package dev.foothold.tenant.branding.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant's new look. Text colours left out are chosen for contrast.
 *
 * @param displayName the name to show
 * @param primaryColor {@code #RGB} or {@code #RRGGBB}
 * @param primaryTextColor text on the primary colour, optional
 * @param accentColor {@code #RGB} or {@code #RRGGBB}
 * @param accentTextColor text on the accent colour, optional
 * @param supportEmail where clients write for help, optional
 */
public record BrandingChange(
    @NotBlank(message = "Give the name to show")
        @Size(max = 120, message = "A name has at most 120 characters")
        String displayName,
    @NotBlank(message = "Choose a primary colour")
        @Pattern(
            regexp = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})",
            message = "A colour is written #RGB or #RRGGBB")
        String primaryColor,
    @Pattern(
            regexp = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})",
            message = "A colour is written #RGB or #RRGGBB")
        String primaryTextColor,
    @NotBlank(message = "Choose an accent colour")
        @Pattern(
            regexp = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})",
            message = "A colour is written #RGB or #RRGGBB")
        String accentColor,
    @Pattern(
            regexp = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})",
            message = "A colour is written #RGB or #RRGGBB")
        String accentTextColor,
    @Email(message = "This is not an email address")
        @Size(max = 254, message = "An email address has at most 254 characters")
        String supportEmail) {}
