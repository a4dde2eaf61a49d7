package fr.simulateursons.engine;

import fr.simulateursons.Fixtures;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.sortie.Entree;
import fr.simulateursons.sortie.Statut;
import fr.simulateursons.sortie.StatutJson;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs built to break a validator, each of them up to 4 Mo. Every one must end in a clear code of the spec,
 * never in an internal error, and its status must be writable. The bound on time is JUnit's timeout (a hang is
 * what it catches, not a speed); the bound on memory is the test JVM's heap.
 */
class EntreesHostilesTest {

    private static final String EXEMPLE = new String(Fixtures.exemple("avance-valide.json"), StandardCharsets.UTF_8);

    private static byte[] remplacer(String cherche, String par) {
        assertThat(EXEMPLE).contains(cherche);
        return EXEMPLE.replaceFirst(java.util.regex.Pattern.quote(cherche), java.util.regex.Matcher.quoteReplacement(par))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repete(String motif, int octets) {
        return motif.repeat(octets / motif.length()).getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> entrees() {
        StringBuilder plans = new StringBuilder();
        for (int cp = 0x20; cp < 0x10FFFF; cp += 0x3FF) {
            if (cp < 0xD800 || cp > 0xDFFF) {
                plans.appendCodePoint(cp);
            }
        }
        StringBuilder petites = new StringBuilder("{\"siret\": \"95260181590833\", \"numeroReferencement\": "
                + "\"SONS-V2-DEMO-DPI\", \"dispositif\": \"HOP-DPI-VA2\", \"demandes\": [");
        for (int i = 0; i < 100_000; i++) {
            petites.append(i == 0 ? "" : ",").append("{}");
        }
        petites.append("]}");
        byte[] nul = remplacer("Clinique du Parc", "Clinique\u0000du Parc");
        byte[] utf16 = ("\uFEFF" + EXEMPLE).getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("4 Mo de [", repete("[", 4_194_304), Etape.FICHIER, Code.F02),
                Arguments.of("un nombre d'un million de chiffres", remplacer("98765.43", "9".repeat(1_000_000)),
                        Etape.FICHIER, Code.F02),
                Arguments.of("1e999999 en montant", remplacer("98765.43", "1e999999"), Etape.FORMAT, Code.S04),
                Arguments.of("un exposant au-delà de 2^31", remplacer("98765.43", "1e2147483648"),
                        Etape.FICHIER, Code.F02),
                Arguments.of("un exposant négatif énorme", remplacer("98765.43", "1e-2147483647"),
                        Etape.FORMAT, Code.S04),
                Arguments.of("60 niveaux d'objets à la place d'une raison sociale",
                        remplacer("\"Clinique du Parc\"", "{\"a\":".repeat(55) + "1" + "}".repeat(55)),
                        Etape.FORMAT, Code.S03),
                Arguments.of("100 000 demandes vides", petites.toString().getBytes(StandardCharsets.UTF_8),
                        Etape.FORMAT, Code.S01),
                Arguments.of("une chaîne de tous les plans Unicode",
                        remplacer("Clinique du Parc", plans.toString()), Etape.FORMAT, Code.S04),
                Arguments.of("un octet NUL", nul, Etape.FICHIER, Code.F02),
                Arguments.of("une surrogate seule dans le numéro de référencement",
                        remplacer("\"numeroReferencement\": \"SONS-V2-DEMO-DPI\"", "\"numeroReferencement\": \"\\ud800\""),
                        Etape.FORMAT, Code.E02),
                Arguments.of("une surrogate seule dans le dispositif",
                        remplacer("\"dispositif\": \"HOP-DPI-VA2\"", "\"dispositif\": \"\\udfff\\ud800x\""),
                        Etape.FORMAT, Code.E04),
                Arguments.of("BOM et UTF-16", utf16, Etape.FICHIER, Code.F02),
                Arguments.of("4 Mo d'espaces", repete(" ", 4_194_304), Etape.FICHIER, Code.F02),
                Arguments.of("un million de clés", ("{" + "\"k\":1,".repeat(100_000).replaceAll("\"k\"", "\"k\"") + "}")
                        .getBytes(StandardCharsets.UTF_8), Etape.FICHIER, Code.F02));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entrees")
    @Timeout(60)
    void finitSurUnCodeClair(String cas, byte[] octets, Etape etape, Code code) {
        assertThat(octets.length).isLessThanOrEqualTo(4_194_304);

        Resultat r = Fixtures.simuler(octets, "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).as(cas).isEqualTo(Etat.REJETE);
        assertThat(r.etape()).as(cas).isEqualTo(etape);
        assertThat(r.erreurs()).extracting(Erreur::code).as(cas).contains(code);
        String statut = StatutJson.texte(Statut.de("id", r, new Entree("x", null, null, (long) octets.length), null,
                Instant.EPOCH, Instant.EPOCH));
        assertThat(JsonStrict.MAPPER.readTree(statut).get("etat").asString()).isEqualTo("REJETE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entrees")
    @Timeout(60)
    void lesMemesEnSolde(String cas, byte[] octets, Etape etape, Code code) {
        Resultat r = Fixtures.simuler(Arrays.copyOf(octets, octets.length), "SOLDE", "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).as(cas).isEqualTo(Etat.REJETE);
        assertThat(r.etape()).as(cas).isIn(etape, Etape.FORMAT);
    }
}
