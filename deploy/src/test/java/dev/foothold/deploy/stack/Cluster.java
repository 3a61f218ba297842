package dev.foothold.deploy.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a Payara Micro of the run command joins its cluster: not at all (the default: one instance
 * needs no cluster port), or under a cluster name of the operator's own, bound to one interface
 * (loopback unless configured), finding its members at fixed addresses instead of by multicast.
 *
 * <p>Hazelcast, under Payara Micro 6, has no member authentication: whoever reaches the cluster
 * port and knows the name joins and reads the shared cache. The name keeps accidental joins out;
 * only the network keeps attackers out (see {@code docs/operator.md}).
 *
 * @param name the cluster name, empty for no cluster
 * @param bindInterface the one address the cluster listens on
 * @param port the first cluster port
 * @param members the members' {@code address:port}, this one included
 */
public record Cluster(Optional<String> name, String bindInterface, int port, List<String> members) {

  /** Payara Micro's own cluster name: every default-configured instance on the network has it. */
  public static final String PAYARA_DEFAULT_NAME = "development";

  /** Copies the members. */
  public Cluster {
    members = List.copyOf(members);
  }

  /**
   * @return no cluster
   */
  public static Cluster off() {
    return new Cluster(Optional.empty(), "127.0.0.1", 6900, List.of());
  }

  /**
   * @param name the cluster name
   * @param bindInterface the address to listen on
   * @param port the cluster port
   * @return a cluster whose only member is this instance
   */
  public static Cluster of(String name, String bindInterface, int port) {
    return new Cluster(Optional.of(name), bindInterface, port, List.of(bindInterface + ":" + port));
  }

  /**
   * From the run command's settings: {@code foothold.cluster.name} (unset: no cluster), {@code
   * foothold.cluster.interface} (default {@code 127.0.0.1}), {@code foothold.cluster.port} (default
   * 6900) and {@code foothold.cluster.members} (comma-separated {@code address:port}, default this
   * instance only).
   *
   * @return the cluster the settings describe
   * @throws IllegalArgumentException when the name is Payara's default
   */
  public static Cluster fromSettings() {
    var name = FootholdStack.optional("foothold.cluster.name");
    if (name.isPresent() && PAYARA_DEFAULT_NAME.equals(name.get().trim())) {
      throw new IllegalArgumentException(
          "foothold.cluster.name must be a name of your own, not Payara's default '"
              + PAYARA_DEFAULT_NAME
              + "'");
    }
    var bindInterface = FootholdStack.setting("foothold.cluster.interface", "127.0.0.1");
    int port = Integer.parseInt(FootholdStack.setting("foothold.cluster.port", "6900"));
    var members =
        Arrays.stream(
                FootholdStack.setting("foothold.cluster.members", bindInterface + ":" + port)
                    .split(","))
            .map(String::trim)
            .filter(m -> !m.isEmpty())
            .toList();
    return new Cluster(name, bindInterface, port, members);
  }

  /**
   * @return options for the JVM: Hazelcast otherwise listens on every interface whatever {@code
   *     --interfaces} says
   */
  public List<String> jvmOptions() {
    return name.isPresent() ? List.of("-Dhazelcast.socket.bind.any=false") : List.of();
  }

  /**
   * @return Payara Micro's options
   */
  public List<String> microOptions() {
    if (name.isEmpty()) {
      return List.of("--nocluster");
    }
    var options = new ArrayList<String>();
    options.addAll(List.of("--clustername", name.get()));
    options.addAll(List.of("--interfaces", bindInterface));
    options.addAll(List.of("--startport", Integer.toString(port)));
    options.addAll(List.of("--clustermode", "tcpip:" + String.join(",", members)));
    return options;
  }
}
