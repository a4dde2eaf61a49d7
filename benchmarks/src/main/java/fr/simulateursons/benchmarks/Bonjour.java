package fr.simulateursons.benchmarks;

/** The baseline of the start-up benchmark: a JVM that starts, prints, and stops. */
public final class Bonjour {

    private Bonjour() {
    }

    public static void main(String[] args) {
        System.out.println("Bonjour");
    }
}
