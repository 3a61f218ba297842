/** How the gate decides. Depends on {@code platform-api} only. */
package dev.foothold.tenant.entitlement.control;
