package fr.simulateursons.moteur.rapports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes one report of spec §7 on the files of one simulation (one file) or of one lot (several). */
public interface EcrivainRapport {

    /**
     * @param fichiers in the order the report lists them
     * @param sortie   left open: the caller owns it (it may be stdout)
     */
    void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException;
}
