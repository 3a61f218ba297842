/**
 * REST resources for a person's own evidence under {@code /api/v1/t/{slug}/me/...} (never gated:
 * own evidence is never held hostage), debrief prompts, and the coaching view; plus {@link
 * dev.foothold.mastery.evidence.boundary.EvidenceLog}, the facade the ladders' boundary uses to log
 * an attempt and to ask whether a person may climb. Depends on {@code evidence.control} and {@code
 * platform-api}.
 */
package dev.foothold.mastery.evidence.boundary;
