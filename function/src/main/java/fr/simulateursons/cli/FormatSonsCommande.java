package fr.simulateursons.cli;

import fr.simulateursons.engine.parametres.TypeDemande;
import fr.simulateursons.format.DocumentationTechnique;
import fr.simulateursons.format.ModeleVierge;
import fr.simulateursons.format.VerificationFormat;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.ressources.format.ChargementFormat;
import fr.simulateursons.ressources.format.DefautFormat;
import fr.simulateursons.ressources.format.FormatIncoherent;
import fr.simulateursons.ressources.format.FormatSons;
import fr.simulateursons.ressources.format.SourceFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code format-sons}: the format pack's own tools (spec §6) — check a pack, print its blank model, write its
 * technical documentation. Without DOSSIER, the bundled pack.
 */
@Command(name = "format-sons", description = "Outils du pack de format SONS : vérifier, modèle vierge, documentation technique.")
final class FormatSonsCommande implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final PrintStream err;

    private FormatSonsCommande(PrintStream err) {
        this.err = err;
    }

    /** The command and its three subcommands. */
    static CommandLine ligneDeCommande(Clock horloge, PrintStream out, PrintStream err) {
        return new CommandLine(new FormatSonsCommande(err))
                .addSubcommand("verifier", new Verifier(horloge, out, err))
                .addSubcommand("modele", new Modele(out, err))
                .addSubcommand("documentation", new Documentation(err));
    }

    /** Without a subcommand, the command line says nothing to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return Main.LIGNE_DE_COMMANDE;
    }

    private static SourceFormat source(Path dossier) {
        return dossier == null ? SourceFormat.embarque() : SourceFormat.dossier(dossier);
    }

    /** A DOSSIER that is no directory is a command-line error, not a broken pack. */
    private static boolean lisible(Path dossier, PrintStream err) {
        if (dossier != null && !Files.isDirectory(dossier)) {
            err.println("Le dossier " + dossier + " n'existe pas ou n'est pas un dossier.");
            return false;
        }
        return true;
    }

    /** The action on the loaded pack; 2 for a DOSSIER that is none, 1 (faults on stderr) for a broken pack. */
    private static int avecLePack(Path dossier, PrintStream err, Function<FormatSons, Integer> action) {
        if (!lisible(dossier, err)) {
            return Main.LIGNE_DE_COMMANDE;
        }
        try {
            return action.apply(ChargementFormat.charger(source(dossier)));
        } catch (FormatIncoherent e) {
            err.println("Le pack de format SONS " + e.chemin() + " n'est pas cohérent :");
            e.defauts().forEach(d -> err.println("  " + d));
            return Main.REJETE;
        }
    }

    @Command(name = "verifier", description = "Vérifie un pack (cohérence, puis ses exemples à travers la chaîne).")
    static final class Verifier implements Callable<Integer> {

        @Option(names = "--taux-tva", defaultValue = "20", paramLabel = "TAUX",
                description = "Taux de TVA des exemples (défaut : ${DEFAULT-VALUE}).")
        String tauxTva;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DOSSIER", description = "Le pack (défaut : le pack embarqué).")
        Path dossier;

        private final Clock horloge;
        private final PrintStream out;
        private final PrintStream err;

        Verifier(Clock horloge, PrintStream out, PrintStream err) {
            this.horloge = horloge;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            if (!lisible(dossier, err)) {
                return Main.LIGNE_DE_COMMANDE;
            }
            VerificationFormat.Verification v = VerificationFormat.verifier(source(dossier), tauxTva, horloge);
            out.println("Pack de format SONS : " + v.chemin()
                    + v.format().map(f -> " (version " + f.version() + ")").orElse(""));
            if (!v.defauts().isEmpty()) {
                out.println("Le pack n'est pas cohérent (" + v.defauts().size() + " défaut(s)) :");
                for (DefautFormat d : v.defauts()) {
                    out.println("  " + d);
                }
                return Main.REJETE;
            }
            out.println("Cohérence : le manifeste, les fichiers, les schémas et les pointeurs sont conformes.");
            for (VerificationFormat.Exemple e : v.exemples()) {
                out.println("Exemple " + e.typeDemande() + " (" + e.fichier() + ", numéro ANS " + e.numeroAns()
                        + ", TVA " + tauxTva + " %) : " + e.resultat().etat()
                        + (e.reussi() ? "" : " à l'étape " + e.resultat().etape()));
                e.resultat().constats().forEach(x -> out.println("  " + x.code() + " " + x.libelle()
                        + (x.chemin() == null ? "" : " (" + x.chemin()
                        + (x.ligne() == null ? "" : ", ligne " + x.ligne() + ", colonne " + x.colonne()) + ")")));
            }
            return v.conforme() ? Main.REUSSI : Main.REJETE;
        }
    }

    @Command(name = "modele", description = "Écrit le modèle de JSON vierge d'un type de demande sur la sortie standard.")
    static final class Modele implements Callable<Integer> {

        @Option(names = "--type-demande", required = true, paramLabel = "TYPE", description = "AVANCE ou SOLDE.")
        String typeDemande;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DOSSIER", description = "Le pack (défaut : le pack embarqué).")
        Path dossier;

        private final PrintStream out;
        private final PrintStream err;

        Modele(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            Optional<TypeDemande> type = TypeDemande.lire(typeDemande);
            if (type.isEmpty()) {
                err.println("Le type de demande doit valoir AVANCE ou SOLDE : " + typeDemande);
                return Main.LIGNE_DE_COMMANDE;
            }
            return avecLePack(dossier, err, format -> {
                out.println(JsonStrict.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(ModeleVierge.modele(format, type.get().name())));
                return Main.REUSSI;
            });
        }
    }

    @Command(name = "documentation", description = "Écrit la documentation technique du pack (une page HTML autonome).")
    static final class Documentation implements Callable<Integer> {

        @Option(names = "--sortie", required = true, paramLabel = "FICHIER", description = "La page HTML à écrire.")
        Path sortie;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DOSSIER", description = "Le pack (défaut : le pack embarqué).")
        Path dossier;

        private final PrintStream err;

        Documentation(PrintStream err) {
            this.err = err;
        }

        @Override
        public Integer call() {
            return avecLePack(dossier, err, format -> {
                try {
                    Files.writeString(sortie, DocumentationTechnique.html(format), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("La documentation ne peut pas être écrite dans " + sortie + " : " + e.getMessage());
                    return Main.ERREUR_INTERNE;
                }
                err.println("Documentation technique écrite : " + sortie);
                return Main.REUSSI;
            });
        }
    }
}
