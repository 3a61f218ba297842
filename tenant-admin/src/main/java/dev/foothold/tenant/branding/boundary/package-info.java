/**
 * REST resources for branding and custom domains: public reads for the portal, changes for owners
 * and admins. Depends on {@code branding.control} and {@code platform-api}.
 */
package dev.foothold.tenant.branding.boundary;
