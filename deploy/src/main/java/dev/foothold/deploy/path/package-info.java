/**
 * What an address may hold before anything acts on it: no encoded or hidden separators in the raw
 * path (refused by a servlet filter ahead of every other), and every path parameter of the matched
 * resource checked against the rule for its name before a resource method sees it. Decisions are
 * made on the raw request line and the matched resource's template, never on decoded path text.
 * Depends on {@code platform-api} and {@code dev.foothold.deploy.problem}.
 */
package dev.foothold.deploy.path;
