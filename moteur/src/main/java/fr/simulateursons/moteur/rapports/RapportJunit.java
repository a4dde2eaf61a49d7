package fr.simulateursons.moteur.rapports;

import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Statut;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code junit}: JUnit XML as CI servers' test tabs read it (Jenkins, GitLab, Azure). One {@code testsuite} per
 * file; in it one {@code testcase} for the file's own stages ({@link #CAS_DU_FICHIER}), failed when PARAMETRES,
 * FICHIER or FORMAT rejected it and in error after an internal error, then, once the chain reached DEMANDES, one per
 * demande named by its {@code idDemande}, with a failure listing its codes and libellés when it is in anomaly.
 * Written by hand: every text is escaped by {@link Textes#xml}, which also drops what XML 1.0 cannot carry.
 */
final class RapportJunit implements EcrivainRapport {

    static final String CAS_DU_FICHIER = "Contrôle du fichier (PARAMETRES, FICHIER, FORMAT)";

    @Override
    public void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException {
        sortie.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sortie.write("<testsuites name=\"" + Textes.xml(RapportSarif.OUTIL) + "\" tests=\""
                + fichiers.stream().mapToInt(RapportJunit::cas).sum() + "\" failures=\""
                + fichiers.stream().mapToInt(RapportJunit::echecs).sum() + "\" errors=\""
                + fichiers.stream().mapToInt(RapportJunit::erreurs).sum() + "\" time=\""
                + fichiers.stream().map(f -> duree(f.statut())).reduce(BigDecimal.ZERO, BigDecimal::add) + "\">\n");
        for (FichierSimule f : fichiers) {
            suite(f, sortie);
        }
        sortie.write("</testsuites>\n");
    }

    private static void suite(FichierSimule f, Writer sortie) throws IOException {
        Statut s = f.statut();
        String nom = Textes.xml(f.fichier());
        sortie.write("  <testsuite name=\"" + nom + "\" tests=\"" + cas(f) + "\" failures=\"" + echecs(f)
                + "\" errors=\"" + erreurs(f) + "\" skipped=\"0\"");
        if (s.debut() != null) {
            sortie.write(" timestamp=\"" + s.debut().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)
                    .toLocalDateTime() + "\"");
        }
        sortie.write(" time=\"" + duree(s) + "\">\n");
        sortie.write("    <properties>\n");
        propriete(sortie, "simulationId", s.simulationId());
        propriete(sortie, "etat", s.etat().name());
        propriete(sortie, "etape", s.etape() == null ? null : s.etape().name());
        propriete(sortie, "message", s.message());
        propriete(sortie, "dateDepot", s.parametres() == null ? null : s.parametres().dateDepot());
        sortie.write("    </properties>\n");

        sortie.write("    <testcase classname=\"" + nom + "\" name=\"" + Textes.xml(CAS_DU_FICHIER) + "\"");
        List<Constat> erreursDuFichier = f.constats().stream().filter(c -> c.demande() == null).toList();
        if (s.etat() == Etat.ERREUR_INTERNE) {
            defaut(sortie, "error", Etat.ERREUR_INTERNE.name(), s.message(), f.fichier(), erreursDuFichier);
        } else if (s.etat() == Etat.REJETE && s.etape() != Etape.DEMANDES) {
            defaut(sortie, "failure", codes(erreursDuFichier), s.message(), f.fichier(), erreursDuFichier);
        } else {
            sortie.write("/>\n");
        }
        for (int i = 0; i < f.idDemandes().size(); i++) {
            // A demande whose idDemande is unknown (deposer knows only those the API lists) by its number, from 1.
            String cas = f.idDemande(i) != null ? f.idDemande(i) : "demande n° " + (i + 1);
            sortie.write("    <testcase classname=\"" + nom + "\" name=\"" + Textes.xml(cas) + "\"");
            List<Constat> anomalies = f.constats(i);
            if (anomalies.isEmpty()) {
                sortie.write("/>\n");
            } else {
                String message = anomalies.stream().map(c -> c.erreur().code().name() + " " + c.message())
                        .collect(Collectors.joining(" ; "));
                defaut(sortie, "failure", codes(anomalies), message, f.fichier(), anomalies);
            }
        }
        sortie.write("  </testsuite>\n");
    }

    /** A failure or an error: the codes as its type, the libellés as its message, the texte report's lines as body. */
    private static void defaut(Writer sortie, String element, String type, String message, String fichier,
                               List<Constat> constats) throws IOException {
        sortie.write(">\n      <" + element + " type=\"" + Textes.xml(type) + "\" message=\"" + Textes.xml(message)
                + "\">");
        for (Constat c : constats) {
            sortie.write(Textes.xml(c.ligneDeTexte(fichier)));
            sortie.write('\n');
        }
        sortie.write("</" + element + ">\n    </testcase>\n");
    }

    private static void propriete(Writer sortie, String nom, String valeur) throws IOException {
        if (valeur != null) {
            sortie.write("      <property name=\"" + nom + "\" value=\"" + Textes.xml(valeur) + "\"/>\n");
        }
    }

    private static String codes(List<Constat> constats) {
        return constats.stream().map(c -> c.erreur().code().name()).distinct().collect(Collectors.joining(" "));
    }

    private static int cas(FichierSimule f) {
        return 1 + f.idDemandes().size();
    }

    private static int echecs(FichierSimule f) {
        boolean fichier = f.statut().etat() == Etat.REJETE && f.statut().etape() != Etape.DEMANDES;
        return (fichier ? 1 : 0) + f.anomalies().size();
    }

    private static int erreurs(FichierSimule f) {
        return f.statut().etat() == Etat.ERREUR_INTERNE ? 1 : 0;
    }

    /** In seconds, to the millisecond, as JUnit's {@code time}; zero when the status has no times. */
    private static BigDecimal duree(Statut s) {
        if (s.debut() == null || s.fin() == null) {
            return BigDecimal.ZERO.setScale(3);
        }
        return BigDecimal.valueOf(Duration.between(s.debut(), s.fin()).toMillis(), 3);
    }
}
