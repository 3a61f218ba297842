package dev.foothold.mastery;

import dev.foothold.mastery.evidence.boundary.CheckInsResource;
import dev.foothold.mastery.evidence.boundary.CoachingResource;
import dev.foothold.mastery.evidence.boundary.EfficacyResource;
import dev.foothold.mastery.evidence.boundary.EvidenceResource;
import dev.foothold.mastery.evidence.boundary.EvidenceTakeoutResource;
import dev.foothold.mastery.evidence.boundary.PersonEvidenceResource;
import dev.foothold.mastery.evidence.boundary.PromptsResource;
import dev.foothold.mastery.evidence.boundary.ReviewResource;
import dev.foothold.mastery.evidence.boundary.ScreeningResource;
import dev.foothold.mastery.ladders.boundary.ClimbsResource;
import dev.foothold.mastery.ladders.boundary.LaddersResource;
import dev.foothold.mastery.ladders.boundary.PeerExamplesResource;
import dev.foothold.mastery.ladders.boundary.SuggestionsResource;
import dev.foothold.mastery.ladders.boundary.TeamResource;
import dev.foothold.mastery.settings.boundary.SettingsResource;
import dev.foothold.platform.entitlement.FeatureKey;
import dev.foothold.platform.module.FootholdModule;
import dev.foothold.platform.module.Migrations;
import java.util.Set;

/** Declares the mastery module to the platform. */
public class MasteryModule implements FootholdModule {

  /** The key of {@link #LADDERS}, for {@code @Gated}. */
  public static final String LADDERS_KEY = "mastery.ladders";

  /** Climbing ladders: the premium feature a client's trial or subscription opens. */
  public static final FeatureKey LADDERS = new FeatureKey(LADDERS_KEY);

  @Override
  public String name() {
    return "mastery";
  }

  @Override
  public Set<FeatureKey> featureKeys() {
    return Set.of(LADDERS);
  }

  @Override
  public Migrations migrations() {
    return new Migrations("mastery", "classpath:db/migration/mastery");
  }

  @Override
  public Set<Class<?>> restClasses() {
    return Set.of(
        LaddersResource.class,
        ClimbsResource.class,
        TeamResource.class,
        SuggestionsResource.class,
        SettingsResource.class,
        PeerExamplesResource.class,
        EvidenceResource.class,
        EfficacyResource.class,
        CheckInsResource.class,
        ReviewResource.class,
        ScreeningResource.class,
        PromptsResource.class,
        CoachingResource.class,
        PersonEvidenceResource.class,
        EvidenceTakeoutResource.class);
  }
}
