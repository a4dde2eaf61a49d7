package fr.simulateursons.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Commands under one name — the CLI itself, {@code format-sons} — chosen by the first word. Only the command
 * named is parsed.
 */
final class Groupe implements Commande {

    private final String nom;
    private final String description;
    private final List<Commande> commandes;

    Groupe(String nom, String description, List<Commande> commandes) {
        this.nom = nom;
        this.description = description;
        this.commandes = commandes;
    }

    @Override
    public String nom() {
        return nom;
    }

    @Override
    public String description() {
        return description;
    }

    Usage usage(String prefixe) {
        return Usage.groupe(prefixe + nom + " COMMANDE [OPTIONS]", description, commandes);
    }

    /** Runs the command the first word names with the rest; {@code --help} alone prints the group's usage. */
    @Override
    public int lancer(String prefixe, List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            throw new LigneInvalide("commande manquante", usage(prefixe));
        }
        String premier = args.get(0);
        if (premier.equals("-h") || premier.equals("--" + LigneDeCommande.AIDE)) {
            usage(prefixe).ecrire(out);
            return Main.REUSSI;
        }
        Commande commande = commande(premier)
                .orElseThrow(() -> new LigneInvalide("commande inconnue : " + premier, usage(prefixe)));
        return commande.lancer(prefixe + nom + " ", args.subList(1, args.size()), out);
    }

    private Optional<Commande> commande(String mot) {
        return commandes.stream().filter(c -> c.nom().equals(mot)).findFirst();
    }
}
