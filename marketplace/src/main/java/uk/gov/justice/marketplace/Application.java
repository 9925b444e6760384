package uk.gov.justice.marketplace;

import uk.gov.justice.marketplace.runtime.Launcher;
import uk.gov.justice.marketplace.runtime.OperatorCommands;

/**
 * Starts the marketplace: `java -jar marketplace.jar [--demo] [--data-dir=DIR]`; or backs it up or restores it:
 * `java -jar marketplace.jar backup|restore ...` (runtime.OperatorCommands).
 */
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        if (OperatorCommands.named(args)) {
            System.exit(OperatorCommands.run(args, System.getenv(), System.out));
        }
        Launcher.launch(args);
    }
}
