package dev.foothold.deploy.rest;

import dev.foothold.deploy.identity.AuthenticationFilter;
import dev.foothold.deploy.identity.MeResource;
import dev.foothold.deploy.persistence.Modules;
import dev.foothold.deploy.persistence.StartingFilter;
import dev.foothold.deploy.problem.ProblemExceptionMapper;
import dev.foothold.deploy.problem.UnexpectedExceptionMapper;
import dev.foothold.deploy.problem.ValidationExceptionMapper;
import dev.foothold.deploy.problem.WebApplicationExceptionMapper;
import dev.foothold.deploy.tenancy.TenantPathFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Foothold's REST API under {@code /api}.
 *
 * <p>The classes served are listed here and by each module's {@code restClasses()}, never scanned:
 * with the Keycloak admin client in the WAR, scanning would install RESTEasy's server-side
 * providers in Payara's Jersey and break every request. A test fails when a resource or provider in
 * the WAR is missing from this list.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@ApplicationScoped
@OpenAPIDefinition(
    info =
        @Info(
            title = "Foothold",
            version = "1",
            description =
                "Mastery ladders, evidence logs and a subscription gate for coaching platforms"))
public class FootholdApplication extends Application {

  /** The platform's own resources and providers. */
  public static final Set<Class<?>> PLATFORM_CLASSES =
      Set.of(
          MeResource.class,
          dev.foothold.deploy.time.ClockResource.class,
          dev.foothold.deploy.portal.PortalSignInResource.class,
          dev.foothold.deploy.portal.TenantSessionResource.class,
          dev.foothold.deploy.portal.TeamPeopleResource.class,
          StartingFilter.class,
          AuthenticationFilter.class,
          dev.foothold.deploy.identity.TenantBoundTokenFilter.class,
          TenantPathFilter.class,
          dev.foothold.deploy.gate.GateFilter.class,
          dev.foothold.deploy.path.PathParameterFilter.class,
          dev.foothold.deploy.persistence.StatementCountFilter.class,
          dev.foothold.deploy.body.BodyLimit.class,
          dev.foothold.deploy.body.StrictJsonReader.class,
          ProblemExceptionMapper.class,
          ValidationExceptionMapper.class,
          WebApplicationExceptionMapper.class,
          UnexpectedExceptionMapper.class);

  @Override
  public Set<Class<?>> getClasses() {
    var classes = new HashSet<Class<?>>(PLATFORM_CLASSES);
    Modules.all().forEach(module -> classes.addAll(module.restClasses()));
    return classes;
  }
}
