package dev.foothold.tenant.branding.boundary;

import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.identity.TenantRoles;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.tenant.branding.control.BrandingStore;
import dev.foothold.tenant.branding.control.PublicTenants;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's branding and custom domains. Reading the branding needs no token: portals theme
 * themselves with it.
 */
@RequestScoped
@Path("v1/t/{slug}")
@Tag(name = "Branding")
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({TenantRole.OWNER, TenantRole.ADMIN})
public class BrandingResource {

  @Inject TenantContext tenantContext;
  @Inject BrandingStore branding;
  @Inject PublicTenants publicTenants;
  @Context UriInfo uri;

  @GET
  @Path("branding")
  @PermitAll
  @Operation(summary = "The portal's theme: name, colours, logo, support email (public)")
  public BrandingView get() {
    publicTenants.requireListed(tenantContext.require());
    return BrandingView.of(tenantContext.require().slug(), branding.look());
  }

  @PUT
  @Path("branding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the name, colours and support email")
  public BrandingView put(
      @Valid @NotNull(message = "Send the branding as JSON") BrandingChange change) {
    var look =
        branding.restyle(
            change.displayName(),
            change.primaryColor(),
            change.primaryTextColor(),
            change.accentColor(),
            change.accentTextColor(),
            change.supportEmail());
    return BrandingView.of(tenantContext.require().slug(), look);
  }

  @GET
  @Path("branding/logo")
  @PermitAll
  @Produces({"image/png", "image/jpeg", "image/svg+xml", "application/problem+json"})
  @Operation(summary = "The logo (public)")
  public Response logo() {
    publicTenants.requireListed(tenantContext.require());
    var stored =
        branding
            .logoOf()
            .orElseThrow(
                () ->
                    new dev.foothold.platform.problem.ProblemException(
                        404, "no-logo", "No logo", "This tenant has not uploaded a logo."));
    var response =
        Response.ok(stored.logo().orElseThrow(), stored.logoMediaType().orElseThrow())
            .header("X-Content-Type-Options", "nosniff")
            .header("Cache-Control", "public, max-age=300");
    if ("image/svg+xml".equals(stored.logoMediaType().orElseThrow())) {
      response.header(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    }
    return response.build();
  }

  @PUT
  @Path("branding/logo")
  @Consumes({"image/png", "image/jpeg", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Upload a PNG, JPEG or SVG logo of at most 512 KB")
  public Map<String, Object> putLogo(
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String declaredLength, InputStream body)
      throws IOException {
    // read no more than the logo limit allows, whatever the body's length
    var logo = branding.logo(body, lengthOf(declaredLength));
    return Map.of(
        "mediaType", logo.mediaType(),
        "size", logo.size(),
        "url", "/api/v1/t/" + tenantContext.require().slug() + "/branding/logo");
  }

  @GET
  @Path("domains")
  @Operation(summary = "Custom domains and their verification state")
  public List<DomainView> domains() {
    return branding.domains().stream().map(DomainView::of).toList();
  }

  @POST
  @Path("domains")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Claim a custom domain; the answer says which DNS TXT record to create")
  public Response claim(@Valid @NotNull(message = "Send the domain as JSON") DomainClaim claim) {
    var claimed = branding.claim(claim.domain());
    return Response.created(uri.getAbsolutePathBuilder().path(claimed.domain()).build())
        .entity(DomainView.of(claimed))
        .build();
  }

  @POST
  @Path("domains/{domain}/verify")
  @Operation(
      summary =
          "Confirm that the DNS TXT record is in place; the portal then answers on the domain")
  public DomainView verify(@PathParam("domain") String domain) {
    return DomainView.of(branding.confirm(domain));
  }

  @DELETE
  @Path("domains/{domain}")
  @Operation(summary = "Give up a custom domain")
  public Response release(@PathParam("domain") String domain) {
    branding.release(domain);
    return Response.noContent().build();
  }

  private static long lengthOf(String declared) {
    try {
      return declared == null ? -1 : Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
