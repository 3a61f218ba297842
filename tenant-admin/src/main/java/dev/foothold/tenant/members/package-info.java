/**
 * Members of a tenant and their roles, and invitations to join. Foothold keeps its own member
 * record beside Keycloak's organisation membership: the role per tenant, and removal that takes
 * effect at once. Depends on {@code tenants} (through its control), {@code directory} and {@code
 * platform-api}.
 */
package dev.foothold.tenant.members;
