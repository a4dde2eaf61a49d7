package fr.simulateursons.moteur.pack;

import java.util.List;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.outils.PacksCasses;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChargementPackTest {

    @TempDir
    Path dossier;

    @Test
    void leCatalogueEmbarqueEstLuUneFoisPourToutes() throws PackIncoherent {
        Catalogue a = Catalogues.charger(SourcePack.embarque());

        assertThat(a.packs()).extracting(Pack::version).containsExactly("vague2-2025.1");
        assertThat(Catalogues.charger(SourcePack.embarque())).isSameAs(a);
        assertThat(a.packs().get(0)).isSameAs(ChargementPack.charger(SourcePack.embarque().sous("vague2")));
    }

    @Test
    void leCatalogueEmbarquePasseChaqueControle() throws PackIncoherent {
        Catalogue verifie = Catalogues.verifier(SourcePack.embarque());

        Pack vague2 = verifie.packs().get(0);
        assertThat(vague2.types()).containsOnlyKeys("AVANCE", "SOLDE");
        // In force from the opening of the avance portal for the DPI and PFI dispositifs, open-ended.
        assertThat(vague2.manifeste().periode().du().toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-09-12T14:00:00+02:00").toInstant());
        assertThat(vague2.manifeste().periode().au()).isNull();
        assertThat(Catalogues.charger(SourcePack.embarque())).isSameAs(verifie);
    }

    @Test
    void unPackRemplaceEstRecompileQuandUnDeSesFichiersChange() throws Exception {
        Path pack = PacksCasses.MANIFESTE_CLE_INCONNUE.creer(dossier);
        Files.writeString(pack.resolve("format.json"),
                Files.readString(Fixtures.MODULE.resolve("src/test/resources/packs/essai/format.json")));
        SourcePack source = SourcePack.dossier(pack);
        Pack premier = ChargementPack.charger(source);

        assertThat(ChargementPack.charger(source)).isSameAs(premier);

        Files.writeString(pack.resolve("format.json"), Files.readString(pack.resolve("format.json"))
                .replace("essai-2026.1", "essai-2026.2"));
        Pack second = ChargementPack.charger(source);

        assertThat(second).isNotSameAs(premier);
        assertThat(second.version()).isEqualTo("essai-2026.2");
    }

    @ParameterizedTest
    @EnumSource(PacksCasses.class)
    void chaqueDefautEstNommeAvecSonLieu(PacksCasses casse) {
        SourcePack source = SourcePack.dossier(casse.creer(dossier));

        assertThatThrownBy(() -> ChargementPack.charger(source)).isInstanceOfSatisfying(PackIncoherent.class,
                nomme(casse));
    }

    /** What the build proves of the bundled pack, verifier proves of a pack that claims never to change. */
    @ParameterizedTest
    @EnumSource(PacksCasses.class)
    void laVerificationControleAussiUnPackImmuable(PacksCasses casse) {
        SourcePack pack = SourcePack.dossier(casse.creer(dossier));
        SourcePack immuable = new SourcePack() {
            @Override
            public String chemin() {
                return pack.chemin();
            }

            @Override
            public byte[] lire(String relatif) throws IOException {
                return pack.lire(relatif);
            }

            @Override
            public List<String> sousDossiers() {
                return List.of();
            }

            @Override
            public SourcePack sous(String nom) {
                return pack.sous(nom);
            }

            @Override
            public boolean immuable() {
                return true;
            }
        };

        assertThatThrownBy(() -> ChargementPack.verifier(immuable)).isInstanceOfSatisfying(PackIncoherent.class,
                nomme(casse));
    }

    private static ThrowingConsumer<PackIncoherent> nomme(PacksCasses casse) {
        return e -> assertThat(e.defauts()).anySatisfy(d -> {
            assertThat(d.lieu()).isEqualTo(casse.lieu);
            assertThat(d.message()).contains(casse.message);
        });
    }

    @ParameterizedTest
    @EnumSource(PacksCasses.class)
    void unPackIncoherentEstR01SansRepli(PacksCasses casse) {
        Path pack = casse.creer(dossier);

        Resultat r = Fixtures.simuler(Fixtures.exemple("avance-valide.json"),
                Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES,
                SourcesDeRessources.defaut().avecFormat(SourcePack.dossier(pack)));

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(Code.R01);
            assertThat(e.libelle()).isEqualTo("La ressource format SONS ne peut pas être lue ou ne respecte pas son format.");
            assertThat(e.chemin()).isEqualTo(pack.toString());
        });
    }
}
