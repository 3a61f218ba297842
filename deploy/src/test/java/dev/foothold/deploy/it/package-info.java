/**
 * System tests: the WAR on Payara Micro (Arquillian), against the real PostgreSQL and Keycloak that
 * {@link dev.foothold.deploy.it.TestStack} starts once per test run and stops afterwards. Depends
 * on {@code dev.foothold.deploy.stack}; talks to the application over HTTP only.
 */
package dev.foothold.deploy.it;
