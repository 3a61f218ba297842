/**
 * Notifications: tenant-admin's answer to {@link dev.foothold.platform.notification.Notifications},
 * emails to a tenant's members sent after the asking transaction commits. Owns no table. Depends on
 * {@code platform-api}, the members of this module (their addresses) and billing's {@code Mailer}
 * (the platform's one SMTP setup).
 */
package dev.foothold.tenant.notification;
