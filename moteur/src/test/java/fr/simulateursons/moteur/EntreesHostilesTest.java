package fr.simulateursons.moteur;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.Statut.Entree;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs built to break a validator, each of them up to 4 Mo. Every one must end in a clear code of the spec,
 * never in an internal error, and its status must be writable. The bound on time is JUnit's timeout (a hang is
 * what it catches, not a speed); the bound on memory is the test JVM's heap.
 */
class EntreesHostilesTest {

    private static final int TAILLE_MAX = 4_194_304;
    private static final String EXEMPLE = new String(Fixtures.exemple("avance-valide.json"), StandardCharsets.UTF_8);

    private static byte[] remplacer(String cherche, String par) {
        assertThat(EXEMPLE).contains(cherche);
        return EXEMPLE.replaceFirst(java.util.regex.Pattern.quote(cherche), java.util.regex.Matcher.quoteReplacement(par))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The example with {@code cherche} replaced by {@code debut}, {@code motif} repeated, {@code fin}: 4 Mo exactly. */
    private static byte[] remplir(String cherche, String debut, String motif, String fin) {
        int place = TAILLE_MAX - utf8(EXEMPLE) + utf8(cherche) - utf8(debut) - utf8(fin);
        byte[] octets = remplacer(cherche, debut + motif.repeat(place / utf8(motif)) + fin);
        assertThat(octets.length).isGreaterThan(TAILLE_MAX - utf8(motif));
        return octets;
    }

    private static int utf8(String texte) {
        return texte.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * {@code n} distinct keys of three characters at most in one object where none is expected: the most a 4 Mo
     * file holds, each member taking at least {@code "abc":0,}. A million distinct keys would need 6 Mo.
     */
    private static byte[] clesDistinctes(int n) {
        StringBuilder cles = new StringBuilder(",\"commentaires\": {");
        String alphabet = IntStream.rangeClosed('!', '~').filter(c -> c != '"' && c != '\\')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (int i = 0; i < n; i++) {
            cles.append(i == 0 ? "\"" : ",\"");
            for (int k = i; ; k = k / alphabet.length() - 1) {
                cles.append(alphabet.charAt(k % alphabet.length()));
                if (k < alphabet.length()) {
                    break;
                }
            }
            cles.append("\":0");
        }
        return remplacer("\"dispositif\": \"HOP-DPI-VA2\"", "\"dispositif\": \"HOP-DPI-VA2\"" + cles + "}");
    }

    /** As many demandes as 4 Mo hold, each amount of the longest number admitted: the schema judges them all. */
    private static byte[] montantsLongs() {
        String montant = "1" + "0".repeat(JsonStrict.CHIFFRES_MAX - 1);
        StringBuilder s = new StringBuilder("{\"siret\":\"95260181590833\",\"numeroReferencement\":\"SONS-V2-DEMO-DPI\","
                + "\"dispositif\":\"HOP-DPI-VA2\",\"demandes\":[");
        for (int i = 0; ; i++) {
            String demande = (i == 0 ? "" : ",") + "{\"idDemande\":\"D" + i + "\",\"prestation\":\"VA2\",\"beneficiaire\":"
                    + "{\"finessJuridique\":\"017924408\",\"finessGeographique\":\"036859957\",\"siret\":\"95181909378659\","
                    + "\"raisonSociale\":\"C\"},\"bonDeCommande\":{\"numero\":\"B\",\"dateSignature\":\"2025-06-15\","
                    + "\"montantHT\":" + montant + ",\"montantTVA\":" + montant + ",\"montantTTC\":" + montant + "}}";
            if (s.length() + demande.length() + 2 > TAILLE_MAX) {
                return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            }
            s.append(demande);
        }
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
                Arguments.of("un montant de 1 001 chiffres", remplacer("98765.43", "9".repeat(1_001)),
                        Etape.FORMAT, Code.S04),
                Arguments.of("un montant d'autant de chiffres que JSON en admet ici",
                        remplacer("98765.43", "9".repeat(JsonStrict.CHIFFRES_MAX)), Etape.FORMAT, Code.S04),
                Arguments.of("4 Mo de montants d'autant de chiffres que JSON en admet ici", montantsLongs(),
                        Etape.FORMAT, Code.S04),
                Arguments.of("un nombre d'un chiffre de plus", remplacer("98765.43", "9".repeat(JsonStrict.CHIFFRES_MAX + 1)),
                        Etape.FICHIER, Code.F02),
                Arguments.of("un nombre d'un million de chiffres", remplacer("98765.43", "9".repeat(1_000_000)),
                        Etape.FICHIER, Code.F02),
                Arguments.of("un montant de 4 Mo de décimales", remplir("98765.43", "98765.4", "3", ""),
                        Etape.FICHIER, Code.F02),
                Arguments.of("une clé de 60 000 caractères", remplacer("\"prestation\"", "\"" + "p".repeat(60_000) + "\""),
                        Etape.FORMAT, Code.S02),
                Arguments.of("une clé de 4 Mo", remplir("\"prestation\"", "\"", "p", "\""), Etape.FORMAT, Code.S02),
                Arguments.of("une raison sociale de 4 Mo", remplir("Clinique du Parc", "", "é", ""), Etape.FORMAT, Code.S04),
                Arguments.of("un identifiant de 4 Mo", remplir("DEM-2025-0001", "", "D", ""), Etape.FORMAT, Code.S04),
                Arguments.of("une date de 4 Mo", remplir("2025-06-15", "2025-06-15", "0", ""), Etape.FORMAT, Code.S04),
                Arguments.of("500 000 clés distinctes", clesDistinctes(500_000), Etape.FORMAT, Code.S02),
                Arguments.of("65 niveaux, dont 61 d'objets à la place d'une raison sociale",
                        remplacer("\"Clinique du Parc\"", "{\"a\":".repeat(61) + "1" + "}".repeat(61)),
                        Etape.FICHIER, Code.F02),
                Arguments.of("1e999999 en montant", remplacer("98765.43", "1e999999"), Etape.FORMAT, Code.S04),
                Arguments.of("un exposant au-delà de 2^31", remplacer("98765.43", "1e2147483648"),
                        Etape.FICHIER, Code.F02),
                Arguments.of("un exposant négatif énorme", remplacer("98765.43", "1e-2147483647"),
                        Etape.FORMAT, Code.S04),
                Arguments.of("64 niveaux, dont 60 d'objets à la place d'une raison sociale",
                        remplacer("\"Clinique du Parc\"", "{\"a\":".repeat(60) + "1" + "}".repeat(60)),
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
                Arguments.of("une clé répétée 500 000 fois", ("{" + "\"k\":1,".repeat(500_000) + "\"k\":1}")
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
        String statut = Statut.de("id", r, new Statut.Entree("x", null, null, (long) octets.length), null,
                Instant.EPOCH, Instant.EPOCH).json();
        assertThat(JsonStrict.MAPPER.readTree(statut).get("etat").asString()).isEqualTo("REJETE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entrees")
    @Timeout(60)
    void lesMemesEnSolde(String cas, byte[] octets, Etape etape, Code code) {
        Resultat r = Fixtures.simuler(Arrays.copyOf(octets, octets.length), "SOLDE", "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).as(cas).isEqualTo(Etat.REJETE);
        List<Code> codes = r.erreurs().stream().map(Erreur::code).toList();
        if (etape == Etape.FICHIER) {
            assertThat(r.etape()).as(cas).isEqualTo(Etape.FICHIER);
            assertThat(codes).as(cas).contains(code);
            return;
        }
        // An avance's demandes lack the solde's facture and attestation: S01 beside the schema's own finding; the
        // header (E) is checked only once the schema holds.
        assertThat(r.etape()).as(cas).isEqualTo(Etape.FORMAT);
        assertThat(codes).as(cas).contains(Code.S01);
        if (code.name().startsWith("S")) {
            assertThat(codes).as(cas).contains(code);
        }
    }
}
