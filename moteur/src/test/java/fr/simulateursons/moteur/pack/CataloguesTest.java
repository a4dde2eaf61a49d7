package fr.simulateursons.moteur.pack;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.List;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Packs in force by date (spec §6): a catalogue chooses the pack in force at the date de dépôt. The catalogue of
 * {@code examples/format-sons-mss} replays the ASP's change of the indicateur Déploiement MSS: the same SOLDE passes
 * before the new pack comes into force and gets S01 after it.
 */
class CataloguesTest {

    private static final Path MSS = Fixtures.MODULE.resolve("../examples/format-sons-mss");
    private static final Moteur MOTEUR = Moteur.builder().formatSons(MSS).horloge(Fixtures.APRES_LES_EXEMPLES).build();

    @TempDir
    Path dossier;

    @Test
    void leMemeSoldePasseAvantLeChangementEtSOneApres() {
        byte[] solde = Fixtures.exemple("solde-valide.json");

        Resultat avant = MOTEUR.simuler(solde, Parametres.solde("SONS-V2-DEMO-DPI", "20")
                .avec(Parametres.DATE_DEPOT, "2026-04-01T13:59"));
        Resultat apres = MOTEUR.simuler(solde, Parametres.solde("SONS-V2-DEMO-DPI", "20")
                .avec(Parametres.DATE_DEPOT, "2026-04-01T14:00"));

        assertThat(avant.etat()).isEqualTo(Etat.REUSSI);
        assertThat(avant.versions().format()).isEqualTo("vague2-sans-mss");
        assertThat(avant.parametres().dateDepot()).isEqualTo("2026-04-01T13:59:00+02:00");
        assertThat(apres.etat()).isEqualTo(Etat.REJETE);
        assertThat(apres.etape()).isEqualTo(Etape.FORMAT);
        assertThat(apres.versions().format()).isEqualTo("vague2-mss");
        assertThat(apres.erreurs()).extracting(Erreur::code, Erreur::libelle).containsOnly(
                org.assertj.core.groups.Tuple.tuple(Code.S01, "La balise indicateurDeploiementMSS est manquante."));
    }

    @Test
    void uneDateSansPackEnVigueurEstP07() {
        Resultat r = MOTEUR.simuler(Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20")
                .avec(Parametres.DATE_DEPOT, "2024-09-12T13:59"));

        assertThat(r.etape()).isEqualTo(Etape.PARAMETRES);
        assertThat(r.erreurs()).extracting(Erreur::libelle)
                .containsExactly("Aucun format SONS n'est en vigueur au 12/09/2024 13:59.");
        assertThat(r.versions().format()).isNull();
    }

    @Test
    void unPackQuiNeCouvreQueLesAvancesEstP08PourUnSolde() throws IOException {
        Path pack = Fixtures.copie(MSS.resolve("mss"), dossier.resolve("avances"));
        Files.writeString(pack.resolve("format.json"), Files.readString(pack.resolve("format.json"))
                .replaceAll("\"SOLDE\": \"[^\"]*\",?", "").replaceAll(",(\\s*})", "$1"));

        Resultat solde = Moteur.builder().formatSons(pack).horloge(Fixtures.APRES_LES_EXEMPLES).build()
                .simuler(Fixtures.exemple("solde-valide.json"), Parametres.solde("SONS-V2-DEMO-DPI", "20"));
        Resultat avance = Moteur.builder().formatSons(pack).horloge(Fixtures.APRES_LES_EXEMPLES).build()
                .simuler(Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(solde.etape()).isEqualTo(Etape.PARAMETRES);
        assertThat(solde.erreurs()).extracting(Erreur::libelle)
                .containsExactly("Le format SONS vague2-mss ne couvre pas les demandes de type SOLDE.");
        assertThat(solde.versions().format()).isEqualTo("vague2-mss");
        assertThat(avance.etat()).isEqualTo(Etat.REUSSI);
    }

    @Test
    void deuxPacksEnVigueurAuMemeInstantRendentLeCatalogueIncoherent() throws IOException {
        Path catalogue = Fixtures.copie(MSS, dossier.resolve("chevauchement"));
        Path avant = catalogue.resolve("avant-mss/format.json");
        Files.writeString(avant, Files.readString(avant).replace("\"au\": \"2026-04-01T14:00:00+02:00\"",
                "\"au\": \"2026-04-02T14:00:00+02:00\""));

        assertThatThrownBy(() -> Catalogues.charger(SourcePack.dossier(catalogue)))
                .isInstanceOfSatisfying(PackIncoherent.class, e -> assertThat(e.textes()).singleElement().asString()
                        .contains("vague2-sans-mss", "vague2-mss", "en vigueur en même temps"));
        Resultat r = Moteur.builder().formatSons(catalogue).build().simuler(Fixtures.exemple("avance-valide.json"),
                Parametres.avance("SONS-V2-DEMO-DPI", "20"));
        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(Code.R01);
            assertThat(e.libelle()).isEqualTo("La ressource format SONS ne peut pas être lue ou ne respecte pas son format.");
            assertThat(e.detail()).contains("vague2-sans-mss", "vague2-mss");
        });
    }

    @Test
    void leCatalogueChoisitLePackEnVigueurEtListeSesLacunes() throws PackIncoherent {
        Catalogue c = Catalogues.charger(SourcePack.dossier(MSS));

        assertThat(c.packs()).extracting(Pack::version).containsExactly("vague2-sans-mss", "vague2-mss");
        assertThat(c.enVigueur(Instant.parse("2026-04-01T11:59:59Z"))).map(Pack::version).contains("vague2-sans-mss");
        assertThat(c.enVigueur(Instant.parse("2026-04-01T12:00:00Z"))).map(Pack::version).contains("vague2-mss");
        assertThat(c.enVigueur(Instant.parse("2024-09-12T11:59:59Z"))).isEmpty();
        assertThat(VerificationPack.lacunes(c)).containsExactly("avant le 12/09/2024 14:00 (heure de Paris)");
    }

    @Test
    void unDossierQuiNEstNiUnPackNiUnCatalogueEstUnDefaut() {
        assertThatThrownBy(() -> Catalogues.charger(SourcePack.dossier(dossier)))
                .isInstanceOfSatisfying(PackIncoherent.class, e -> assertThat(e.textes()).singleElement().asString()
                        .contains("Ni un pack", "ni un catalogue"));
    }

    /** A catalogue in a directory, each of its reads counted. */
    private record Compte(SourcePack source, AtomicInteger lectures) implements SourcePack {
        @Override
        public String chemin() {
            return source.chemin();
        }

        @Override
        public byte[] lire(String relatif) throws IOException {
            lectures.incrementAndGet();
            return source.lire(relatif);
        }

        @Override
        public List<String> sousDossiers() throws IOException {
            return source.sousDossiers();
        }

        @Override
        public SourcePack sous(String nom) {
            return new Compte(source.sous(nom), lectures);
        }

        @Override
        public Optional<String> signature() {
            return source.signature();
        }
    }

    @Test
    void unCatalogueInchangeNEstPasReluEtUnFichierChangeLEstALaSimulationSuivante() throws IOException {
        Path catalogue = Fixtures.copie(MSS, dossier.resolve("catalogue"));
        Compte compte = new Compte(SourcePack.dossier(catalogue), new AtomicInteger());
        Moteur moteur = Moteur.builder().formatSons(compte).horloge(Fixtures.APRES_LES_EXEMPLES).build();
        byte[] avance = Fixtures.exemple("avance-valide.json");

        assertThat(moteur.simuler(avance, Parametres.avance("SONS-V2-DEMO-DPI", "20")).etat()).isEqualTo(Etat.REUSSI);
        int premiere = compte.lectures().get();
        assertThat(moteur.simuler(avance, Parametres.avance("SONS-V2-DEMO-DPI", "20")).etat()).isEqualTo(Etat.REUSSI);
        int inchange = compte.lectures().get() - premiere;
        Path manifeste = catalogue.resolve("mss/format.json");
        Files.writeString(manifeste, Files.readString(manifeste).replace("\"vague2-mss\"", "\"vague2-mss-bis\""));
        Resultat apres = moteur.simuler(avance, Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(premiere).isPositive();
        assertThat(inchange).isZero();
        assertThat(apres.versions().format()).isEqualTo("vague2-mss-bis");
    }

    @Test
    void unMoteurFigeJugeToutUnRunSurLesRessourcesDeSonDebut() throws IOException {
        Path catalogue = Fixtures.copie(MSS, dossier.resolve("fige"));
        Moteur fige = Moteur.builder().formatSons(catalogue).horloge(Fixtures.APRES_LES_EXEMPLES).build().figer();
        Path manifeste = catalogue.resolve("mss/format.json");
        Files.writeString(manifeste, Files.readString(manifeste).replace("\"vague2-mss\"", "\"vague2-mss-bis\""));

        Resultat r = fige.simuler(Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(r.versions().format()).isEqualTo("vague2-mss");
    }
}
