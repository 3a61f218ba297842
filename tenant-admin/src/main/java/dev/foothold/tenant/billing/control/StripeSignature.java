package dev.foothold.tenant.billing.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a {@code Stripe-Signature} header the way Stripe documents it: the header reads {@code
 * t=<unix seconds>,v1=<hex>,v1=<hex>,...}; the signed payload is {@code <t>.<raw body>}; each
 * {@code v1} is a hex HMAC-SHA256 of it keyed with the endpoint's signing secret. Any {@code v1}
 * that matches any configured secret is accepted (so secrets can be rolled), compared in constant
 * time; the timestamp must lie within the tolerance of now (Stripe's default: 300 seconds), so a
 * captured delivery cannot be replayed later. Other schemes ({@code v0}) are ignored.
 */
public final class StripeSignature {

  /** Stripe's default tolerance. */
  public static final Duration TOLERANCE = Duration.ofSeconds(300);

  private StripeSignature() {}

  /** Why a signature was refused; the message is safe to show the sender. */
  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String message) {
      super(message);
    }
  }

  /**
   * @param header the {@code Stripe-Signature} header; may be {@code null}
   * @param body the request body exactly as received
   * @param secrets the endpoint's signing secrets; at least one
   * @param now the platform's time
   * @param tolerance how far the timestamp may be from {@code now}
   * @return the signature's timestamp
   * @throws Rejected when the header is missing or malformed, too old or too new, or no {@code v1}
   *     matches
   */
  public static Instant verify(
      String header, byte[] body, List<String> secrets, Instant now, Duration tolerance)
      throws Rejected {
    Objects.requireNonNull(body, "body");
    if (secrets.isEmpty()) {
      throw new IllegalStateException("No webhook signing secret is configured");
    }
    if (header == null || header.isBlank()) {
      throw new Rejected("The Stripe-Signature header is missing.");
    }
    String timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (var part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      var key = part.substring(0, eq).trim();
      var value = part.substring(eq + 1).trim();
      if (key.equals("t") && timestamp == null) {
        timestamp = value;
      } else if (key.equals("v1")) {
        try {
          signatures.add(HexFormat.of().parseHex(value));
        } catch (IllegalArgumentException notHex) {
          // not a signature we could have made; ignore it like any other mismatch
        }
      }
    }
    if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
      throw new Rejected("The Stripe-Signature header has no valid timestamp.");
    }
    if (signatures.isEmpty()) {
      throw new Rejected("The Stripe-Signature header has no v1 signature.");
    }
    var at = Instant.ofEpochSecond(Long.parseLong(timestamp));
    if (Duration.between(at, now).abs().compareTo(tolerance) > 0) {
      throw new Rejected("The signature's timestamp is outside the tolerance.");
    }
    var signed = signedPayload(timestamp, body);
    boolean matched = false;
    for (var secret : secrets) {
      var expected = hmac(secret, signed);
      for (var candidate : signatures) {
        // constant time; keep looping so timing says nothing about which one matched
        matched |= MessageDigest.isEqual(expected, candidate);
      }
    }
    if (!matched) {
      throw new Rejected("No signature matches the payload.");
    }
    return at;
  }

  /**
   * @param secret a signing secret
   * @param timestamp unix seconds
   * @param body the raw body
   * @return the header value Stripe would send (one v1)
   */
  public static String header(String secret, long timestamp, byte[] body) {
    var t = Long.toString(timestamp);
    return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, signedPayload(t, body)));
  }

  private static byte[] signedPayload(String timestamp, byte[] body) {
    var prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
    var signed = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, signed, 0, prefix.length);
    System.arraycopy(body, 0, signed, prefix.length, body.length);
    return signed;
  }

  private static byte[] hmac(String secret, byte[] payload) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
