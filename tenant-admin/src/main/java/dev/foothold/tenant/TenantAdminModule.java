package dev.foothold.tenant;

import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.module.FootholdModule;
import dev.foothold.platform.module.Migrations;
import dev.foothold.tenant.billing.boundary.BillingResource;
import dev.foothold.tenant.billing.boundary.MySubscriptionResource;
import dev.foothold.tenant.billing.boundary.StripeWebhookResource;
import dev.foothold.tenant.branding.boundary.BrandingResource;
import dev.foothold.tenant.branding.boundary.PortalResource;
import dev.foothold.tenant.members.boundary.GroupsResource;
import dev.foothold.tenant.members.boundary.MembersResource;
import dev.foothold.tenant.members.boundary.OperatorMembersResource;
import dev.foothold.tenant.tenants.boundary.OperatorTenantsResource;
import dev.foothold.tenant.tenants.boundary.PlanResource;
import dev.foothold.tenant.tenants.boundary.TenantsResource;
import java.util.Set;

/** Declares tenant administration to the platform. */
public class TenantAdminModule implements FootholdModule {

  @Override
  public String name() {
    return "tenant-admin";
  }

  @Override
  public Set<FeatureKey> featureKeys() {
    return Set.of();
  }

  @Override
  public Migrations migrations() {
    return new Migrations("tenancy", "classpath:db/migration/tenancy");
  }

  @Override
  public Set<Class<?>> restClasses() {
    return Set.of(
        TenantsResource.class,
        OperatorTenantsResource.class,
        PlanResource.class,
        MembersResource.class,
        GroupsResource.class,
        OperatorMembersResource.class,
        BrandingResource.class,
        PortalResource.class,
        StripeWebhookResource.class,
        MySubscriptionResource.class,
        BillingResource.class);
  }
}
