/**
 * Who is calling: the {@link dev.foothold.platform.identity.CurrentUser} read from the verified
 * MicroProfile JWT, the rule that every API path needs a token unless it is marked {@code
 * PermitAll}, the confinement of tokens issued through a tenant's own portal client (a custom
 * domain's sign-in) to that tenant's paths, and {@code /api/v1/me}. Depends on {@code platform-api}
 * and MicroProfile JWT.
 */
package dev.foothold.deploy.identity;
