package dev.foothold.deploy.stack;

import java.util.function.Consumer;

/**
 * Stops this process when the one that started it goes away.
 *
 * <p>{@code mvn -Prun package} forks the run command as a child of Maven. Ctrl-C in a terminal
 * reaches both, but {@code kill <maven's pid>} (a service manager, an IDE's stop button, a CI
 * timeout) reaches only Maven, which exits without passing the signal on: the run command, and with
 * it PostgreSQL, Keycloak and Payara Micro, would keep running with nobody to stop them. Watching
 * the parent closes that gap: when it exits, this process exits too, through its shutdown hooks,
 * which stop the servers cleanly.
 */
final class ParentWatch {

  /** The exit status of a process stopped by SIGTERM, as a shell reports it. */
  static final int STOPPED = 143;

  private ParentWatch() {}

  /**
   * Exits this process (running its shutdown hooks) once its parent process has exited.
   *
   * @param say told, in a sentence, why this process is stopping
   */
  static void exitWithParent(Consumer<String> say) {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent ->
                parent
                    .onExit()
                    .thenRun(
                        () -> {
                          say.accept(
                              "The process that started Foothold (pid "
                                  + parent.pid()
                                  + ") has stopped, so Foothold stops too.");
                          System.exit(STOPPED);
                        }));
  }
}
