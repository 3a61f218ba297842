package dev.foothold.tenant.notification.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.notification.Notifications;
import dev.foothold.platform.tenant.TenantContext;
import dev.foothold.tenant.billing.control.Mailer;
import dev.foothold.tenant.members.control.MemberStore;
import dev.foothold.tenant.members.entity.Member;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Emails a member of the current tenant at the address on their member record. The email is handed
 * to the mail server only after the transaction that asked for it has committed, on a managed
 * thread: a rolled-back change tells nobody, and a slow mail server never holds a transaction open.
 *
 * <p>Not an outbox: an instance that dies between the commit and the send loses the email. The
 * callers keep their own durable record of what was to be told (mastery's coach notices).
 */
@ApplicationScoped
public class MailNotifications implements Notifications {

  private static final Logger LOG = Logger.getLogger(MailNotifications.class.getName());

  @Inject TenantContext tenant;
  @Inject MemberStore members;
  @Inject Mailer mailer;

  @Resource TransactionSynchronizationRegistry transaction;
  @Resource ManagedExecutorService executor;

  @Override
  @Transactional
  public boolean email(SubjectId to, String subject, String text) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    tenant.require();
    var address = members.find(to).filter(Member::active).flatMap(Member::email);
    if (address.isEmpty()) {
      return false;
    }
    var recipient = address.get();
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(() -> send(recipient, subject, text));
            }
          }
        });
    return true;
  }

  private void send(String to, String subject, String text) {
    try {
      mailer.send(to, subject, text);
      LOG.info(() -> "Notifications: sent '" + subject + "' to " + to);
    } catch (MessagingException | RuntimeException e) {
      LOG.warning(() -> "Notifications: could not send '" + subject + "' to " + to + ": " + e);
    }
  }
}
