package fr.simulateursons.cli;

import fr.simulateursons.ressources.SourceRessource;
import fr.simulateursons.ressources.SourcesDeRessources;
import fr.simulateursons.ressources.TypeRessource;
import fr.simulateursons.ressources.format.SourceFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The options that replace the bundled resources by files, shared by the commands that simulate. */
final class OptionsRessources {

    @Option(names = "--referentiel", paramLabel = "FICHIER", description = "Référentiel des solutions (JSON).")
    Path referentiel;

    @Option(names = "--dispositifs", paramLabel = "FICHIER", description = "Dispositifs : dates limites, plafonds (JSON).")
    Path dispositifs;

    @Option(names = "--eligibilite", paramLabel = "FICHIER",
            description = "Base des établissements éligibles (JSON) ; active le contrôle D14.")
    Path eligibilite;

    @Option(names = "--format-sons", paramLabel = "DOSSIER",
            description = "Pack de format SONS (format.json et les fichiers qu'il nomme) à la place du format embarqué.")
    Path formatSons;

    SourcesDeRessources sources() {
        SourcesDeRessources defaut = SourcesDeRessources.defaut();
        return new SourcesDeRessources(
                referentiel == null ? defaut.referentiel() : SourceRessource.fichier(TypeRessource.REFERENTIEL, referentiel),
                dispositifs == null ? defaut.dispositifs() : SourceRessource.fichier(TypeRessource.DISPOSITIFS, dispositifs),
                Optional.ofNullable(eligibilite).map(f -> SourceRessource.fichier(TypeRessource.ELIGIBILITE, f)),
                formatSons == null ? defaut.format() : SourceFormat.dossier(formatSons));
    }
}
