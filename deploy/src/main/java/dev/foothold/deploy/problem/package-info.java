/**
 * Every failure as RFC 9457 {@code application/problem+json}: the exception mappers for what JAX-RS
 * sees, and a servlet for what the container answers before JAX-RS runs (a token it refuses). No
 * stack trace or internal message reaches a client; unexpected failures are logged with an incident
 * id that the client is given. Depends on {@code platform-api}'s problem package.
 */
package dev.foothold.deploy.problem;
