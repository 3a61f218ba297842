/**
 * Reading and writing tenants, and the demo tenants seeded in development. Depends on {@code
 * tenants.entity} and {@code platform-api}; never on {@code tenants.boundary}.
 */
package dev.foothold.tenant.tenants.control;
