package dev.foothold.deploy.identity;

import dev.foothold.platform.tenant.TenantId;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads the claims Keycloak adds that MicroProfile JWT does not know. */
final class TokenClaims {

  private TokenClaims() {}

  /**
   * Keycloak's {@code organization} claim is a list of organisation aliases, or, when the mapper
   * adds attributes, an object keyed by alias. Anything that is not a valid tenant slug is ignored.
   *
   * @param claim the claim's value as the JWT library returns it; may be {@code null}
   * @return the tenants named; never {@code null}
   */
  static Set<TenantId> organizations(Object claim) {
    var names = new LinkedHashSet<String>();
    if (claim instanceof JsonArray array) {
      array.forEach(v -> names.add(v instanceof JsonString s ? s.getString() : v.toString()));
    } else if (claim instanceof JsonObject object) {
      names.addAll(object.keySet());
    } else if (claim instanceof Map<?, ?> map) {
      map.keySet().forEach(k -> names.add(String.valueOf(k)));
    } else if (claim instanceof Collection<?> list) {
      list.forEach(v -> names.add(v instanceof JsonString s ? s.getString() : String.valueOf(v)));
    } else if (claim instanceof JsonString s) {
      names.add(s.getString());
    } else if (claim instanceof String s) {
      names.add(s);
    }
    var tenants = new LinkedHashSet<TenantId>();
    names.stream().filter(TenantId::isValid).map(TenantId::new).forEach(tenants::add);
    return Set.copyOf(tenants);
  }
}
