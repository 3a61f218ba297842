/**
 * What text Foothold accepts from outside: the one rule for control characters, applied to every
 * string of every request body (and to the strings a billing provider sends). Depends on the JDK
 * only.
 */
package dev.foothold.platform.text;
