package dev.foothold.deploy.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.util.Base64;
import java.util.function.UnaryOperator;

/** Hostile variants of a real token, each wrong in one way. */
final class Tokens {

  private final TestStack stack;

  Tokens(TestStack stack) {
    this.stack = stack;
  }

  /**
   * @param token a real token
   * @param change what to change in its claims
   * @return the changed claims, correctly signed with the realm's key
   */
  String resigned(String token, UnaryOperator<JWTClaimsSet.Builder> change) {
    return sign(change.apply(new JWTClaimsSet.Builder(claims(token))).build(), stack.signingKey());
  }

  /**
   * @return the same claims signed by a key that is not the realm's, under the realm key's id
   */
  String signedByStranger(String token) {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return sign(claims(token), (RSAPrivateKey) generator.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return the token with one claim changed and the original signature kept
   */
  static String tampered(String token, String claim, String value) {
    var parts = token.split("\\.");
    var changed = new JWTClaimsSet.Builder(claims(token)).claim(claim, value).build();
    return parts[0] + "." + base64(changed.toString()) + "." + parts[2];
  }

  /**
   * @return the token's claims under {@code "alg": "none"}, with no signature
   */
  static String unsigned(String token) {
    return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}")
        + "."
        + base64(claims(token).toString())
        + ".";
  }

  static JWTClaimsSet claims(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a signed JWT", e);
    }
  }

  private String sign(JWTClaimsSet claims, RSAPrivateKey key) {
    try {
      var jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(stack.signingKeyId())
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
