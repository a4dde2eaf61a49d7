package fr.simulateursons.moteur.fichier;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** F01: the file is read whole, but never more than one byte past the limit. */
public final class LectureFichier {

    /** 4 Mo as the portal counts them. */
    public static final int TAILLE_MAX = Fichier.TAILLE_MAX;

    /** Either the bytes, or F01. */
    public record Lecture(byte[] octets, Optional<Erreur> erreur) {
    }

    private LectureFichier() {
    }

    public static Lecture lire(Fichier fichier) throws IOException {
        if (fichier.taille().orElse(0) > TAILLE_MAX) {
            return trop();
        }
        byte[] octets;
        try (InputStream in = fichier.ouvrir()) {
            // The announced size may be wrong or absent: the bound holds whatever the stream carries.
            octets = in.readNBytes(TAILLE_MAX + 1);
        }
        return octets.length > TAILLE_MAX ? trop() : new Lecture(octets, Optional.empty());
    }

    private static Lecture trop() {
        return new Lecture(null, Optional.of(Code.F01.erreur(null)));
    }
}
