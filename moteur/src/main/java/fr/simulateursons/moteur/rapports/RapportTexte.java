package fr.simulateursons.moteur.rapports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code texte}: the verdict message, then one line per error or anomaly,
 * {@code demandes.json:61:25 D07 Le montant de TVA … (attendu : 19753.09)}. In a lot, each file's verdict line
 * names the file, and a blank line separates the files.
 */
final class RapportTexte implements EcrivainRapport {

    @Override
    public void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException {
        boolean lot = fichiers.size() > 1;
        for (int i = 0; i < fichiers.size(); i++) {
            FichierSimule f = fichiers.get(i);
            if (i > 0) {
                sortie.write('\n');
            }
            sortie.write(Textes.surUneLigne((lot ? f.fichier() + " : " : "") + f.statut().message()));
            sortie.write('\n');
            for (Constat c : f.constats()) {
                sortie.write(c.ligneDeTexte(f.fichier()));
                sortie.write('\n');
            }
        }
    }
}
