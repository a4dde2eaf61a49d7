package fr.simulateursons.moteur.rapports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reports of spec §7, by the name that {@code --rapport FORMAT=F} gives them. */
public enum FormatRapport {
    SARIF(new RapportSarif()),
    JUNIT(new RapportJunit()),
    GITHUB(new RapportGithub()),
    TEXTE(new RapportTexte()),
    HTML(new AttestationHtml());

    private final EcrivainRapport ecrivain;

    FormatRapport(EcrivainRapport ecrivain) {
        this.ecrivain = ecrivain;
    }

    /** {@code sarif}, {@code junit}, {@code github}, {@code texte}, {@code html}: the name on the command line. */
    public String nom() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Any case, surrounding blanks ignored; empty for a name that is none of them. */
    public static Optional<FormatRapport> lire(String nom) {
        String cherche = nom.strip().toLowerCase(Locale.ROOT);
        for (FormatRapport f : values()) {
            if (f.nom().equals(cherche)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException {
        ecrivain.ecrire(fichiers, sortie);
    }
}
