/**
 * Request bodies, read strictly and within limits. Every body is capped before it is read (its
 * declared length first, then a counting stream for chunked ones): 413. Every JSON body is bound to
 * its record by one strict binder: no number is wrapped, rounded or coerced, no string becomes a
 * number or the reverse, no unknown field or malformed list element is skipped, no nesting is
 * deeper than the shapes need, and every string passes {@link dev.foothold.platform.text.SafeText}:
 * 400 naming the field. Depends on {@code platform-api}.
 */
package dev.foothold.deploy.body;
