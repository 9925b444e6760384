package uk.gov.justice.marketplace;

import uk.gov.justice.marketplace.runtime.Launcher;

/** Starts the marketplace: `java -jar marketplace.jar [--demo] [--data-dir=DIR]`. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Launcher.launch(args);
    }
}
