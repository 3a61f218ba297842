/**
 * The real servers Foothold runs on, started as a developer or a test needs them: an embedded
 * PostgreSQL, a Keycloak from its Maven Central distribution, and Payara Micro with the WAR. {@link
 * dev.foothold.deploy.stack.FootholdStack} is the run command; the system tests use the same
 * classes. Test scope only: nothing here ships in the WAR. Depends on no application class.
 */
package dev.foothold.deploy.stack;
