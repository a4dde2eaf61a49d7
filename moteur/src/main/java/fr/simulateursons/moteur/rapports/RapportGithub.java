package fr.simulateursons.moteur.rapports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code github}: one workflow command per error or anomaly, {@code ::error file=F,line=L,col=C,title=CODE::libellé},
 * which GitHub Actions turns into an annotation on the file; {@code line} and {@code col} only where known. Values
 * are escaped as the Actions toolkit does, so that no text of the file can end the command or start another.
 */
final class RapportGithub implements EcrivainRapport {

    @Override
    public void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException {
        for (FichierSimule f : fichiers) {
            for (Constat c : f.constats()) {
                StringBuilder s = new StringBuilder("::error file=").append(propriete(f.fichier()));
                if (c.situe()) {
                    s.append(",line=").append(c.erreur().ligne()).append(",col=").append(c.erreur().colonne());
                }
                s.append(",title=").append(c.erreur().code().name())
                        .append("::").append(donnee(c.message())).append('\n');
                sortie.write(s.toString());
            }
        }
    }

    private static String donnee(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String propriete(String s) {
        return donnee(s).replace(":", "%3A").replace(",", "%2C");
    }
}
