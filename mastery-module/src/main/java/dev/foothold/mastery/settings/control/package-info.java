/**
 * Reading a tenant's settings (its own, else the configured defaults) and changing them. Depends on
 * the settings entity, MicroProfile Config and {@code platform-api}.
 */
package dev.foothold.mastery.settings.control;
