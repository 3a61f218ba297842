package dev.foothold.deploy.persistence;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements the {@code tenancy} persistence unit prepares on the current thread
 * (named in its {@code persistence.xml}). A request starts the count at zero; where {@code
 * foothold.diagnostics.statements} is true, the response reports it in the header {@code
 * Foothold-Tenancy-Statements} — how a test shows that the gate (members, trials, subscriptions,
 * all in that unit) cost no database round trip.
 */
public class TenancyStatements implements StatementInspector {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public String inspect(String sql) {
    COUNT.get()[0]++;
    return sql;
  }

  /** Starts counting afresh on this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /**
   * @return statements prepared on this thread since {@link #reset()}
   */
  public static int count() {
    return COUNT.get()[0];
  }
}
