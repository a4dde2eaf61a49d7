package fr.simulateursons.cli;

import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.chaine.Simulation;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.revalidation.Ligne;
import fr.simulateursons.revalidation.ParametresDuLot;
import fr.simulateursons.revalidation.Rapport;
import fr.simulateursons.revalidation.Verdict;
import fr.simulateursons.sortie.Entree;
import fr.simulateursons.sortie.Statut;
import fr.simulateursons.sortie.StatutJson;
import fr.simulateursons.sortie.rapports.FichierSimule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code simuler-lot}: the re-validation of an archive on a laptop. Every {@code .json} file under DOSSIER is
 * simulated with the parameters of the sidecar, against the resources given now; statuses, verdicts and the
 * report are written under {@code --sortie}, and the verdicts are compared with the previous run there.
 */
@Command(name = "simuler-lot", sortOptions = false,
        description = "Re-valide un dossier de fichiers JSON et rapporte les verdicts qui ont changé depuis le run précédent.")
final class SimulerLotCommande implements Callable<Integer> {

    static final String DERNIER = "dernier.json";

    @Option(names = "--parametres", paramLabel = "FICHIER",
            description = "Les paramètres de chaque fichier (défaut : DOSSIER/parametres.json).")
    Path parametres;

    @Option(names = "--sortie", paramLabel = "DOSSIER", description = "Où écrire les runs (défaut : DOSSIER/revalidations).")
    Path sortie;

    @Option(names = "--run-id", paramLabel = "ID", description = "L'identifiant du run (défaut : l'heure UTC).")
    String runId;

    @Mixin
    OptionsRessources ressources;

    @Mixin
    OptionsRapports rapports;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier des fichiers à re-valider.")
    Path dossier;

    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    SimulerLotCommande(Clock horloge, PrintStream out, PrintStream err) {
        this.horloge = horloge;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dossier)) {
            err.println("Le dossier " + dossier + " n'existe pas.");
            return Main.LIGNE_DE_COMMANDE;
        }
        if (runId != null && !runIdValide(runId)) {
            err.println("L'identifiant de run " + runId + " n'est pas valide : de 1 à 100 lettres, chiffres, « . », "
                    + "« - » ou « _ », commençant par une lettre ou un chiffre, autre que " + DERNIER + ".");
            return Main.LIGNE_DE_COMMANDE;
        }
        // Every path below is the directory's real one: a DOSSIER given as a link is walked, not taken as empty.
        Path reel = dossier.toRealPath();
        Path fichierParametres = parametres != null ? parametres : dossier.resolve("parametres.json");
        ParametresDuLot lot;
        if (Files.exists(fichierParametres)) {
            try (InputStream in = Files.newInputStream(fichierParametres)) {
                lot = ParametresDuLot.lire(in);
            } catch (IOException | RuntimeException e) {
                err.println("Le fichier de paramètres " + fichierParametres + " ne peut pas être lu : " + e.getMessage());
                return Main.LIGNE_DE_COMMANDE;
            }
        } else {
            lot = ParametresDuLot.aucun();
        }
        Path racineSortie = sortie != null ? sortie : dossier.resolve("revalidations");
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = runId != null ? runId : debut.toString().replace(':', '-');
        Path run = racineSortie.resolve(id);
        String precedent = precedent(racineSortie, id);
        Map<String, Verdict> avant = precedent == null ? Map.of() : verdicts(racineSortie.resolve(precedent));

        List<Path> fichiers = fichiers(reel, Chemins.reel(racineSortie), fichierParametres);
        List<Path> entrees = new ArrayList<>(fichiers);
        entrees.add(fichierParametres);
        Optional<String> refus = rapports.refus(entrees);
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }

        Simulation simulation = new Simulation(horloge);
        List<Ligne> lignes = new ArrayList<>();
        List<FichierSimule> simules = new ArrayList<>();
        ObjectNode verdicts = JsonStrict.MAPPER.createObjectNode();
        for (Path f : fichiers) {
            String cle = reel.relativize(f).toString().replace('\\', '/');
            Instant d = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            Resultat r = simulation.simuler(lot.pour(cle), Fichier.de(f), ressources.sources());
            Statut statut = Statut.de(UUID.nameUUIDFromBytes((id + "/" + cle).getBytes(StandardCharsets.UTF_8)).toString(),
                    r, new Entree(cle, null, null, Files.size(f)), null, d,
                    horloge.instant().truncatedTo(ChronoUnit.MILLIS));
            ecrire(run.resolve("statuts").resolve(cle), StatutJson.texte(statut));
            Verdict v = Verdict.de(r);
            verdicts.set(cle, v.json());
            lignes.add(new Ligne(cle, null, avant.get(cle), v));
            if (!rapports.demandes.isEmpty()) {
                simules.add(FichierSimule.de(dossier.resolve(cle).toString(), r, statut, Fichier.de(f)));
            }
        }
        Rapport rapport = new Rapport(id, precedent, debut, horloge.instant().truncatedTo(ChronoUnit.SECONDS), true,
                lignes.size(), lignes);
        ecrire(run.resolve("verdicts.json"), JsonStrict.MAPPER.writeValueAsString(verdicts));
        ecrire(run.resolve("rapport.csv"), rapport.csv());
        String json = JsonStrict.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rapport.json());
        ecrire(run.resolve("rapport.json"), json);
        ecrire(racineSortie.resolve(DERNIER), JsonStrict.MAPPER.createObjectNode().put("runId", id).toString());
        rapports.ecrireFichiers(simules);
        if (rapports.versSortieStandard()) {
            rapports.ecrireSortieStandard(simules, out);
        } else {
            out.println(json);
        }
        return Main.REUSSI;
    }

    /** A run id names a directory under {@code --sortie}: one name, never a path out of it. */
    static boolean runIdValide(String id) {
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") && !id.equals(DERNIER);
    }

    /** The last run written there, unless it is this one (a re-run with the same id keeps its reference). */
    private static String precedent(Path racine, String id) throws IOException {
        Path dernier = racine.resolve(DERNIER);
        Path rapport = racine.resolve(id).resolve("rapport.json");
        if (Files.exists(rapport)) {
            JsonNode r = JsonStrict.MAPPER.readTree(rapport.toFile());
            String reference = r.path("reference").asString();
            return Files.isDirectory(racine.resolve(reference)) ? reference : null;
        }
        if (!Files.exists(dernier)) {
            return null;
        }
        String p = JsonStrict.MAPPER.readTree(dernier.toFile()).path("runId").asString(null);
        return id.equals(p) ? null : p;
    }

    private static Map<String, Verdict> verdicts(Path run) throws IOException {
        Map<String, Verdict> m = new HashMap<>();
        Path f = run.resolve("verdicts.json");
        if (Files.exists(f)) {
            JsonStrict.MAPPER.readTree(f.toFile()).properties().forEach(e -> m.put(e.getKey(), Verdict.lire(e.getValue())));
        }
        return m;
    }

    /**
     * The {@code .json} files to simulate, under the directory's real path {@code reel}: not the sidecar, nothing
     * under the output, and no link that leads out of the directory (skipped, with a message on stderr: a link
     * would make the run read, and report on, a file that is not part of the archive).
     */
    private List<Path> fichiers(Path reel, Path racineSortie, Path fichierParametres) throws IOException {
        List<Path> fichiers = new ArrayList<>();
        try (Stream<Path> s = Files.walk(reel)) {
            for (Path p : s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted()
                    .toList()) {
                Path cible = p.toRealPath();
                if (!cible.startsWith(reel)) {
                    err.println("Le lien " + dossier.resolve(reel.relativize(p)) + " mène hors du dossier : ignoré.");
                } else if (!p.startsWith(racineSortie) && !cible.startsWith(racineSortie)
                        && !Chemins.meme(p, fichierParametres)) {
                    fichiers.add(p);
                }
            }
        }
        return fichiers;
    }

    private static void ecrire(Path f, String texte) throws IOException {
        Files.createDirectories(f.getParent());
        Files.writeString(f, texte, StandardCharsets.UTF_8);
    }
}
