/**
 * REST resources for a tenant's members and invitations, for its owners and admins. Depends on
 * {@code members.control} and {@code platform-api}.
 */
package dev.foothold.tenant.members.boundary;
