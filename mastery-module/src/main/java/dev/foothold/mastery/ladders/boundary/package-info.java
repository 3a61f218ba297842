/**
 * REST resources for ladders, climbs and attempts under {@code /api/v1/t/{slug}}. Depends on {@code
 * ladders.control} and {@code platform-api}.
 */
package dev.foothold.mastery.ladders.boundary;
