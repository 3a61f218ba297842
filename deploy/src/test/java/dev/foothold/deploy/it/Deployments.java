package dev.foothold.deploy.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test: the WAR the build packaged, exactly as it ships. */
final class Deployments {

  private Deployments() {}

  static WebArchive foothold() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("foothold.war", "target/foothold.war")));
  }
}
