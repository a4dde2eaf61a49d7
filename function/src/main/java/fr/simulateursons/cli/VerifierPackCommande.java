package fr.simulateursons.cli;

import fr.simulateursons.moteur.pack.OutilsPack;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code format-sons verifier [DOSSIER]}: a pack or a catalogue (the bundled one without DOSSIER) checked as spec §6
 * says — every pack coherent, against the référentiel, dispositifs and eligibility base given (the bundled demo ones
 * by default), the calendar in order, overlaps refused and gaps listed, then each pack's examples through the chain
 * at a date de dépôt inside the pack's period. Exit 0 when all holds, 1 otherwise, the faults in French.
 */
final class VerifierPackCommande extends CommandeSimple {

    private static final String TAUX_TVA = "taux-tva";
    private static final String TAUX_PAR_DEFAUT = "20";

    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    VerifierPackCommande(Clock horloge, PrintStream out, PrintStream err) {
        this.horloge = horloge;
        this.out = out;
        this.err = err;
    }

    @Override
    public String nom() {
        return "verifier";
    }

    @Override
    public String description() {
        return "Vérifie un pack ou un catalogue (cohérence, calendrier, puis les exemples à travers la chaîne).";
    }

    @Override
    String operandes() {
        return FormatSonsCommande.PACK;
    }

    @Override
    Options options() {
        Options options = new Options().addOption(LigneDeCommande.valeur(TAUX_TVA, "TAUX",
                "Taux de TVA des exemples (défaut : " + TAUX_PAR_DEFAUT + ")."));
        OptionsRessources.declarerSansFormat(options);
        return options;
    }

    @Override
    int executer(LigneDeCommande ligne) throws LigneInvalide {
        String tauxTva = ligne.texte(TAUX_TVA, TAUX_PAR_DEFAUT);
        OptionsRessources ressources = OptionsRessources.de(ligne);
        Path dossier = ligne.operandeFacultatif(FormatSonsCommande.DOSSIER);
        if (!FormatSonsCommande.lisible(dossier, err)) {
            return Main.LIGNE_DE_COMMANDE;
        }
        OutilsPack.Verification v = OutilsPack.verifier(FormatSonsCommande.source(dossier), ressources.moteur(horloge),
                tauxTva);
        boolean seul = v.calendrier().size() == 1;
        out.println("Pack de format SONS : " + v.chemin() + (seul ? " (version " + v.calendrier().get(0).version() + ")" : ""));
        if (!v.calendrier().isEmpty()) {
            out.println(seul ? "En vigueur : " + v.calendrier().get(0).texte() + "." : "Calendrier :");
            if (!seul) {
                v.calendrier().forEach(p -> out.println("  " + p.version() + " : " + p.texte()));
            }
            v.lacunes().forEach(l -> out.println("Aucun format en vigueur " + l + "."));
        }
        if (!v.defauts().isEmpty()) {
            out.println((seul || v.calendrier().isEmpty() ? "Le pack n'est pas cohérent" : "Le catalogue n'est pas cohérent")
                    + " (" + v.defauts().size() + " défaut(s)) :");
            v.defauts().forEach(d -> out.println("  " + d));
            return Main.REJETE;
        }
        out.println("Cohérence : les manifestes, les fichiers, les schémas, les pointeurs et les clés de plafond sont "
                + "conformes.");
        for (OutilsPack.Exemple e : v.exemples()) {
            out.println("Exemple " + e.typeDemande() + (seul ? "" : " de " + e.version()) + " (" + e.fichier()
                    + ", numéro ANS " + e.numeroAns() + ", TVA " + tauxTva + " %, dépôt au " + e.dateDepot() + ") : "
                    + e.resultat().etat() + (e.reussi() ? "" : " à l'étape " + e.resultat().etape()));
            e.resultat().constats().forEach(x -> out.println("  " + x.code() + " " + x.libelle()
                    + (x.chemin() == null ? "" : " (" + x.chemin()
                    + (x.ligne() == null ? "" : ", ligne " + x.ligne() + ", colonne " + x.colonne()) + ")")
                    + (x.detail() == null ? "" : " : " + x.detail())));
        }
        return v.conforme() ? Main.REUSSI : Main.REJETE;
    }
}
