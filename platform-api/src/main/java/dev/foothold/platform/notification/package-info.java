/**
 * Reaching people outside a request: the {@link dev.foothold.platform.notification.Notifications}
 * contract, which modules call and {@code tenant-admin} implements with the platform's mail setup.
 * Depends on {@code dev.foothold.platform.identity} only.
 */
package dev.foothold.platform.notification;
