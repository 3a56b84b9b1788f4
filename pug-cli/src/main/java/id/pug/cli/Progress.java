package id.pug.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Progress on standard error for work that takes more than a moment: once the threshold has passed,
 * each new stage is printed when it starts, and a stage that lasts is printed again every second.
 * Nothing is printed for quick work. Thread-safe.
 */
final class Progress implements AutoCloseable {
  private final String command;
  private final PrintWriter err;
  private final long thresholdNanos;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final ScheduledFuture<?> ticks;
  private String stage = "starting";
  private @Nullable String printed;

  Progress(String command, PrintWriter err, long thresholdMillis) {
    this.command = command;
    this.err = err;
    this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMillis);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pug-progress");
              t.setDaemon(true);
              return t;
            });
    this.ticks =
        timer.scheduleAtFixedRate(
            this::tick, Math.max(1, thresholdMillis), 1000, TimeUnit.MILLISECONDS);
  }

  /** Starts a stage; printed at once when the work has already taken longer than the threshold. */
  synchronized void stage(String now) {
    stage = now;
    if (System.nanoTime() - started >= thresholdNanos) {
      print();
    }
  }

  private synchronized void tick() {
    print();
  }

  private void print() {
    err.println(command + ": " + stage + " …");
    err.flush();
    printed = stage;
  }

  /** Whether anything was printed (for tests). */
  synchronized boolean printedAnything() {
    return printed != null;
  }

  @Override
  public void close() {
    ticks.cancel(false);
    timer.shutdownNow();
  }
}
