/**
 * What the platform's operators rely on beyond health: the guarded {@code /metrics} and the
 * start-up refusal of development secrets outside development.
 *
 * <p>Depends on platform-api ({@link dev.foothold.platform.operations.OperatorFigures}, {@link
 * dev.foothold.platform.identity.CurrentUser}), on {@code deploy.problem} for error documents and
 * on configuration; never on a module.
 */
package dev.foothold.deploy.operations;
