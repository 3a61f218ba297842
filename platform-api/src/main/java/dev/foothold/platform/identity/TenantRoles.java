package dev.foothold.platform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a tenant-scoped resource method (or every method of a resource class) to members with
 * one of these roles in the request's tenant; others get 403 problem+json. Without it, any member
 * may call the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantRoles {

  /**
   * @return the roles allowed
   */
  TenantRole[] value();
}
