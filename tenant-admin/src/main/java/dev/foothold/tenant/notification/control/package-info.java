/**
 * {@link dev.foothold.tenant.notification.control.MailNotifications}: emails a member after the
 * transaction that asked for it commits. Depends on {@code platform-api}, {@code
 * dev.foothold.tenant.members.control} and {@code dev.foothold.tenant.billing.control.Mailer}.
 */
package dev.foothold.tenant.notification.control;
