package dev.foothold.platform.module;

import dev.foothold.platform.entitlement.FeatureKey;
import java.util.Set;

/**
 * A module's declaration of itself, found through {@link java.util.ServiceLoader} (a module lists
 * its implementation in {@code META-INF/services/dev.foothold.platform.module.FootholdModule}).
 *
 * <p>Implementations are stateless and cheap to create; the platform may call each method more than
 * once. No method returns {@code null}.
 */
public interface FootholdModule {

  /**
   * @return a short, unique, lower-case name, for example {@code mastery}
   */
  String name();

  /**
   * @return the premium features the module gates; may be empty
   */
  Set<FeatureKey> featureKeys();

  /**
   * @return the module's schema and migrations, applied before the application serves
   */
  Migrations migrations();

  /**
   * @return the module's JAX-RS resources and providers. The platform registers exactly these: it
   *     does not scan for more, so a class missing here is not served.
   */
  Set<Class<?>> restClasses();
}
