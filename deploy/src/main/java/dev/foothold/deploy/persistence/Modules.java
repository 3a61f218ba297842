package dev.foothold.deploy.persistence;

import dev.foothold.platform.module.FootholdModule;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The modules in this application, found through the platform SPI. */
public final class Modules {

  private Modules() {}

  /**
   * @return every module on the application's class path, ordered by name
   */
  public static List<FootholdModule> all() {
    return ServiceLoader.load(FootholdModule.class, Modules.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(FootholdModule::name))
        .toList();
  }
}
