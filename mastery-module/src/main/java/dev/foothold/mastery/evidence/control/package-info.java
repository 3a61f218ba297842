/**
 * Appending to and reading evidence logs, the hash chain and its canonical form, debrief
 * completeness and prompts, the review's ranking, the feedback rule, screening and export. Depends
 * on {@code evidence.entity} and {@code platform-api}.
 */
package dev.foothold.mastery.evidence.control;
