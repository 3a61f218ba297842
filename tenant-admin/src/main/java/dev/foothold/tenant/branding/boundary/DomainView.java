package dev.foothold.tenant.branding.boundary;

import dev.foothold.tenant.branding.entity.CustomDomain;
import java.time.Instant;

/**
 * A claimed domain and what to put in DNS before confirming it.
 *
 * @param domain the domain
 * @param status {@code PENDING} until an admin confirms, then {@code VERIFIED}
 * @param txtRecordName the DNS name of the TXT record to create
 * @param txtRecordValue the value it must hold
 * @param verifiedAt when it was confirmed
 */
public record DomainView(
    String domain, String status, String txtRecordName, String txtRecordValue, Instant verifiedAt) {

  static DomainView of(CustomDomain domain) {
    return new DomainView(
        domain.domain(),
        domain.verifiedAt().isPresent() ? "VERIFIED" : "PENDING",
        domain.challengeName(),
        domain.verificationToken(),
        domain.verifiedAt().orElse(null));
  }
}
