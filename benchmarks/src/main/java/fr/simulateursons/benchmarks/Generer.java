package fr.simulateursons.benchmarks;

import fr.simulateursons.outils.GenerateurDemandes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code Generer DIR}: the files of the process benchmarks, 64 KiB, 1 MiB and 4 MiB, valid and with every demande in anomaly. */
public final class Generer {

    private Generer() {
    }

    public static void main(String[] args) throws IOException {
        Path dossier = Files.createDirectories(Path.of(args[0]));
        for (int taille : new int[] {65_536, 1_048_576, 4_194_304}) {
            Files.write(dossier.resolve("avance-" + taille + "-valide.json"), GenerateurDemandes.avance(taille, false));
            Files.write(dossier.resolve("avance-" + taille + "-anomalies.json"), GenerateurDemandes.avance(taille, true));
        }
    }
}
