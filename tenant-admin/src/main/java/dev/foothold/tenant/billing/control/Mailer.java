package dev.foothold.tenant.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text emails through the SMTP server named in configuration ({@code foothold.mail.*}).
 */
@ApplicationScoped
public class Mailer {

  @Inject
  @ConfigProperty(name = "foothold.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "foothold.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "foothold.mail.from", defaultValue = "Foothold <noreply@foothold.local>")
  String from;

  @Inject
  @ConfigProperty(name = "foothold.mail.username")
  java.util.Optional<String> username;

  @Inject
  @ConfigProperty(name = "foothold.mail.password")
  java.util.Optional<String> password;

  @Inject
  @ConfigProperty(name = "foothold.mail.starttls", defaultValue = "false")
  boolean starttls;

  private volatile Session session;

  private Session session() {
    if (session == null) {
      var props = new Properties();
      props.put("mail.transport.protocol", "smtp");
      props.put("mail.smtp.host", host);
      props.put("mail.smtp.port", Integer.toString(port));
      props.put("mail.smtp.connectiontimeout", "10000");
      props.put("mail.smtp.timeout", "10000");
      props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
      props.put("mail.smtp.starttls.required", Boolean.toString(starttls));
      boolean auth = username.filter(u -> !u.isBlank()).isPresent();
      props.put("mail.smtp.auth", Boolean.toString(auth));
      session =
          auth
              ? Session.getInstance(
                  props,
                  new jakarta.mail.Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                      return new PasswordAuthentication(username.get(), password.orElse(""));
                    }
                  })
              : Session.getInstance(props);
    }
    return session;
  }

  /**
   * @param to the recipient
   * @param subject the subject line
   * @param text the body
   * @throws MessagingException when the server refuses or cannot be reached
   */
  public void send(String to, String subject, String text) throws MessagingException {
    var message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    Transport.send(message);
  }
}
