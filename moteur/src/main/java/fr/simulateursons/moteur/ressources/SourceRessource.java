package fr.simulateursons.moteur.ressources;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one resource is read from. {@code chemin} is what R01 shows: a file path, an S3 URI, or
 * {@code classpath:…} for the bundled default.
 */
public record SourceRessource(TypeRessource type, String chemin, Ouverture ouverture) {

    @FunctionalInterface
    public interface Ouverture {
        InputStream ouvrir() throws IOException;
    }

    static final String CLASSPATH = "classpath:";

    public static SourceRessource defaut(TypeRessource type) {
        String ressource = type.defaut();
        return new SourceRessource(type, CLASSPATH + ressource, () -> {
            InputStream in = SourceRessource.class.getClassLoader().getResourceAsStream(ressource);
            if (in == null) {
                throw new FileNotFoundException(ressource);
            }
            return in;
        });
    }

    public static SourceRessource fichier(TypeRessource type, Path fichier) {
        return new SourceRessource(type, fichier.toString(), () -> Files.newInputStream(fichier));
    }
}
