/**
 * The JAX-RS application: which classes are served, under {@code /api}, with MicroProfile JWT.
 * Depends on every other {@code dev.foothold.deploy} package and on the module SPI.
 */
package dev.foothold.deploy.rest;
