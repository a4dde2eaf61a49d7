package fr.simulateursons.moteur.pack;

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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChargementFormatTest {

    @TempDir
    Path dossier;

    @Test
    void lePackEmbarqueEstCompileUneFoisPourToutes() throws PackIncoherent {
        Pack a = ChargementPack.charger(SourcePack.embarque());

        assertThat(a.version()).isEqualTo("vague2-2025.1");
        assertThat(ChargementPack.charger(SourcePack.embarque())).isSameAs(a);
    }

    @Test
    void lePackEmbarquePasseChaqueControle() throws PackIncoherent {
        Pack verifie = ChargementPack.verifier(SourcePack.embarque());

        assertThat(verifie.types()).containsOnlyKeys("AVANCE", "SOLDE");
        assertThat(ChargementPack.charger(SourcePack.embarque())).isSameAs(verifie);
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
            public InputStream ouvrir(String relatif) throws IOException {
                return pack.ouvrir(relatif);
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
