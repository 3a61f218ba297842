package dev.foothold.platform.entitlement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a tenant-scoped resource method (or every method of a resource class) as a premium feature.
 * Before the method runs, the pipeline asks {@link Entitlements#check} for the feature named here
 * and answers 402 problem+json when the decision is a deny.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Gated {

  /**
   * @return the {@link FeatureKey} value, for example {@code mastery.calibration}
   */
  String value();
}
