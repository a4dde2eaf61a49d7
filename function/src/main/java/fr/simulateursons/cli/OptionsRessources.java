package fr.simulateursons.cli;

import fr.simulateursons.moteur.Moteur;
import org.apache.commons.cli.Options;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The options that replace the bundled resources by files, shared by the commands that simulate. */
record OptionsRessources(Path referentiel, Path dispositifs, Path eligibilite, Path formatSons) {

    private static final String REFERENTIEL = "referentiel";
    private static final String DISPOSITIFS = "dispositifs";
    private static final String ELIGIBILITE = "eligibilite";
    private static final String FORMAT_SONS = "format-sons";

    static void declarer(Options options) {
        declarerSansFormat(options);
        options.addOption(LigneDeCommande.valeur(FORMAT_SONS, "DOSSIER", "Pack de format SONS (format.json et les "
                + "fichiers qu'il nomme), ou catalogue de packs en vigueur par date, à la place du format embarqué."));
    }

    /** The resources but the format pack: {@code format-sons verifier} takes its pack as its operand. */
    static void declarerSansFormat(Options options) {
        options.addOption(LigneDeCommande.valeur(REFERENTIEL, "FICHIER", "Référentiel des solutions (JSON)."))
                .addOption(LigneDeCommande.valeur(DISPOSITIFS, "FICHIER", "Dispositifs : dates limites, plafonds (JSON)."))
                .addOption(LigneDeCommande.valeur(ELIGIBILITE, "FICHIER",
                        "Base des établissements éligibles (JSON) ; active le contrôle D14."));
    }

    static OptionsRessources de(LigneDeCommande ligne) throws LigneInvalide {
        return new OptionsRessources(ligne.chemin(REFERENTIEL), ligne.chemin(DISPOSITIFS), ligne.chemin(ELIGIBILITE),
                ligne.present(FORMAT_SONS) ? ligne.chemin(FORMAT_SONS) : null);
    }

    /** Whether no resource is replaced. */
    boolean aucune() {
        return referentiel == null && dispositifs == null && eligibilite == null && formatSons == null;
    }

    /** The engine on these resources, the bundled ones where none is given. */
    Moteur.Builder moteur(Clock horloge) {
        Moteur.Builder b = Moteur.builder().horloge(horloge);
        Optional.ofNullable(referentiel).ifPresent(b::referentiel);
        Optional.ofNullable(dispositifs).ifPresent(b::dispositifs);
        Optional.ofNullable(eligibilite).ifPresent(b::eligibilite);
        Optional.ofNullable(formatSons).ifPresent(b::formatSons);
        return b;
    }
}
