package fr.simulateursons.cli;

import fr.simulateursons.moteur.ressources.SourceRessource;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;
import fr.simulateursons.moteur.pack.SourcePack;
import org.apache.commons.cli.Options;

import java.nio.file.Path;
import java.util.Optional;

/** The options that replace the bundled resources by files, shared by the commands that simulate. */
record OptionsRessources(Path referentiel, Path dispositifs, Path eligibilite, Path formatSons) {

    private static final String REFERENTIEL = "referentiel";
    private static final String DISPOSITIFS = "dispositifs";
    private static final String ELIGIBILITE = "eligibilite";
    private static final String FORMAT_SONS = "format-sons";

    static void declarer(Options options) {
        options.addOption(LigneDeCommande.valeur(REFERENTIEL, "FICHIER", "Référentiel des solutions (JSON)."))
                .addOption(LigneDeCommande.valeur(DISPOSITIFS, "FICHIER", "Dispositifs : dates limites, plafonds (JSON)."))
                .addOption(LigneDeCommande.valeur(ELIGIBILITE, "FICHIER",
                        "Base des établissements éligibles (JSON) ; active le contrôle D14."))
                .addOption(LigneDeCommande.valeur(FORMAT_SONS, "DOSSIER",
                        "Pack de format SONS (format.json et les fichiers qu'il nomme) à la place du format embarqué."));
    }

    static OptionsRessources de(LigneDeCommande ligne) throws LigneInvalide {
        return new OptionsRessources(ligne.chemin(REFERENTIEL), ligne.chemin(DISPOSITIFS), ligne.chemin(ELIGIBILITE),
                ligne.chemin(FORMAT_SONS));
    }

    SourcesDeRessources sources() {
        SourcesDeRessources defaut = SourcesDeRessources.defaut();
        return new SourcesDeRessources(
                referentiel == null ? defaut.referentiel() : SourceRessource.fichier(TypeRessource.REFERENTIEL, referentiel),
                dispositifs == null ? defaut.dispositifs() : SourceRessource.fichier(TypeRessource.DISPOSITIFS, dispositifs),
                Optional.ofNullable(eligibilite).map(f -> SourceRessource.fichier(TypeRessource.ELIGIBILITE, f)),
                formatSons == null ? defaut.format() : SourcePack.dossier(formatSons));
    }
}
