package io.finterm.app;

import io.finterm.service.UndoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the undo history's retention ({@link UndoService#pruneEveryone}) where the app decides to: once
 * when a store is opened, and in the server's daily run. What it removed goes to the log; a failure is
 * logged and never stops a start or the timer, because the steps it could not remove only wait for
 * the next run.
 */
final class UndoPruning {
    private static final Logger log = LoggerFactory.getLogger(UndoPruning.class);

    private UndoPruning() {
    }

    static void run(UndoService undo, String when) {
        try {
            UndoService.Pruned p = undo.pruneEveryone();
            if (p.steps() > 0) {
                log.info("undo: {} removed {} step{} beyond retention ({} row image{})", when, p.steps(), p.steps() == 1 ? "" : "s",
                        p.rows(), p.rows() == 1 ? "" : "s");
            }
        } catch (RuntimeException e) {
            log.warn("undo: {} could not remove the steps beyond retention: {}", when, e.toString());
        }
    }
}
