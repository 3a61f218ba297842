package dev.foothold.platform.notification;

import dev.foothold.platform.identity.SubjectId;

/**
 * Tells a member of the current tenant ({@link dev.foothold.platform.tenant.TenantContext})
 * something by email, through the platform's mail setup. A module that must reach a person (a
 * positive screen for whoever lifts its hold, say) asks here; it never sends mail itself.
 *
 * <p>Nothing is sent from inside a business transaction: an email asked for inside one goes out
 * only after it commits, and never when it rolls back. Asked for outside a transaction, it goes out
 * at once (still off the caller's thread).
 */
public interface Notifications {

  /**
   * @param to an active member of the current tenant; never {@code null}
   * @param subject the subject line, plain text; never {@code null}
   * @param text the body, plain text; never {@code null}
   * @return whether an email will be sent: {@code false} when {@code to} is not an active member of
   *     the current tenant or has no email address on record
   * @throws IllegalStateException when no tenant is current
   */
  boolean email(SubjectId to, String subject, String text);
}
