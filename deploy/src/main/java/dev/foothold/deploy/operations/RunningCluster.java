package dev.foothold.deploy.operations;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The name of the Payara cluster (Hazelcast) this instance belongs to, if it clusters at all.
 *
 * <p>Read reflectively from the instance Payara binds at {@code payara/Hazelcast}, so the WAR needs
 * no Hazelcast classes; a server started with {@code --nocluster} binds none.
 */
final class RunningCluster {

  private static final Logger LOG = Logger.getLogger(RunningCluster.class.getName());

  /** Payara Micro's cluster name unless told otherwise: every default instance shares it. */
  static final String PAYARA_DEFAULT_NAME = "development";

  private RunningCluster() {}

  /**
   * @return the cluster's name, empty when this instance does not cluster
   */
  static Optional<String> name() {
    Object hazelcast;
    try {
      hazelcast = new InitialContext().lookup("payara/Hazelcast");
    } catch (NamingException | RuntimeException e) {
      return Optional.empty();
    }
    if (hazelcast == null) {
      return Optional.empty();
    }
    try {
      var config = hazelcast.getClass().getMethod("getConfig").invoke(hazelcast);
      var name = config.getClass().getMethod("getClusterName").invoke(config);
      return Optional.ofNullable((String) name);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the Payara cluster's name", e);
      return Optional.empty();
    }
  }

  /**
   * @param name the running cluster's name, empty when not clustered
   * @return what is wrong with it outside development, empty when nothing
   */
  static Optional<String> finding(Optional<String> name) {
    return name.filter(PAYARA_DEFAULT_NAME::equals)
        .map(
            n ->
                ("this instance clusters under Payara's default cluster name '%s', which every"
                        + " default-configured Payara Micro that reaches it joins, reading and"
                        + " writing the cached roles and subscriptions: start Payara Micro with"
                        + " --nocluster (a single instance), or with --clustername <a name of"
                        + " your own> --interfaces <a private address> --clustermode tcpip:<members>"
                        + " and -Dhazelcast.socket.bind.any=false (see docs/operator.md)")
                    .formatted(n));
  }
}
