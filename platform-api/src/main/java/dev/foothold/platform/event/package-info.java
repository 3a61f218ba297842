/**
 * Facts one module announces and others may react to.
 *
 * <p>Owns the {@link dev.foothold.platform.event.DomainEvent} family. Depends on {@code
 * dev.foothold.platform.identity} and {@code dev.foothold.platform.tenant}. Events are published as
 * CDI events ({@code jakarta.enterprise.event.Event<T>}) after the change they describe is made;
 * observers that need the change committed observe with {@code TransactionPhase.AFTER_SUCCESS}.
 * Events carry identifiers, never entities, so that mastery and tenant-admin stay unaware of each
 * other's classes.
 */
package dev.foothold.platform.event;
