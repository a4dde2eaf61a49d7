package fr.simulateursons.moteur.rapports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reports of spec §7, by the name that {@code --rapport FORMAT=F} gives them. */
public enum FormatRapport {
    SARIF(new RapportSarif(), "application/sarif+json", ".sarif"),
    JUNIT(new RapportJunit(), "application/xml", ".junit.xml"),
    GITHUB(new RapportGithub(), "text/plain; charset=UTF-8", ".github.txt"),
    TEXTE(new RapportTexte(), "text/plain; charset=UTF-8", ".txt"),
    HTML(new AttestationHtml(), "text/html; charset=UTF-8", ".html");

    private final EcrivainRapport ecrivain;
    private final String typeMime;
    private final String extension;

    FormatRapport(EcrivainRapport ecrivain, String typeMime, String extension) {
        this.ecrivain = ecrivain;
        this.typeMime = typeMime;
        this.extension = extension;
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

    /** For a store that serves the report (S3's Content-Type). */
    public String typeMime() {
        return typeMime;
    }

    /** For a store that names the report after the input ({@code statuts/K} → {@code rapports/K.html}). */
    public String extension() {
        return extension;
    }

    public void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException {
        ecrivain.ecrire(fichiers, sortie);
    }
}
