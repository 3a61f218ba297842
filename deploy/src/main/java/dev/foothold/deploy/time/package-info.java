/**
 * The platform's clock: the system clock in UTC, and the switch by which a test deployment moves
 * it. Depends on {@code platform-api}, Jakarta REST and MicroProfile Config.
 */
package dev.foothold.deploy.time;
