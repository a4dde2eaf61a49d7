package fr.simulateursons.engine.fichier;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/** The file to simulate, as an adapter sees it: a stream to open once, and its size when the store knows it. */
public interface Fichier {

    /** The size announced by the store (file system, S3 Content-Length), when known before reading. */
    OptionalLong taille();

    InputStream ouvrir() throws IOException;
}
