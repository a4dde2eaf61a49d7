package fr.simulateursons.cli;

import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Raisons;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code simuler} and {@code deposer} share: the four parameters of the portal's form (spec §1), the file, where
 * its annotated file goes, {@code --debug}, and the checks made before anything is read or written.
 */
record OptionsSimulation(String numeroAns, String typeDemande, String tauxTva, String dateDepot, Path fichier,
                         Path sortie, boolean debug) {

    private static final String NUMERO_ANS = "numero-ans";
    private static final String TYPE_DEMANDE = "type-demande";
    private static final String TAUX_TVA = "taux-tva";
    private static final String DATE_DEPOT = "date-depot";
    private static final String SORTIE = "sortie";

    static void declarer(Options options) {
        options.addOption(LigneDeCommande.valeur(NUMERO_ANS, "NUMERO", "Numéro ANS (numéro de référencement)."))
                .addOption(LigneDeCommande.valeur(TYPE_DEMANDE, "TYPE", "AVANCE ou SOLDE."))
                .addOption(LigneDeCommande.valeur(TAUX_TVA, "TAUX", "0, 2.1, 5.5, 8.5, 10 ou 20."))
                .addOption(LigneDeCommande.valeur(DATE_DEPOT, "DATE", "Date de dépôt : AAAA-MM-JJ ou AAAA-MM-JJTHH:MM "
                        + "(heure de Paris sauf décalage donné) ; défaut : maintenant."))
                .addOption(LigneDeCommande.valeur(SORTIE, "FICHIER",
                        "Fichier de sortie annoté (défaut : <nom>.sortie.json à côté du fichier)."));
    }

    static OptionsSimulation de(LigneDeCommande ligne) throws LigneInvalide {
        return new OptionsSimulation(ligne.texte(NUMERO_ANS), ligne.texte(TYPE_DEMANDE), ligne.texte(TAUX_TVA),
                ligne.texte(DATE_DEPOT), ligne.operande("FICHIER"), ligne.chemin(SORTIE), ligne.present(LigneDeCommande.DEBUG));
    }

    /** The portal's form as the engine takes it: an absent or wrong parameter is a PARAMETRES rejection, not an error here. */
    Parametres parametres() {
        return Parametres.formulaire(numeroAns, typeDemande, tauxTva).avec(Parametres.DATE_DEPOT, dateDepot);
    }

    /** Where the annotated file goes: {@code --sortie}, or beside the file. */
    Path cible() {
        return sortie != null ? sortie : cheminParDefaut(fichier);
    }

    /** {@code dir/demandes.json} → {@code dir/demandes.sortie.json}. */
    static Path cheminParDefaut(Path fichier) {
        String nom = fichier.getFileName().toString();
        String base = nom.toLowerCase(Locale.ROOT).endsWith(".json") ? nom.substring(0, nom.length() - 5) : nom;
        return fichier.resolveSibling(base + ".sortie.json");
    }

    /**
     * Why the command line cannot be run, in French; empty when it can. Nothing has been read or written yet: the
     * file is opened only once it is known to be a regular file (a FIFO would block the open for ever), and no output
     * may lead to it.
     */
    Optional<String> refus(OptionsRapports rapports) {
        String pasUnFichier = Raisons.pasUnFichier(fichier);
        if (pasUnFichier != null) {
            return Optional.of("Le fichier " + fichier + " ne peut pas être ouvert : " + pasUnFichier + ".");
        }
        try (InputStream ignored = Files.newInputStream(fichier)) {
            // Opened only to know it can be.
        } catch (IOException | RuntimeException e) {
            return Optional.of("Le fichier " + fichier + " ne peut pas être ouvert : " + Raisons.de(fichier, e) + ".");
        }
        Path cible = cible();
        if (Chemins.meme(cible, fichier)) {
            return Optional.of("Le fichier de sortie " + cible + " est le fichier simulé, qui n'est jamais modifié.");
        }
        return rapports.refus(List.of(fichier, cible));
    }
}
