/**
 * Who is a member in which role; invitations; the {@code Memberships} answer. Depends on {@code
 * members.entity}, {@code tenants.control}, {@code directory.control} and {@code platform-api}.
 */
package dev.foothold.tenant.members.control;
