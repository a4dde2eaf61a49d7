package fr.simulateursons.cli;

import fr.simulateursons.aws.Json;
import fr.simulateursons.moteur.pack.OutilsPack;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.SourcePack;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code format-sons}: the format pack's own tools (spec §6) — check a pack, print its blank model, write its
 * technical documentation. Without DOSSIER, the bundled pack.
 */
final class FormatSonsCommande {

    static final String DOSSIER = "DOSSIER";
    static final String PACK = "[" + DOSSIER + "]";

    private FormatSonsCommande() {
    }

    /** The command and its three subcommands. */
    static Groupe groupe(Clock horloge, PrintStream out, PrintStream err) {
        return new Groupe("format-sons", "Outils du pack de format SONS : vérifier, modèle vierge, documentation "
                + "technique. Sans DOSSIER, le pack embarqué.",
                List.of(new VerifierPackCommande(horloge, out, err), new Modele(horloge, out, err),
                        new Documentation(horloge, err)));
    }

    static SourcePack source(Path dossier) {
        return dossier == null ? SourcePack.embarque() : SourcePack.dossier(dossier);
    }

    /** A DOSSIER that is no directory is a command-line error, not a broken pack. */
    static boolean lisible(Path dossier, PrintStream err) {
        if (dossier != null && !Files.isDirectory(dossier)) {
            err.println("Le dossier " + dossier + " n'existe pas ou n'est pas un dossier.");
            return false;
        }
        return true;
    }

    private static final String DATE_DEPOT = "date-depot";

    private static Option optionDateDepot() {
        return LigneDeCommande.valeur(DATE_DEPOT, "DATE", "Date de dépôt qui choisit le pack en vigueur dans un catalogue "
                + "(AAAA-MM-JJ ou AAAA-MM-JJTHH:MM ; défaut : maintenant).");
    }

    /** The instant {@code --date-depot} names, or now; null (its refusal on stderr) when it is none. */
    private static Instant date(LigneDeCommande ligne, Clock horloge, PrintStream err) throws LigneInvalide {
        try {
            return OutilsPack.date(ligne.texte(DATE_DEPOT), horloge);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /** A tool that reads the pack. */
    @FunctionalInterface
    private interface Action {
        int executer(SourcePack pack) throws PackIncoherent;
    }

    /** The action on the pack; 2 for a DOSSIER that is none, 1 (faults on stderr) for a broken pack. */
    private static int avecLePack(Path dossier, PrintStream err, Action action) {
        if (!lisible(dossier, err)) {
            return Main.LIGNE_DE_COMMANDE;
        }
        try {
            return action.executer(source(dossier));
        } catch (PackIncoherent e) {
            err.println("Le pack de format SONS " + e.chemin() + " n'est pas cohérent :");
            e.textes().forEach(d -> err.println("  " + d));
            return Main.REJETE;
        }
    }

    static final class Modele extends CommandeSimple {

        private static final String TYPE_DEMANDE = "type-demande";

        private final Clock horloge;
        private final PrintStream out;
        private final PrintStream err;

        Modele(Clock horloge, PrintStream out, PrintStream err) {
            this.horloge = horloge;
            this.out = out;
            this.err = err;
        }

        @Override
        public String nom() {
            return "modele";
        }

        @Override
        public String description() {
            return "Écrit le modèle de JSON vierge d'un type de demande sur la sortie standard.";
        }

        @Override
        String operandes() {
            return PACK;
        }

        @Override
        Options options() {
            return new Options().addOption(Option.builder().longOpt(TYPE_DEMANDE).hasArg().argName("TYPE").required()
                    .desc("AVANCE ou SOLDE.").get()).addOption(optionDateDepot());
        }

        @Override
        int executer(LigneDeCommande ligne) throws LigneInvalide {
            String typeDemande = ligne.texte(TYPE_DEMANDE);
            Path dossier = ligne.operandeFacultatif(DOSSIER);
            Optional<String> type = OutilsPack.typeDemande(typeDemande);
            if (type.isEmpty()) {
                err.println("Le type de demande doit valoir AVANCE ou SOLDE : " + typeDemande);
                return Main.LIGNE_DE_COMMANDE;
            }
            Instant date = date(ligne, horloge, err);
            if (date == null) {
                return Main.LIGNE_DE_COMMANDE;
            }
            return avecLePack(dossier, err, pack -> {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(OutilsPack.modele(pack, type.get(), date)));
                return Main.REUSSI;
            });
        }
    }

    static final class Documentation extends CommandeSimple {

        private static final String SORTIE = "sortie";

        private final Clock horloge;
        private final PrintStream err;

        Documentation(Clock horloge, PrintStream err) {
            this.horloge = horloge;
            this.err = err;
        }

        @Override
        public String nom() {
            return "documentation";
        }

        @Override
        public String description() {
            return "Écrit la documentation technique du pack (une page HTML autonome).";
        }

        @Override
        String operandes() {
            return PACK;
        }

        @Override
        Options options() {
            return new Options().addOption(Option.builder().longOpt(SORTIE).hasArg().argName("FICHIER").required()
                    .desc("La page HTML à écrire.").get()).addOption(optionDateDepot());
        }

        @Override
        int executer(LigneDeCommande ligne) throws LigneInvalide {
            Path sortie = ligne.chemin(SORTIE);
            Path dossier = ligne.operandeFacultatif(DOSSIER);
            Instant date = date(ligne, horloge, err);
            if (date == null) {
                return Main.LIGNE_DE_COMMANDE;
            }
            return avecLePack(dossier, err, pack -> {
                byte[] page = OutilsPack.documentation(pack, date).getBytes(StandardCharsets.UTF_8);
                Sorties sorties = new Sorties();
                try {
                    sorties.preparer(sortie, o -> o.write(page));
                    sorties.publier();
                } catch (Sorties.Echec e) {
                    err.println(e.getMessage());
                    return Main.ERREUR_INTERNE;
                }
                err.println("Documentation technique écrite : " + sortie);
                return Main.REUSSI;
            });
        }
    }
}
