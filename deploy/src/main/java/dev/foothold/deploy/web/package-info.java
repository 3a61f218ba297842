/**
 * Headers every response of the WAR carries, whatever produced it (the API, the portal's static
 * files, the WebJars, an error page). Depends on the Servlet API only.
 */
package dev.foothold.deploy.web;
