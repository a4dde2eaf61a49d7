package fr.simulateursons.moteur.json;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.pack.OutilsPack;
import fr.simulateursons.moteur.pack.SourcePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A pack's patterns run under a bound (issue 24): a pattern with nested quantifiers, on the value that makes it
 * backtrack, ends the simulation as R01 format SONS naming the balise and the pattern, where it would otherwise run
 * for hours; a linear pattern on a long value is no fault; and {@code verifier} refuses such a pattern before anything
 * runs. The timeouts below only keep a regression from hanging the build: they measure nothing.
 */
class MotifsBornesTest {

    private static final Duration GARDE_FOU = Duration.ofSeconds(60);

    @TempDir
    Path dossier;

    /** The bundled vague 2 pack, with the supplier's SIRET judged by {@code motif}. */
    private Path pack(String motif) throws IOException {
        Path pack = dossier.resolve("pack");
        Fixtures.copie(Fixtures.MODULE.resolve("src/main/resources/format-sons/vague2"), pack);
        Path schema = pack.resolve("avance.schema.json");
        Files.writeString(schema, Files.readString(schema).replace("\"pattern\": \"^[0-9]{14}$\"",
                "\"pattern\": \"" + motif.replace("\\", "\\\\") + "\""));
        return pack;
    }

    private static byte[] avecSiret(String siret) {
        return new String(Fixtures.exemple("avance-valide.json"), StandardCharsets.UTF_8)
                .replace("\"siret\": \"95260181590833\"", "\"siret\": \"" + siret + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Resultat simuler(Path pack, byte[] fichier) {
        return Moteur.builder().formatSons(pack).horloge(Fixtures.APRES_LES_EXEMPLES).build()
                .simuler(fichier, Parametres.avance("SONS-V2-DEMO-DPI", "20"));
    }

    @Test
    void unMotifQuiSEmballeEstLaFauteDuPack() throws IOException {
        Path pack = pack("^(.*a){25}$");
        byte[] fichier = avecSiret("a".repeat(40) + "!");

        Resultat r = assertTimeoutPreemptively(GARDE_FOU, () -> simuler(pack, fichier));

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(Code.R01);
            assertThat(e.valeurs()).containsExactly("format SONS");
            assertThat(e.detail()).contains("« ^(.*a){25}$ »", "de la balise siret");
        });
    }

    @Test
    void unGroupeRepeteSurUneLongueValeurEstBorneAussi() throws IOException {
        Path pack = pack("^(a+)+$");
        byte[] fichier = avecSiret("a".repeat(100_000) + "!");

        Resultat r = assertTimeoutPreemptively(GARDE_FOU, () -> simuler(pack, fichier));

        assertThat(r.erreurs()).extracting(e -> e.code()).containsExactly(Code.R01);
    }

    @Test
    void unMotifLineaireSurUneLongueValeurNEstPasUneFaute() throws IOException {
        Path pack = pack("^[0-9a]+$");

        Resultat r = simuler(pack, avecSiret("a".repeat(200_000)));

        // Judged, not refused: the value is no SIRET of 14 digits, which the header check says.
        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.erreurs()).extracting(e -> e.code()).doesNotContain(Code.R01).contains(Code.E01);
    }

    @Test
    void verifierRefuseUnMotifAQuantificateursImbriquesAvantToutCalcul() throws IOException {
        OutilsPack.Verification v = OutilsPack.verifier(SourcePack.dossier(pack("^(.*a){25}$")),
                Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES), "20");

        assertThat(v.conforme()).isFalse();
        assertThat(v.exemples()).isEmpty();
        assertThat(v.defauts()).singleElement().asString().contains("avance.schema.json", "« ^(.*a){25}$ »",
                "balise siret", "quantificateurs imbriqués");
    }
}
