/**
 * The branded portal's server side: serving its static pages at {@code /t/{slug}/} with a strict
 * Content-Security-Policy, and the two small answers it needs to start (where to sign in, and the
 * caller's role in the tenant).
 *
 * <p>Owns nothing persistent. Depends on the platform's contracts ({@code platform-api}) and on
 * MicroProfile Config; never on a module's classes. The pages themselves live in {@code
 * src/main/webapp/portal}; the browser libraries come from WebJars.
 */
package dev.foothold.deploy.portal;
