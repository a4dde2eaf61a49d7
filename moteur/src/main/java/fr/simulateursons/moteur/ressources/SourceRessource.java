package fr.simulateursons.moteur.ressources;

import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.pack.SourcePack;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one resource is read from. {@code chemin} is what R01 shows: a file path, an S3 URI, or
 * {@code classpath:…} for the bundled default.
 */
public record SourceRessource(TypeRessource type, String chemin, Moteur.Ouverture ouverture) {

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

    /**
     * A local file, opened at each simulation — only when it is a regular file: a FIFO would block the open for ever,
     * a device would never end (the read is bounded besides).
     */
    public static Moteur.Ouverture fichier(Path fichier) {
        return () -> {
            String pasUnFichier = Raisons.pasUnFichier(fichier);
            if (pasUnFichier != null) {
                throw new SourcePack.FichierRefuse(pasUnFichier);
            }
            return Files.newInputStream(fichier);
        };
    }
}
