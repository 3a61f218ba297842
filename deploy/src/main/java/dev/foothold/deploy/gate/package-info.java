/**
 * Enforces the subscription gate: a resource marked {@link dev.foothold.platform.entitlement.Gated}
 * runs only when {@link dev.foothold.platform.entitlement.Entitlements} permits; otherwise the
 * caller gets 402 problem+json with the reason and an upgrade link. Depends on {@code platform-api}
 * and {@code dev.foothold.deploy.identity}.
 */
package dev.foothold.deploy.gate;
