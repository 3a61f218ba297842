/**
 * Failures a client is told about.
 *
 * <p>Owns {@link dev.foothold.platform.problem.ProblemException}, the one exception family that
 * module code throws for anything a caller should see. Depends on the JDK only. {@code deploy}
 * turns every failure into an RFC 9457 {@code application/problem+json} body whose {@code type} is
 * stable; nothing else builds error responses.
 */
package dev.foothold.platform.problem;
