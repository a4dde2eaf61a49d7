package fr.simulateursons.cli;

/** A command line that cannot be run (exit 2), said in French, with the usage of the command it was meant for. */
final class LigneInvalide extends Exception {

    private final transient Usage usage;

    LigneInvalide(String message, Usage usage) {
        super(message, null, false, false);
        this.usage = usage;
    }

    Usage usage() {
        return usage;
    }
}
