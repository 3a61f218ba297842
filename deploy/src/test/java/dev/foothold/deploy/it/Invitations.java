package dev.foothold.deploy.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads an invitation email and accepts it as the invited person would, in Keycloak's pages. */
final class Invitations {

  private static final Pattern LINK = Pattern.compile("href=\"(http[^\"]+)\"");
  private static final Pattern FORM =
      Pattern.compile("<form[^>]*id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"");

  private Invitations() {}

  /** Waits for the email to {@code to} and returns the link in its HTML part. */
  static String link(GreenMail mail, String to) throws MessagingException, IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (Message message : mail.getReceivedMessages()) {
        if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(to))) {
          var matcher = LINK.matcher(html(message));
          if (matcher.find()) {
            return unescape(matcher.group(1));
          }
        }
      }
      mail.waitForIncomingEmail(1000, mail.getReceivedMessages().length + 1);
    }
    throw new AssertionError("No invitation reached " + to);
  }

  /**
   * Opens the link and fills in Keycloak's registration form.
   *
   * @return the status Keycloak answered the form with
   */
  static int register(String link, String email, String password)
      throws IOException, InterruptedException {
    var http =
        HttpClient.newBuilder()
            .cookieHandler(new Jar())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    var page =
        http.send(
            HttpRequest.newBuilder(URI.create(link)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    var form = FORM.matcher(page.body());
    if (!form.find()) {
      throw new AssertionError(
          "No registration form behind the invitation link ("
              + page.statusCode()
              + "):\n"
              + page.body());
    }
    var fields = new LinkedHashMap<String, String>();
    fields.put("firstName", "Invited");
    fields.put("lastName", "Person");
    fields.put("email", email);
    fields.put("username", email);
    fields.put("password", password);
    fields.put("password-confirm", password);
    var noRedirects =
        HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow()).build();
    var answer =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create(unescape(form.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 400) {
      throw new AssertionError(
          "Keycloak refused the registration (" + answer.statusCode() + "):\n" + answer.body());
    }
    return answer.statusCode();
  }

  /**
   * Keeps every cookie Keycloak sets, including those marked Secure: a browser sends them to
   * http://localhost, while Java's CookieManager would not.
   */
  static final class Jar extends CookieHandler {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
      return cookies.isEmpty()
          ? Map.of()
          : Map.of(
              "Cookie",
              List.of(
                  cookies.entrySet().stream()
                      .map(e -> e.getKey() + "=" + e.getValue())
                      .collect(Collectors.joining("; "))));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> headers) {
      headers.forEach(
          (name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
              for (var value : values) {
                var pair = value.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                  cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
              }
            }
          });
    }
  }

  private static String html(Message message) throws MessagingException, IOException {
    if (message.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        var part = multipart.getBodyPart(i);
        if (part.isMimeType("text/html")) {
          return part.getContent().toString();
        }
      }
    }
    return GreenMailUtil.getBody(message);
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#61;", "=").replace("&#x3D;", "=");
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
