package dev.foothold.deploy.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the {@link TestStack} before a system test class and stops it once, when the whole test
 * run ends (the root context closes its store).
 */
public class StackExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            TestStack.class.getName(),
            key -> {
              TestStack.get();
              return (ExtensionContext.Store.CloseableResource) TestStack::stopAll;
            });
  }
}
