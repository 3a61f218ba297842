package dev.foothold.deploy.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up has finished. Payara Micro may route requests to the application while its
 * start-up singleton still migrates the database; until this says ready, the API answers 503 and
 * readiness is DOWN.
 */
@ApplicationScoped
public class PlatformState {

  private volatile boolean ready;

  /**
   * @return whether every module's migrations have been applied
   */
  public boolean ready() {
    return ready;
  }

  void markReady() {
    ready = true;
  }
}
