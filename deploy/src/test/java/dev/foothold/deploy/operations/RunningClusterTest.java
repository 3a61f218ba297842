package dev.foothold.deploy.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunningClusterTest {

  @Test
  void payarasDefaultClusterNameIsAFindingAnOwnNameOrNoClusterIsNot() {
    var finding = RunningCluster.finding(Optional.of("development"));
    assertTrue(finding.orElseThrow().contains("--clustername"), finding.toString());
    assertTrue(finding.orElseThrow().contains("--nocluster"), finding.toString());
    assertEquals(Optional.empty(), RunningCluster.finding(Optional.of("acme-foothold")));
    assertEquals(Optional.empty(), RunningCluster.finding(Optional.empty()));
  }

  @Test
  void outsideAJakartaServerNoClusterIsFound() {
    assertEquals(Optional.empty(), RunningCluster.name());
  }
}
