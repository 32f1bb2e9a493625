package org.sitrep.watch;

import org.sitrep.store.AlertLog;

/** Where notifications go: the terminal, a JSON Lines file, a webhook. */
public interface AlertSink {

  /** Delivers one notification or throws; a sink must tolerate receiving the same idempotency key twice. */
  void deliver(AlertLog.Notification n) throws DeliveryFailure;

  /** A failed delivery; {@code permanent}: retrying cannot help (a 4xx other than 429). */
  final class DeliveryFailure extends Exception {
    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent) {
      super(message);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
