package fr.simulateursons.engine;

/**
 * A value the rules read from the file through the format pack: the value itself, its text as the file writes it
 * (for messages), and its JSON Pointer in the file (the {@code chemin} of an error about it).
 */
public record Valeur<T>(T valeur, String texte, String chemin) {
}
