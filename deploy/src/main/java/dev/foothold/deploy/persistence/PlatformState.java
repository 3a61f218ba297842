package dev.foothold.deploy.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up has finished. Payara Micro may route requests to the application while its
 * start-up singleton still migrates the database; until this says ready, the API answers 503 and
 * readiness is DOWN. When start-up refuses an unsafe configuration it never becomes ready.
 */
@ApplicationScoped
public class PlatformState {

  private volatile boolean ready;
  private volatile boolean refused;

  /**
   * @return whether every module's migrations have been applied
   */
  public boolean ready() {
    return ready;
  }

  void markReady() {
    ready = true;
  }

  /**
   * @return whether start-up refused to go on (an unsafe configuration): the platform never becomes
   *     ready
   */
  public boolean refused() {
    return refused;
  }

  void markRefused() {
    refused = true;
  }
}
