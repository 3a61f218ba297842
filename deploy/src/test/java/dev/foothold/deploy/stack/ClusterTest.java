package dev.foothold.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterTest {

  @Test
  void withoutANameThereIsNoClusterPortAtAll() {
    var cluster = Cluster.fromSettings();
    assertEquals(Optional.empty(), cluster.name());
    assertEquals(List.of("--nocluster"), cluster.microOptions());
    assertEquals(List.of(), cluster.jvmOptions());
  }

  @Test
  void aNamedClusterIsBoundToItsInterfaceUnderItsNameWithFixedMembers() {
    var cluster = Cluster.of("acme-foothold", "10.0.0.5", 7900);
    assertEquals(
        List.of(
            "--clustername",
            "acme-foothold",
            "--interfaces",
            "10.0.0.5",
            "--startport",
            "7900",
            "--clustermode",
            "tcpip:10.0.0.5:7900"),
        cluster.microOptions());
    assertEquals(List.of("-Dhazelcast.socket.bind.any=false"), cluster.jvmOptions());
  }

  @Test
  void theRunCommandRefusesPayarasDefaultClusterName() {
    System.setProperty("foothold.cluster.name", "development");
    try {
      assertThrows(IllegalArgumentException.class, Cluster::fromSettings);
    } finally {
      System.clearProperty("foothold.cluster.name");
    }
  }

  @Test
  void theRunCommandSwitchesPayarasPublicMetricsOffAndClustersAsConfigured() {
    var command =
        PayaraServer.command(
            Path.of("payara-micro.jar"),
            Path.of("foothold.war"),
            Path.of("home"),
            Path.of("tmp"),
            8080,
            Path.of("foothold.properties"),
            Cluster.of("acme-foothold", "127.0.0.1", 7900));
    int postBoot = command.indexOf("--postbootcommandfile");
    assertTrue(postBoot > 0, command.toString());
    assertTrue(command.get(postBoot + 1).endsWith("post-boot-commands.txt"), command.toString());
    assertTrue(command.contains("-Dhazelcast.socket.bind.any=false"), command.toString());
    assertTrue(
        command.indexOf("-Dhazelcast.socket.bind.any=false") < command.indexOf("-jar"),
        "a JVM option must come before -jar");
    assertEquals("acme-foothold", command.get(command.indexOf("--clustername") + 1));
    assertEquals("127.0.0.1", command.get(command.indexOf("--interfaces") + 1));
  }
}
